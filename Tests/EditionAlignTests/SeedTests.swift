import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// The seed pair, read as delivered, against `Fixtures/seed.gold.json`.
@Suite struct SeedTests {
  let gold = try! Support.json(Support.path("Fixtures/seed.gold.json"))

  @Test(arguments: [(Support.seedEnglish, Language.english, "en"), (Support.seedKorean, Language.korean, "ko")])
  func seedBodySentencesEqualGold(_ path: String, _ language: Language, _ key: String) throws {
    let edition = try Support.read(path)
    #expect(edition.language == language)
    #expect(edition.shape == .page)
    #expect(edition.sentences.map(\.text) == gold[key] as! [String])
    let sizes = (gold["paragraph_sizes"] as! [String: [Int]])[key]!
    #expect(edition.paragraphs.map(\.sentences.count) == sizes)
  }

  @Test func seedTitlesAndDatelinesAreMetadata() throws {
    let titles = gold["title"] as! [String: String]
    let english = try Support.read(Support.seedEnglish)
    let korean = try Support.read(Support.seedKorean)
    #expect(english.title == titles["en"])
    #expect(korean.title == titles["ko"])
    #expect(english.metadata.published == "2023-09-05T08:22")
    #expect(english.metadata.updated == "2023-09-05T08:22")
    #expect(korean.metadata.published == "2023-09-05T00:00")
    #expect(korean.metadata.updated == "2023-09-05T08:22")
    #expect(korean.metadata.section == "사설")
    #expect(korean.metadata.site == "동아일보")
  }

  @Test func seedBoilerplateIsRemovedAndKept() throws {
    let english = try Support.read(Support.seedEnglish)
    let korean = try Support.read(Support.seedKorean)
    let body = (english.sentences + korean.sentences).map(\.text).joined(separator: "\n")
    for chrome in ["Go to contents", "Posted", "Updated", "한국어", "본문 바로가기", "입력", "구독", "공유하기", "ⓒ", "무단 전재"] {
      #expect(!body.contains(chrome), "\(chrome) leaked into the body")
    }
    #expect(english.removed.map(\.kind) == [.navigation, .title, .title, .dateline, .dateline, .languageSwitch])
    #expect(korean.removed.contains { $0.kind == .copyright && $0.text.hasPrefix("ⓒ 동아일보") })
    #expect(korean.removed.contains { $0.kind == .widget && $0.text == "구독" })
  }
}
