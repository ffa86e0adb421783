import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// Page dumps in several Korean news sites' styles, against checked expectations in
/// `Fixtures/pages/*.expected.json`.
@Suite struct PageFixtureTests {
  static let fixtures = [
    "chosun-ko", "hankyoreh-ko", "joongang-ko", "yonhap-ko", "koreaherald-en", "yonhap-en", "joongang-daily-en",
  ]

  @Test(arguments: fixtures)
  func pageBodyTitleAndTimesMatchExpectation(_ name: String) throws {
    let expected = try Support.json(Support.path("Fixtures/pages/\(name).expected.json"))
    let edition = try Support.read(Support.path("Fixtures/pages/\(name).txt"))
    #expect(edition.shape == .page)
    #expect(edition.language.rawValue == expected["language"] as? String)
    #expect(edition.sentences.map(\.text) == expected["sentences"] as! [String])
    #expect(edition.paragraphs.map(\.sentences.count) == expected["paragraph_sizes"] as! [Int])
    #expect(edition.title == expected["title"] as? String)
    #expect(edition.metadata.published == expected["published"] as? String)
    #expect(edition.metadata.published != nil)
  }

  @Test(arguments: fixtures)
  func removedChromeNeverReachesTheBody(_ name: String) throws {
    let edition = try Support.read(Support.path("Fixtures/pages/\(name).txt"))
    let body = edition.sentences.map(\.text)
    for removed in edition.removed where removed.text.count > 3 {
      #expect(!body.contains { $0.contains(removed.text) }, "\(removed.kind): \(removed.text)")
    }
    let kinds = Set(edition.removed.map(\.kind))
    #expect(kinds.contains(.title))
    #expect(kinds.contains(.dateline))
  }

  @Test func captionsBylinesAndRelatedListsAreRemoved() throws {
    let herald = try Support.read(Support.path("Fixtures/pages/koreaherald-en.txt"))
    #expect(herald.removed.contains { $0.kind == .caption && $0.text.hasSuffix("(Yonhap)") })
    #expect(herald.removed.contains { $0.kind == .subtitle })
    #expect(herald.metadata.bylines.contains("By Kim Ji-hyun"))
    let yonhap = try Support.read(Support.path("Fixtures/pages/yonhap-ko.txt"))
    #expect(yonhap.sentences[0].text.hasPrefix("윤석열 대통령이"))
    #expect(yonhap.metadata.bylines.contains("(서울=연합뉴스) 홍길동 기자 ="))
    let joongang = try Support.read(Support.path("Fixtures/pages/joongang-ko.txt"))
    #expect(!joongang.sentences.contains { $0.text.contains("반도체 감산 효과") })
  }
}

/// Boilerplate rules come from Swift users: a pattern that does not compile is a typed error.
@Suite struct BoilerplateRuleTests {
  @Test func theStandardRulesCompile() throws {
    // A reader compiles them only when a page first needs them, and would fall back to none.
    let compiled = try CompiledBoilerplateRules(.standard)
    #expect(compiled.rules.count == BoilerplateRules.standard.rules.count)
    let page = try Support.read(Support.path("Fixtures/pages/chosun-ko.txt"))
    #expect(!page.removed.isEmpty)
  }

  @Test func aRuleThatIsNotARegularExpressionIsATypedErrorNamingIt() {
    var rules = BoilerplateRules.standard
    rules.rules.append(BoilerplateRule(.navigation, "([unclosed"))
    do {
      _ = try EditionReader(options: ReadOptions(boilerplate: rules))
      Issue.record("the reader accepted a pattern that does not compile")
    } catch {
      #expect(error.pattern == "([unclosed")
      #expect(error.description.contains("\"([unclosed\" is not a valid regular expression"))
    }
  }
}

/// Shapes other than pages, detected and forced.
@Suite struct ShapeTests {
  let article = Array("러 대사 “北-中-러 연합훈련 적절”\n\n마체고라 대사는 1일 말했다. 그는 웃었다.\n\n북한은 답하지 않았다.\n".utf8)
  let plain = Array("North Korea fired a missile. Seoul protested.\nTokyo said nothing.\n".utf8)
  let presplit = Array("First sentence here.\nSecond sentence here.\n\nThird one, new paragraph.\n".utf8)

  @Test func articleShapeTakesTheFirstLineAsTitle() throws {
    let edition = try Support.read(bytes: article)
    #expect(edition.shape == .article)
    #expect(edition.title == "러 대사 “北-中-러 연합훈련 적절”")
    #expect(edition.sentences.map(\.text) == ["마체고라 대사는 1일 말했다.", "그는 웃었다.", "북한은 답하지 않았다."])
    #expect(edition.paragraphs.count == 2)
  }

