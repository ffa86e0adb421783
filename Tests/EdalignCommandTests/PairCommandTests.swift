import Foundation
import TestSupport
import Testing

/// `edalign pair` and `edalign batch --pair` as a corpus builder runs them on folders of pages.
@Suite struct PairCommandTests {
  /// The linked fixture pages and the text pairs, English and Korean piles in a fresh folder,
  /// plus a binary file among the Korean ones.
  static func piles() throws -> String {
    let folder = try Support.temporaryDirectory()
    for language in ["en", "ko"] {
      try FileManager.default.createDirectory(atPath: "\(folder)/\(language)", withIntermediateDirectories: true)
      let links = Support.path("Fixtures/pairing/links/\(language)")
      for name in try FileManager.default.contentsOfDirectory(atPath: links) {
        try FileManager.default.copyItem(atPath: links + "/" + name, toPath: "\(folder)/\(language)/\(name)")
      }
      for name in ["brief-rate-hold", "merges-typhoon", "numbers-exports"] {
        try FileManager.default.copyItem(
          atPath: Support.path("Fixtures/pairs/\(name).\(language).txt"),
          toPath: "\(folder)/\(language)/\(name)-\(language).txt")
      }
    }
    return folder
  }

  @Test func pairWritesABatchManifestAndListsTheUnpaired() throws {
    let folder = try Self.piles()
    let run = try Support.run([
      "pair", folder + "/en", folder + "/ko", "-o", folder + "/pairs.tsv", "--unpaired", folder + "/unpaired.txt",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = try String(contentsOfFile: folder + "/pairs.tsv", encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "id\tfirst\tsecond\tscore\tmethod")
    let rows = lines.dropFirst().map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.count == 6)
    // Paths relative to the manifest's folder; ids are the first files' names without their endings.
    #expect(
      rows.contains(
        ["brief-rate-hold-en", "en/brief-rate-hold-en.txt", "ko/brief-rate-hold-ko.txt"] + [
          rows.first { $0[0] == "brief-rate-hold-en" }![3], "content",
        ]))
    #expect(
      rows.filter { $0[4] == "link" }.map(\.[0]).sorted() == ["lantern-festival", "seoul-budget", "spy-satellite"])
    #expect(run.stderr.contains("ferry-service.html: unpaired"))
    let unpaired = try String(contentsOfFile: folder + "/unpaired.txt", encoding: .utf8)
    #expect(
      unpaired.split(separator: "\n").map { ($0 as NSString).lastPathComponent }.sorted() == [
        "ferry-service.html", "film-festival.html",
      ])
  }

  @Test func anUnreadableFileIsListedAndTheRestPaired() throws {
    let folder = try Self.piles()
    try Data([0x00, 0xFF, 0x00, 0x01, 0x02] + Array(repeating: 0, count: 64)).write(
      to: URL(fileURLWithPath: folder + "/ko/broken.txt"))
    let run = try Support.run(["pair", folder + "/en", folder + "/ko", "--format", "jsonl"])
    #expect(run.status == 4)
    #expect(run.stderr.contains("broken.txt"))
    #expect(run.stdout.split(separator: "\n").count == 6)
    #expect(run.stdout.contains("\"en\": ") && run.stdout.contains("\"ko\": "))
  }

  @Test func aMissingPileIsAnErrorAndBadFlagsAUsageError() throws {
    let missing = try Support.run(["pair", "/no/such/folder", Support.path("Fixtures/pairing/links/ko")])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/no/such/folder: no such file or folder"))
    #expect(try Support.run(["pair", "a", "b", "--signals", "colour"]).status == 64)
    #expect(try Support.run(["pair", "a", "b", "--min-score", "3"]).status == 64)
  }

  @Test func batchPairsFoldersThenAlignsEveryPair() throws {
    let folder = try Self.piles()
    let store = folder + "/corpus.sqlite"
    let run = try Support.run(["batch", "--pair", folder + "/en", folder + "/ko", "--store", store, "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try Support.shell("sqlite3 '\(store)' 'SELECT id, status FROM documents ORDER BY id'")
    #expect(
      rows.stdout
        == "brief-rate-hold-en|ok\nlantern-festival|ok\nmerges-typhoon-en|ok\nnumbers-exports-en|ok\nseoul-budget|ok\nspy-satellite|ok\n"
    )
    // A manifest and --pair together is a usage error.
    #expect(try Support.run(["batch", "m.tsv", "--pair", folder + "/en", "--store", store]).status == 64)
  }
}
