import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// Document pairing: by the pages' links, by content, and what stays unpaired.
@Suite struct PairTests {
  static let textPairs = [
    "added-sentence-chuseok", "brief-rate-hold", "feature-rural-county", "merges-typhoon", "numbers-exports",
    "omitted-paragraph-chips", "swapped-pair-summit",
  ]

  /// The fixture text pairs copied under scrambled names into two folders (English, Korean),
  /// with one English edition whose Korean partner is left out; the gold pairs by file name.
  static func scrambledPiles() throws -> (en: String, ko: String, gold: Set<[String]>, alone: String) {
    let folder = try Support.temporaryDirectory()
    let (en, ko) = (folder + "/en", folder + "/ko")
    try FileManager.default.createDirectory(atPath: en, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: ko, withIntermediateDirectories: true)
    var gold = Set<[String]>()
    var alone = ""
    for (n, name) in textPairs.enumerated() {
      // Names that sort in another order than the pairs, on each side differently.
      let english = "e\((n * 5 + 3) % 7)x.txt"
      let korean = "k\((n * 3 + 1) % 7)y.txt"
      try FileManager.default.copyItem(
        atPath: Support.path("Fixtures/pairs/\(name).en.txt"), toPath: en + "/" + english)
      if name == "feature-rural-county" {
        alone = english
        continue
      }
      try FileManager.default.copyItem(atPath: Support.path("Fixtures/pairs/\(name).ko.txt"), toPath: ko + "/" + korean)
      gold.insert([english, korean])
    }
    return (en, ko, gold, alone)
  }

  static func names(_ result: PairingResult) -> Set<[String]> {
    Set(
      result.pairs.map {
        [($0.first.path as NSString).lastPathComponent, ($0.second.path as NSString).lastPathComponent]
      })
  }

