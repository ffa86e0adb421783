import Foundation
import TestSupport
import Testing

@testable import EditionAlign

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Hostile sentences every exporter must carry: markup characters, CDATA ends, control
/// characters, tabs and line breaks inside a sentence, emoji, right-to-left marks,
/// noncharacters, Unicode line separators and a 10 kB sentence.
enum HostileText {
  static let english = [
    "Tags <b> & \"quotes\" & 'apostrophes' end ]]> and <![CDATA[ open.",
    "Control characters: bell\u{7}, NUL\u{0}, VT\u{B}, FF\u{C}, escape\u{1B} and delete\u{7F}.",
    "A tab\there, a newline\nthere, and a Windows break\r\nat the end.",
    "Emoji 🚀🇰🇷👩‍👩‍👧 and right-to-left \u{200F}\u{202E}abc\u{202C} marks.",
    "Noncharacters \u{FFFE}\u{FFFF}, separators \u{2028}\u{2029} and NEL\u{85} inside.",
    String(repeating: "A ten-kilobyte sentence. ", count: 420),
    "Only in English: an added explanation.",
    "Repeated line.",
    "Repeated line.",
  ]
  static let korean = [
    "태그 <b> & \"따옴표\" & '작은따옴표'는 ]]>로 끝나고 <![CDATA[로 열린다.",
    "제어 문자: 벨\u{7}, 널\u{0}, 수직탭\u{B}, 폼피드\u{C}, 이스케이프\u{1B}, 삭제\u{7F}.",
    "여기\t탭, 저기\n줄바꿈, 그리고 윈도 줄바꿈\r\n이 끝에 있다.",
    "이모지 🚀🇰🇷👩‍👩‍👧와 오른쪽에서 왼쪽 \u{200F}\u{202E}abc\u{202C} 표시.",
    "비문자 \u{FFFE}\u{FFFF}, 구분자 \u{2028}\u{2029}, NEL\u{85}이 안에 있다.",
    String(repeating: "십 킬로바이트 문장이다. ", count: 420),
    "한국어판에만 있는 문장.",
    "반복되는 줄.",
    "반복되는 줄.",
  ]

  static func edition(_ texts: [String], _ language: Language, source: String, url: String) -> Edition {
    let sentences = texts.enumerated().map { index, text in
      Sentence(index: index, paragraph: 0, text: text, range: SourceRange(start: 0, end: 0))
    }
    var metadata = EditionMetadata()
    metadata.url = url
    metadata.published = "2024-03-01T09:00:00+09:00"
    return Edition(
      source: source, language: language, shape: .presplit, metadata: metadata,
      paragraphs: [Paragraph(index: 0, range: SourceRange(start: 0, end: 0), sentences: sentences)], removed: [])
  }

  /// Links: 1-1 for the first five, a 1-2 (the long sentence against it and the Korean-only
  /// one), a 1-0 (the English-only one), and the repeated pair twice.
  static let alignment = Alignment(
    source: edition(
      english, .english, source: "/data/hostile & <odd>.en.txt", url: "https://example.com/en?a=1&b=\"2\""),
    target: edition(korean, .korean, source: "/data/hostile.ko.txt", url: "https://example.com/ko"),
    links: [
      Link(source: [0], target: [0], score: 0.95), Link(source: [1], target: [1], score: 0.9),
      Link(source: [2], target: [2], score: 0.85), Link(source: [3], target: [3], score: 0.8),
      Link(source: [4], target: [4], score: 0.4), Link(source: [5], target: [5, 6], score: 0.7),
      Link(source: [6], target: [], score: 0.6), Link(source: [7], target: [7], score: 0.99),
      Link(source: [8], target: [8], score: 0.99),
    ])

  /// The pairs a corpus format keeps by default: every link with both sides.
  static var corpusPairs: [(String, String)] {
    alignment.links.filter { !$0.isOmission }.map { link in
      (link.source.map { english[$0] }.joined(separator: " "), link.target.map { korean[$0] }.joined(separator: " "))
    }
  }

