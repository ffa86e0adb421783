import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// Saved pages of Fixtures/html (four sites' styles, Korean and English): the article found,
/// its metadata, chrome kept out, offsets into the page.
@Suite struct HTMLFixtureTests {
  /// Four sites' styles in both languages (scripts/make-html-fixtures), and two portal pages
  /// written by hand (a Naver News page in Korean, a Daum News page in English).
  static let pages = [
    "chosun-en", "chosun-ko", "donga-en", "donga-ko", "joongang-en", "joongang-ko", "yonhap-en", "yonhap-ko",
    "naver-ko", "daum-en",
  ]

  func expected(_ page: String) throws -> [String: Any] {
    try Support.json(Support.path("Fixtures/html/\(page).expected.json"))
  }

  @Test(arguments: pages)
  func bodySentencesTitleAndTimeMatchTheExpectation(_ page: String) throws {
    let edition = try Support.read(Support.path("Fixtures/html/\(page).html"))
    let expected = try expected(page)
    #expect(edition.shape == .html)
    #expect(edition.sentences.map(\.text) == expected["sentences"] as! [String])
    #expect(edition.paragraphs.map(\.sentences.count) == expected["paragraph_sizes"] as! [Int])
    #expect(edition.metadata.title == expected["title"] as? String)
    #expect(edition.metadata.published == expected["published"] as? String)
    #expect(edition.language == (page.hasSuffix("-ko") ? .korean : .english))
  }