  @Test func plainShapeHasNoTitleAndOneParagraphALine() throws {
    let edition = try Support.read(bytes: plain)
    #expect(edition.shape == .plain)
    #expect(edition.title == nil)
    #expect(edition.paragraphs.map(\.sentences.count) == [2, 1])
  }

  @Test func presplitShapeKeepsLinesAsSentencesAndBlankLinesAsParagraphs() throws {
    let edition = try Support.read(bytes: presplit)
    #expect(edition.shape == .presplit)
    #expect(edition.paragraphs.map(\.sentences.count) == [2, 1])
    let forced = try Support.read(bytes: Array("A. B. C.\nD.\n".utf8), ReadOptions(shape: .presplit))
    #expect(forced.sentences.map(\.text) == ["A. B. C.", "D."])
  }

  @Test func forcedPlainKeepsWhatPageModeWouldRemove() throws {
    let edition = try Support.read(Support.seedKorean, ReadOptions(shape: .plain))
    #expect(edition.sentences.first?.text == "본문 바로가기")
  }

  @Test func languageIsDetectedByScriptAndCanBeForced() throws {
    #expect(try Support.read(bytes: article).language == .korean)
    #expect(try Support.read(bytes: plain).language == .english)
    #expect(try Support.read(bytes: plain, ReadOptions(language: Language("de"))).language == Language("de"))
  }
}

/// Datelines of several sites, read into ISO 8601.
@Suite struct DatelineTests {
  @Test(
    arguments: [
      ("Posted September. 05, 2023 08:22,", "2023-09-05T08:22", nil),
      ("입력 2023-09-05 00:00  업데이트 2023-09-05 08:22", "2023-09-05T00:00", "2023-09-05T08:22"),
      ("Published : Nov. 21, 2023 - 15:05", "2023-11-21T15:05", nil),
      ("입력 2023.11.22. 03:00 | 수정 2023.11.22. 06:41", "2023-11-22T03:00", "2023-11-22T06:41"),
      ("송고시간2023-11-19 15:00", "2023-11-19T15:00", nil),
      ("09:41 November 22, 2023", "2023-11-22T09:41", nil),
      ("Updated: 31 Oct. 2023, 6:03 PM KST", nil, "2023-10-31T18:03+09:00"),
      ("기사입력 2023년 9월 5일 오후 3:10", "2023-09-05T15:10", nil),
    ] as [(String, String?, String?)])
  func datelineReadsIntoISO8601(_ line: String, _ published: String?, _ updated: String?) throws {
    let dateline = try #require(Dateline(line: line))
    #expect(dateline.published == published)
    #expect(dateline.updated == updated)
  }

  @Test func bodySentencesWithDatesAreNoDatelines() {
    #expect(Dateline(line: "The summit was held on August 18, 2023 at Camp David.") == nil)
    #expect(Dateline(line: "정상회의는 2023-08-18 열렸다.") == nil)
  }
}

/// Text files hard-wrapped at a fixed width (Fixtures/wrapped): lines broken inside a
/// sentence are joined; a file of one paragraph a line keeps its lines apart.
@Suite struct WrappedTextTests {
  @Test func hardWrappedLinesJoinIntoWholeSentences() throws {
    let english = try Support.read(Support.path("Fixtures/wrapped/wrapped-en.txt"))
    #expect(
      english.sentences.map(\.text) == [
        "Typhoon Khanun made landfall on the southern coast near Tongyeong at 9:20 a.m. on Thursday, bringing heavy rain and strong winds.",
        "More than 10,000 people were evacuated in South Gyeongsang Province.",
        "The Korea Meteorological Administration said up to 300 millimeters of rain fell in mountainous areas of Gangwon Province.",
        "About 350 flights were canceled nationwide.",
      ])
    #expect(english.paragraphs.count == 2)
    let korean = try Support.read(Support.path("Fixtures/wrapped/wrapped-ko.txt"))
    #expect(
      korean.sentences.map(\.text).prefix(3) == [
        "제6호 태풍 카눈이 10일 오전 9시 20분 경남 통영 인근 남해안에 상륙했다.", "태풍은 강한 비바람을 동반했다.",
        "경남에서만 1만 명 넘는 주민이 학교와 마을회관 등으로 대피했다.",
      ])
    // Offsets still point at the file's bytes (the line break inside the first sentence included).
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Support.path("Fixtures/wrapped/wrapped-en.txt"))))
    let first = english.sentences[0]
    #expect(
      String(decoding: bytes[first.range.start..<first.range.end], as: UTF8.self).replacingOccurrences(
        of: "\n", with: " ") == first.text)
  }

  @Test func oneParagraphALineStaysApart() throws {
    let edition = try Support.read(
      bytes: Array("Seoul to hold talks\n\nThe talks open on Monday\nOfficials declined to comment.\n".utf8))
    #expect(edition.sentences.map(\.text) == ["The talks open on Monday", "Officials declined to comment."])
  }
}