  /// What an XML reader can give back: the text without the characters XML 1.0 forbids
  /// (the Char production of the XML 1.0 specification).
  static func xmlReadable(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { scalar in
          let v = scalar.value
          return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || v >= 0x10000
        }))
  }

  /// A segment as a line format must write it: every character that breaks a line
  /// somewhere (LF, CR, tab, VT, FF, NEL, U+2028, U+2029) as a space.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          [0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029].contains(scalar.value) ? " " : scalar
        }))
  }
}

@Suite struct ExportRoundTripTests {
  let alignment = HostileText.alignment
  let settings = ExportSettings(creationDate: Date(timeIntervalSince1970: 1_709_251_200))

  func export(_ format: ExportFormat, _ settings: ExportSettings? = nil) -> [ExportedFile] {
    format.exporter(settings ?? self.settings).export(alignment)
  }

  @Test func tmxReadsBackAsTheExportedPairs() throws {
    let xml = XMLCollector.parse(export(.tmx)[0].contents)
    #expect(xml.failure == nil)
    let root = try #require(xml.all(named: "tmx").first)
    #expect(xml.elements[root].attributes["version"] == "1.4")
    let header = try #require(xml.all(named: "header").first.map { xml.elements[$0].attributes })
    for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
      #expect(header[attribute]?.isEmpty == false, "header lacks \(attribute)")
    }
    #expect(header["segtype"] == "sentence" && header["datatype"] == "plaintext" && header["srclang"] == "en")
    #expect(header["creationdate"] == "20240301T000000Z")
    var pairs: [(String, String)] = []
    for tu in xml.all(named: "tu") {
      var seg: [String: String] = [:]
      for tuv in xml.children(of: tu, named: "tuv") {
        seg[xml.elements[tuv].attributes["xml:lang"] ?? "?"] = xml.children(of: tuv, named: "seg").first.map {
          xml.elements[$0].text
        }
      }
      pairs.append((seg["en"] ?? "", seg["ko"] ?? ""))
      let props = xml.children(of: tu, named: "prop").map { xml.elements[$0].attributes["type"] ?? "" }
      #expect(
        props.contains("x-score") && props.contains("x-document") && props.contains("x-url")
          && props.contains("x-published"))
    }
    let expected = HostileText.corpusPairs.map { (HostileText.xmlReadable($0.0), HostileText.xmlReadable($0.1)) }
    #expect(pairs.map(\.0) == expected.map(\.0))
    #expect(pairs.map(\.1) == expected.map(\.1))
    let url = xml.all(named: "prop").first { xml.elements[$0].attributes["type"] == "x-url" }.map {
      xml.elements[$0].text
    }
    #expect(url == "https://example.com/en?a=1&b=\"2\"")
  }

  @Test func xliffReadsBackAsTheExportedPairsWithUniqueIds() throws {
    let xml = XMLCollector.parse(export(.xliff)[0].contents)
    #expect(xml.failure == nil)
    let root = try #require(xml.all(named: "xliff").first.map { xml.elements[$0].attributes })
    #expect(root["xmlns"] == "urn:oasis:names:tc:xliff:document:2.0" && root["version"] == "2.0")
    #expect(root["srcLang"] == "en" && root["trgLang"] == "ko")
    let ids = xml.elements.compactMap {
      $0.name == "file" || $0.name == "unit" || $0.name == "segment" ? $0.name + ($0.attributes["id"] ?? "") : nil
    }
    #expect(Set(ids).count == ids.count && ids.count == 1 + 2 * HostileText.corpusPairs.count)
    let pairs = xml.all(named: "segment").map { segment in
      (
        xml.children(of: segment, named: "source").first.map { xml.elements[$0].text } ?? "",
        xml.children(of: segment, named: "target").first.map { xml.elements[$0].text } ?? ""
      )
    }
    let expected = HostileText.corpusPairs.map { (HostileText.xmlReadable($0.0), HostileText.xmlReadable($0.1)) }
    #expect(pairs.map(\.0) == expected.map(\.0))
    #expect(pairs.map(\.1) == expected.map(\.1))
  }

  @Test func huggingFaceRecordsReadBackExactly() throws {
    let lines = export(.hf)[0].contents.split(separator: "\n")
    #expect(lines.count == HostileText.corpusPairs.count)
    for (line, expected) in zip(lines, HostileText.corpusPairs) {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let translation = try #require(record["translation"] as? [String: String])
      #expect(translation["en"] == expected.0 && translation["ko"] == expected.1)
      #expect(record["document"] as? String == "hostile & <odd>.en" && record["score"] is Double)
    }
  }

  @Test func jsonlRecordsKeepOmissionsAndReadBackExactly() throws {
    let lines = export(.jsonl)[0].contents.split(separator: "\n")
    #expect(lines.count == alignment.links.count)
    for (line, link) in zip(lines, alignment.links) {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let en = try #require(record["en"] as? [String: Any])
      let ko = try #require(record["ko"] as? [String: Any])
      #expect(en["ids"] as? [Int] == link.source && ko["ids"] as? [Int] == link.target)
      #expect(en["text"] as? String == link.source.map { HostileText.english[$0] }.joined(separator: " "))
      #expect(ko["text"] as? String == link.target.map { HostileText.korean[$0] }.joined(separator: " "))
    }
  }

  @Test func mosesFilesHaveOneLineAPairAndNothingBreaksALine() throws {
    let files = export(.moses)
    #expect(files.map(\.suffix) == [".en", ".ko"])
    let expected = HostileText.corpusPairs
    for (file, side) in zip(files, [expected.map(\.0), expected.map(\.1)]) {
      let lines = file.contents.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
        String(String.UnicodeScalarView($0))
      }
      #expect(lines.count == expected.count + 1 && lines.last == "")
      #expect(Array(lines.dropLast()) == side.map(HostileText.oneLine))
    }
  }

  @Test func tsvRowsNeverBreakAndCarryTheAskedColumns() throws {
    var settings = self.settings
    settings.columns = [.sourceText, .targetText, .score, .document, .sourceIDs, .targetIDs]
    settings.header = true
    let rows = export(.tsv, settings)[0].contents.unicodeScalars.split(separator: "\n").map {
      String(String.UnicodeScalarView($0))
    }
    #expect(rows.first == "en\tko\tscore\tdocument\ten_ids\tko_ids")
    #expect(rows.count == HostileText.corpusPairs.count + 1)
    for (row, expected) in zip(rows.dropFirst(), HostileText.corpusPairs) {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(cells.count == 6)
      #expect(cells[0] == HostileText.oneLine(expected.0) && cells[1] == HostileText.oneLine(expected.1))
    }
    #expect(rows[6].hasSuffix("\t0.7\thostile & <odd>.en\t[5]\t[5, 6]"))
  }

  @Test func ladderRungsRebuildTheAlignment() throws {
    let rungs = export(.ladder)[0].contents.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(rungs.first?.prefix(2) == ["0", "0"] && rungs.last?.prefix(2) == ["9", "9"])
    var links: [[[Int]]] = []
    for (rung, next) in zip(rungs, rungs.dropFirst()) {
      let (n, m, n2, m2) = (Int(rung[0])!, Int(rung[1])!, Int(next[0])!, Int(next[1])!)
      links.append([Array(n..<n2), Array(m..<m2)])
    }
    #expect(links == alignment.links.map { [$0.source, $0.target] })
  }

  @Test func filtersDropLowScoresManyToOneDuplicatesAndKeepOmissionsOnRequest() throws {
    func pairs(_ filter: CorpusFilter) -> [[Int]] {
      filter.pairs(alignment).map { $0.link.source + [-1] + $0.link.target }
    }
    #expect(pairs(CorpusFilter()).count == 8)
    #expect(pairs(CorpusFilter(minimumScore: 0.8)).count == 6)
    #expect(pairs(CorpusFilter(minimumScore: 0.81)).count == 5)
    #expect(pairs(CorpusFilter(oneToOne: true)).count == 7)
    #expect(pairs(CorpusFilter(dropDuplicates: true)).count == 7)
    #expect(pairs(CorpusFilter(keepOmissions: true)).count == 9)
    var settings = self.settings
    settings.filter = CorpusFilter(keepOmissions: true)
    let xml = XMLCollector.parse(export(.tmx, settings)[0].contents)
    let tuvCounts = xml.all(named: "tu").map { xml.children(of: $0, named: "tuv").count }
    #expect(tuvCounts == [2, 2, 2, 2, 2, 2, 1, 2, 2])
  }
}
