import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// The checker on Fixtures/check: planted inconsistencies of every kind, and clean pairs.
@Suite struct CheckFixtureTests {
  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: Support.path("Fixtures/check"))) ?? []
    return files.filter { $0.hasSuffix(".planted.json") }.map { String($0.dropLast(".planted.json".count)) }.sorted()
  }()

  struct Planted {
    var kind: FindingKind
    var text: String
  }

  func planted(_ name: String) throws -> [Planted] {
    let json = try Support.json(Support.path("Fixtures/check/\(name).planted.json"))
    return (json["planted"] as! [[String: String]]).map {
      Planted(kind: FindingKind(rawValue: $0["kind"]!)!, text: $0["text"]!)
    }
  }

  func report(_ name: String, _ severity: Severity = .medium) throws -> CheckReport {
    let alignment = Aligner().align(
      try Support.read(Support.path("Fixtures/check/\(name).en.txt")),
      try Support.read(Support.path("Fixtures/check/\(name).ko.txt")))
    return Checker(options: CheckOptions(minimumSeverity: severity)).check(alignment)
  }

  /// Whether a finding of the planted kind holds the planted text on either side.
  func found(_ plant: Planted, in report: CheckReport) -> Bool {
    report.findings.contains {
      $0.kind == plant.kind && ($0.translation.text.contains(plant.text) || $0.original.text.contains(plant.text))
    }
  }

  @Test func fixturesPlantEveryKindAndKeepCleanPairs() throws {
    var kinds = Set<FindingKind>()
    var clean = 0
    for name in Self.names {
      let plants = try planted(name)
      kinds.formUnion(plants.map(\.kind))
      if plants.isEmpty { clean += 1 }
    }
    #expect(Self.names.count >= 8 && clean >= 2)
    #expect(kinds == Set(FindingKind.allCases))
  }

  @Test func plantedInconsistenciesAreFoundWithRecallOfPointNine() throws {
    var total = 0
    var hits = 0
    var missed: [String] = []
    for name in Self.names {
      let report = try report(name)
      for plant in try planted(name) {
        total += 1
        if found(plant, in: report) { hits += 1 } else { missed.append("\(name): \(plant.kind) \(plant.text)") }
      }
    }
    #expect(total >= 10)
    #expect(Double(hits) / Double(total) >= 0.9, "missed: \(missed)")
  }

  @Test(arguments: names)
  func cleanPairsRaiseNothingAtDefaultSeverity(_ name: String) throws {
    guard try planted(name).isEmpty else { return }
    let report = try report(name)
    #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
  }

  @Test func seedPairRaisesNothingEvenAtLowSeverity() throws {
    let alignment = Aligner().align(try Support.read(Support.seedEnglish), try Support.read(Support.seedKorean))
    let report = Checker(options: CheckOptions(minimumSeverity: .low)).check(alignment)
    #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    #expect(report.original.language == .korean)
  }

  @Test func aDroppedParagraphIsOneFinding() throws {
    let report = try report("omitted-paragraph")
    let omissions = report.findings.filter { $0.kind == .omission }
    #expect(omissions.count == 1)
    #expect(omissions.first?.original.ids == [2, 3, 4] && omissions.first?.severity == .high)
  }
}

/// Equal values in other notations never raise a finding; different ones do.
@Suite struct CheckValueTests {
  /// A one-link alignment of an English and a Korean sentence, published as given.
  func check(_ english: String, _ korean: String, published: String? = nil) -> [Finding] {
    func edition(_ text: String, _ language: Language) -> Edition {
      var metadata = EditionMetadata()
      metadata.published = published
      let sentence = Sentence(index: 0, paragraph: 0, text: text, range: SourceRange(start: 0, end: text.utf8.count))
      return Edition(
        source: "\(language).txt", language: language, shape: .plain, metadata: metadata,
        paragraphs: [Paragraph(index: 0, range: sentence.range, sentences: [sentence])], removed: [])
    }
    let alignment = Alignment(
      source: edition(english, .english), target: edition(korean, .korean),
      links: [
        Link(source: [0], target: [0], score: 0.9, evidence: LinkEvidence(similarity: 0.6, lengthLogProbability: -0.5))
      ])
    return Checker(options: CheckOptions(minimumSeverity: .low)).check(alignment).findings
  }