  @Test func pagesThatLinkEachOtherPairByLinkThroughMobileHostsHreflangAndJSONLD() throws {
    let outcome = try DocumentPairer().pair(
      piles: [Support.path("Fixtures/pairing/links/en"), Support.path("Fixtures/pairing/links/ko")], languages: nil,
      shape: nil)
    #expect(outcome.failures.isEmpty)
    let pairs = outcome.result.pairs
    #expect(
      Self.names(outcome.result) == [
        ["lantern-festival.html", "lantern-festival.html"], ["seoul-budget.html", "seoul-budget.html"],
        ["spy-satellite.html", "spy-satellite.html"],
      ])
    #expect(pairs.allSatisfy { $0.method == .link && $0.score == 1 })
    // The English page's switch goes through http://m.… with a trailing slash; the Korean
    // page's canonical is https://www.… without one.
    let budget = try #require(pairs.first { $0.first.path.hasSuffix("seoul-budget.html") })
    #expect(budget.evidence == ["http://m.example-daily.test/ko/article/20241105/seoul-budget/"])
    // Each of the other two links a page that is not in the piles: both stay unpaired.
    #expect(outcome.result.unpairedFirst.map { ($0.path as NSString).lastPathComponent } == ["ferry-service.html"])
    #expect(outcome.result.unpairedSecond.map { ($0.path as NSString).lastPathComponent } == ["film-festival.html"])
  }

  @Test func textPairsUnderScrambledNamesPairByContentAndALoneDocumentStaysUnpaired() throws {
    let piles = try Self.scrambledPiles()
    let outcome = try DocumentPairer().pair(piles: [piles.en, piles.ko], languages: nil, shape: nil)
    #expect(Self.names(outcome.result) == piles.gold)
    #expect(outcome.result.pairs.allSatisfy { $0.method == .content && $0.score >= PairingOptions().minimumScore })
    #expect(outcome.result.unpairedFirst.map { ($0.path as NSString).lastPathComponent } == [piles.alone])
    #expect(outcome.result.unpairedSecond.isEmpty)
  }

  @Test func thePilesInEitherOrderGiveTheSamePairs() throws {
    let piles = try Self.scrambledPiles()
    let forward = try DocumentPairer().pair(piles: [piles.en, piles.ko], languages: nil, shape: nil).result
    let backward = try DocumentPairer().pair(piles: [piles.ko, piles.en], languages: nil, shape: nil).result
    #expect(Self.names(forward) == Set(Self.names(backward).map { $0.reversed() }))
    #expect(forward.pairs.map(\.score).sorted() == backward.pairs.map(\.score).sorted())
  }

  @Test func oneMixedPileIsToldApartByScript() throws {
    let piles = try Self.scrambledPiles()
    let mixed = try Support.temporaryDirectory()
    for folder in [piles.en, piles.ko] {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
        try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: mixed + "/" + name)
      }
    }
    let result = try DocumentPairer().pair(piles: [mixed], languages: nil, shape: nil).result
    #expect(Self.names(result) == piles.gold)
    #expect(result.pairs.allSatisfy { $0.first.language == .english && $0.second.language == .korean })
  }

  @Test func withoutItsPartnerAStoryOfTheSameTopicIsNotTaken() throws {
    // Two November and December export reports: the December English page has no Korean
    // edition here, and must not take the November one's.
    let first = try [
      PairingDocument(path: "nov.en", edition: Support.read(Support.path("Fixtures/pairs/numbers-exports.en.txt"))),
      PairingDocument(path: "dec.en", edition: Support.read(Support.path("Fixtures/html/daum-en.html"))),
    ]
    let second = try [
      PairingDocument(path: "nov.ko", edition: Support.read(Support.path("Fixtures/pairs/numbers-exports.ko.txt")))
    ]
    let result = DocumentPairer().pair(first, second)
    #expect(result.pairs.map { [$0.first.path, $0.second.path] } == [["nov.en", "nov.ko"]])
    #expect(result.unpairedFirst.map(\.path) == ["dec.en"])
  }

  @Test(arguments: [
    ("http://m.example.com/ko/news/1/?b=2&a=1#top", "https://www.example.com/ko/news/1?a=1&b=2"),
    ("HTTPS://WWW.Example.COM:443/a/%7euser/", "http://example.com/a/~user"),
    ("https://example.com/%ea%b8%b0%ec%82%ac?utm_source=x&id=3", "https://example.com/%EA%B8%B0%EC%82%AC?id=3"),
    ("https://mobile.news.example.com//story", "https://news.example.com/story"),
  ])
  func addressesThatNameOnePageNormalizeAlike(_ a: String, _ b: String) throws {
    let x = try #require(PageAddress.normalized(a))
    #expect(x == PageAddress.normalized(b))
  }

  @Test func addressesOfOtherPagesStayApart() {
    #expect(
      PageAddress.normalized("https://example.com/news/1") != PageAddress.normalized("https://example.com/news/2"))
    #expect(
      PageAddress.normalized("https://example.com/a?id=1") != PageAddress.normalized("https://example.com/a?id=2"))
    #expect(PageAddress.normalized("https://m.com/a") == "m.com/a")  // a host that is only `m.` something keeps it
    #expect(PageAddress.normalized("mailto:desk@example.com") == nil)
    #expect(PageAddress.normalized("/relative/path") == nil)
  }

  @Test func ingestKeepsAPagesOwnAddressesAndItsLinksToOtherEditions() throws {
    let english = try Support.read(Support.path("Fixtures/pairing/links/en/seoul-budget.html"))
    #expect(english.metadata.addresses == ["https://www.example-daily.test/en/article/20241105/seoul-budget"])
    #expect(
      english.metadata.translations == [
        EditionLink(
          url: "http://m.example-daily.test/ko/article/20241105/seoul-budget/", language: .korean, via: "switch")
      ])
    // A relative switch resolves against the page's own address.
    let korean = try Support.read(Support.path("Fixtures/pairing/links/ko/seoul-budget.html"))
    #expect(
      korean.metadata.translations.map(\.url) == ["https://www.example-daily.test/en/article/20241105/seoul-budget"])
    let satellite = try Support.read(Support.path("Fixtures/pairing/links/ko/spy-satellite.html"))
    #expect(satellite.metadata.translations.map(\.via) == ["json-ld"])
    let festival = try Support.read(Support.path("Fixtures/pairing/links/en/lantern-festival.html"))
    #expect(festival.metadata.translations.map(\.language) == [.english, .korean])
  }

  @Test func aManifestOfPathsListsItsFilesRelativeToItsFolder() throws {
    let folder = try Support.temporaryDirectory()
    try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
    try "A sentence.\n".write(toFile: folder + "/docs/a.txt", atomically: false, encoding: .utf8)
    try "# the English pile\ndocs/a.txt\n".write(toFile: folder + "/list", atomically: false, encoding: .utf8)
    #expect(try PairingInput.files(folder + "/list") == [folder + "/docs/a.txt"])
    // A text whose lines are no paths is a document.
    #expect(try PairingInput.files(folder + "/docs/a.txt") == [folder + "/docs/a.txt"])
    #expect(throws: PairingInputError.self) { try PairingInput.files(folder + "/missing") }
  }
}