  @Test(arguments: pages)
  func noCaptionMenuScriptOrRelatedTextReachesTheBody(_ page: String) throws {
    let edition = try Support.read(Support.path("Fixtures/html/\(page).html"))
    let body = edition.sentences.map(\.text).joined(separator: "\n")
    let chrome = [
      "dataLayer", "gtag", "Copyright", "copyright", "무단", "Facebook", "Copy link", "Skip", "바로가기", "관련", "Related",
      "Recommended", "추천", "Most Read", "많이 본", "photo", "사진", "@yna.co.kr", "(END)", "Politics", "정치", "Home", "홈",
      "기자", "By Kim", "Park Ji-ho", "(서울=연합뉴스)", "SEOUL, Nov. 30", "font-size", "#",
    ]
    for text in chrome { #expect(!body.contains(text), "\(page): \(text)") }
    let kinds = Set(edition.removed.map(\.kind))
    #expect(kinds.contains(.code) && kinds.contains(.navigation) && kinds.contains(.copyright))
    #expect(kinds.contains(.related) || page.hasPrefix("naver") || page.hasPrefix("daum"))
  }

  /// The page's bytes in a sentence's range, tags taken out, entities decoded and white
  /// space collapsed, are the sentence.
  @Test(arguments: pages)
  func sentenceOffsetsPointIntoThePage(_ page: String) throws {
    let path = Support.path("Fixtures/html/\(page).html")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let edition = try Support.read(path)
    for sentence in edition.sentences {
      let slice = Array(bytes[sentence.range.start..<sentence.range.end])
      let raw = String(bytes: slice, encoding: .utf8) ?? Self.cp949(slice)
      #expect(Self.visibleText(raw) == sentence.text, "\(page) #\(sentence.index)")
    }
  }

  static func cp949(_ bytes: [UInt8]) -> String {
    (try? DecodedText(bytes: bytes, charset: "windows-949", strict: true, file: "slice").string) ?? ""
  }

  /// HTML source as a reader sees it: tags out, the entities the fixtures use decoded, white space collapsed.
  static func visibleText(_ html: String) -> String {
    var text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    for (entity, character) in [
      ("&quot;", "\""), ("&#8220;", "\u{201C}"), ("&#8221;", "\u{201D}"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  @Test(arguments: ["chosun", "donga", "joongang", "yonhap"])
  func anHTMLPairAlignsAsTheSamePairGivenAsText(_ site: String) throws {
    let pair = try expected("\(site)-en")["pair"] as! String
    let fromHTML = Aligner().align(
      try Support.read(Support.path("Fixtures/html/\(site)-en.html")),
      try Support.read(Support.path("Fixtures/html/\(site)-ko.html")))
    let fromText = Aligner().align(
      try Support.read(Support.path("Fixtures/pairs/\(pair).en.txt")),
      try Support.read(Support.path("Fixtures/pairs/\(pair).ko.txt")))
    #expect(fromHTML.beads == fromText.beads)
    var score = AlignmentScore()
    score.add(
      predicted: fromHTML.beads, gold: try AlignmentFiles.read(Support.path("Fixtures/pairs/\(pair).gold.json")))
    #expect(score.f1Strict == 1.0)
  }

  @Test func anEUCKRPageIsConvertedAndItsOffsetsAreTheOriginalBytes() throws {
    let path = Support.path("Fixtures/html/donga-ko.html")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(String(bytes: bytes, encoding: .utf8) == nil)
    let edition = try Support.read(path)
    #expect(edition.notes.isEmpty)
    let first = edition.sentences[0]
    #expect(Self.cp949(Array(bytes[first.range.start..<first.range.end])) == first.text)
  }
}

/// Pages that try to break the reader: each gives a clear error or a best effort that says so.
@Suite struct HTMLHostileTests {
  @Test func aPageWithoutAnArticleIsAnErrorNamingTheFile() throws {
    let menu =
      "<html><body><nav><a href=/a>Home</a> <a href=/b>News</a></nav><ul><li><a href=/c>One story</a></li></ul></body></html>"
    #expect(throws: IngestError.noBody(file: "menu.html", shape: .html)) {
      try EditionReader().read(bytes: Array(menu.utf8), source: "menu.html")
    }
  }

  @Test func binaryJunkWithAnHTMLNameIsABinaryFileError() throws {
    var junk: [UInt8] = Array("<html>".utf8)
    junk += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    do {
      _ = try EditionReader().read(bytes: junk, source: "junk.html")
      Issue.record("junk was read")
    } catch {
      #expect("\(error)".hasPrefix("junk.html: ") && "\(error)".contains("binary"), "\(error)")
    }
  }

  @Test func deeplyNestedTagsNeitherCrashNorHang() throws {
    let depth = 20_000
    let page =
      "<html><body>" + String(repeating: "<div>", count: depth)
      + "<p>The story sits at the very bottom of the nest, and it is long enough to be prose.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let started = Date()
    do {
      let edition = try EditionReader().read(bytes: Array(page.utf8), source: "deep.html")
      #expect(edition.sentences.first?.text.hasPrefix("The story") == true || !edition.notes.isEmpty)
    } catch let error as IngestError {
      #expect(error.description.hasPrefix("deep.html: "))
    }
    #expect(Date().timeIntervalSince(started) < 60)
  }

  @Test func aLargePageIsReadWhole() throws {
    // 5 MB here; scripts/bench-html measures 50 MB.
    let paragraph = "<p>The city council approved the new budget after a long debate on Tuesday, officials said.</p>\n"
    let chrome = "<div class=\"share\"><a href=\"#\">Share</a></div><script>var x = 1;</script>\n"
    let page =
      "<html><body><div class=\"article_body\">" + String(repeating: paragraph + chrome, count: 30_000)
      + "</div></body></html>"
    let edition = try EditionReader().read(bytes: Array(page.utf8), source: "large.html")
    #expect(edition.sentences.count == 30_000)
    #expect(edition.sentences.last!.range.end < page.utf8.count)
  }

  @Test func aWrongDeclaredCharsetIsReadAsWhatTheBytesAreAndSaidSo() throws {
    let korean =
      "<html><head><meta charset=\"euc-kr\"></head><body><div class=\"article_body\"><p>한국은행은 19일 기준금리를 연 3.5%로 동결했다. 시장은 이번 결정을 대체로 예상했다.</p></div></body></html>"
    let edition = try EditionReader().read(bytes: Array(korean.utf8), source: "wrong.html")
    #expect(edition.sentences.first?.text == "한국은행은 19일 기준금리를 연 3.5%로 동결했다.")
    #expect(edition.notes.contains { $0.contains("declares euc-kr but its bytes are UTF-8") })
    let cp949 = try Data(contentsOf: URL(fileURLWithPath: Support.path("Fixtures/html/donga-ko.html")))
    let relabeled = String(decoding: cp949.prefix(200), as: UTF8.self).contains("euc-kr")
    #expect(relabeled)
    let lying = Array(cp949).replacing(Array("charset=euc-kr".utf8), with: Array("charset=utf-8".utf8))
    let read = try EditionReader().read(bytes: lying, source: "lying.html")
    #expect(read.sentences.count == 6 && read.notes.contains { $0.contains("read as CP949") })
  }

  @Test func htmlIsDetectedByNameOrContentAndForcedByTheOption() throws {
    let page =
      "<!DOCTYPE html><html><body><article><p>The council approved the budget on Tuesday after a long debate.</p></article></body></html>"
    #expect(try EditionReader().read(bytes: Array(page.utf8), source: "saved.txt").shape == .html)
    let fragment = "The council approved the budget on <b>Tuesday</b> after a long debate."
    #expect(try EditionReader().read(bytes: Array(fragment.utf8), source: "fragment.txt").shape != .html)
    let forced = try EditionReader(options: ReadOptions(shape: .html)).read(
      bytes: Array(fragment.utf8), source: "fragment.txt")
    #expect(forced.sentences.map(\.text) == ["The council approved the budget on Tuesday after a long debate."])
  }

  @Test func entitiesInlineTagsAndWrappedLinesReadAsABrowserShowsThem() throws {
    let page = """
      <html><body><div id="article_body"><p>Prices of &ldquo;kimchi&rdquo; rose 3&nbsp;percent
         at <a href="/m">markets</a> in <b>Seoul</b> &amp; Busan, the agency said.<p>It was the
      largest rise this year &#8212; and the third in a row.</div></body></html>
      """
    let edition = try EditionReader().read(bytes: Array(page.utf8), source: "entities.html")
    #expect(
      edition.sentences.map(\.text) == [
        "Prices of \u{201C}kimchi\u{201D} rose 3 percent at markets in Seoul & Busan, the agency said.",
        "It was the largest rise this year \u{2014} and the third in a row.",
      ])
    #expect(edition.paragraphs.count == 2)
  }
}

/// The byte-to-page map of HTML text blocks, kept as runs.
@Suite struct ByteSpansTests {
  @Test func runsGiveEachByteItsSpanAfterCutsAtEitherEnd() {
    // "a&amp;b  c": a → 0, & → 1..<6 (the entity), b → 6, a collapsed space → 7..<8, c → 9.
    var spans = ByteSpans()
    for span in [0..<1, 1..<6, 6..<7, 7..<8, 9..<10] { spans.append(span) }
    #expect((0..<5).map { spans.span($0) } == [0..<1, 1..<6, 6..<7, 7..<8, 9..<10])
    var tail = spans
    tail.removeFirst(2)
    #expect((0..<3).map { tail.span($0) } == [6..<7, 7..<8, 9..<10] && tail.count == 3)
    let head = spans.prefix(2)
    #expect(head.count == 2 && head.span(1) == 1..<6)
    var long = ByteSpans()
    for k in 100..<200 { long.append(k..<(k + 1)) }
    long.removeFirst(30)
    long.removeLast()
    #expect(long.count == 69 && long.span(0) == 130..<131 && long.span(68) == 198..<199)
  }
}