  @Test(arguments: [
    ("Exports rose 30 percent.", "수출이 30% 늘었다."),
    ("The trend began in the mid-2000s.", "이 추세는 2000년대 중반에 시작됐다."),
    ("The deal is worth $13.42 billion.", "계약 규모는 134억 2000만 달러다."),
    ("The budget is 1.2 trillion won.", "예산은 1조 2000억 원이다."),
    ("The machine cost $110 million.", "이 기계는 1억1천만 달러짜리다."),
    ("It makes 12.3 trillion calculations.", "12조3천억 번 계산한다."),
    ("About 1,500 people were evacuated.", "약 1,500명이 대피했다."),
    ("The talks were held on August 18.", "회담은 8월 18일 열렸다."),
    ("Prices rose 3.5 percent in 2023.", "2023년 물가는 3.5% 올랐다."),
    ("Some 6.5 million travelers are expected.", "650만 명이 이동할 것으로 보인다."),
    ("Some 12 provinces reported 1,500 cases.", "12개 시도에서 1,500명이 확진됐다."),
    ("The 12 buses carried 40 passengers.", "버스 12대가 승객 40명을 태웠다."),
  ])
  func equalValuesInOtherNotationsRaiseNothing(_ english: String, _ korean: String) {
    // (Also: unrelated bare numbers beside a count are no slip of it.)
    #expect(check(english, korean).isEmpty)
  }

  @Test func aWeekdayMatchesTheDayItFallsOn() {
    // 2023-09-05 (a Tuesday): 1일 is Friday 1 September.
    #expect(check("He said so on Friday.", "그는 1일 이렇게 말했다.", published: "2023-09-05T08:22").isEmpty)
    let wrong = check("He said so on Thursday.", "그는 1일 이렇게 말했다.", published: "2023-09-05T08:22")
    #expect(wrong.map(\.kind) == [.date] && wrong.first?.message.contains("2023-09-01) is a Friday") == true)
  }

  @Test func relativeDaysResolveAgainstThePublicationDate() {
    #expect(
      check("Police have booked 12 people since Feb. 18.", "경찰은 지난달 18일부터 12명을 입건했다.", published: "2024-03-15T10:00")
        .isEmpty)
    #expect(
      check("Police have booked 12 people since Feb. 17.", "경찰은 지난달 18일부터 12명을 입건했다.", published: "2024-03-15T10:00")
        .map(\.kind) == [.date])
  }

  @Test(arguments: [
    ("Prices rose 2.3 percent.", "물가가 3.2% 올랐다.", "2.3 percent", "3.2%"),
    ("About 15,000 people were evacuated.", "약 1,500명이 대피했다.", "15,000 people", "1,500명"),
    ("About 15,000 were evacuated.", "약 1,500명이 대피했다.", "15,000", "1,500명"),
    ("The talks were held on August 17.", "회담은 8월 18일 열렸다.", "August 17", "8월 18일"),
  ])
  func differentValuesAreFindingsWithBothValues(_ english: String, _ korean: String, _ en: String, _ ko: String) {
    let findings = check(english, korean)
    #expect(findings.count == 1 && findings.first?.severity == .high)
    #expect(findings.first?.translationValue == en && findings.first?.originalValue == ko)
  }

  @Test func namesFitTheirUsualRomanizations() {
    #expect(check("Governor Rhee Chang-yong spoke.", "이창용 총재가 말했다.").isEmpty)
    #expect(check("Choe Yun-hee agreed.", "최윤희 연구위원도 동의했다.").isEmpty)
    #expect(check("Yun Seo-ah wants to be a doctor.", "윤서아 양은 의사가 되고 싶어 한다.").isEmpty)
    #expect(check("Tae-kyung Yoon spoke.", "윤태경 차관이 말했다.").isEmpty)
    #expect(check("Yoon Tae-min spoke.", "윤태경 차관이 말했다.").map(\.kind) == [.name])
  }
}
