import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// A batch of EditionAlign's fixture pairs into a real SQLite store.
@Suite struct BatchTests {
  static let pairs = [
    "added-sentence-chuseok", "brief-rate-hold", "feature-rural-county", "merges-typhoon", "numbers-exports",
    "omitted-paragraph-chips", "swapped-pair-summit",
  ]

  /// A folder with a copy of each fixture pair and a TSV manifest of them (relative paths).
  static func folder() throws -> String {
    let folder = try Support.temporaryDirectory()
    var manifest = "id\ten\tko\n# EditionAlign's fixture pairs\n"
    for name in pairs {
      for side in ["en", "ko"] {
        try FileManager.default.copyItem(
          atPath: Support.path("Fixtures/pairs/\(name).\(side).txt"), toPath: "\(folder)/\(name).\(side).txt")
      }
      manifest += "\(name)\t\(name).en.txt\t\(name).ko.txt\n"
    }
    try manifest.write(toFile: folder + "/manifest.tsv", atomically: false, encoding: .utf8)
    return folder
  }

  @Test func aBatchStoresEveryPairAsAlignWouldAlignIt() throws {
    let folder = try Self.folder()
    let store = try CorpusStore(path: folder + "/corpus.sqlite")
    let manifest = try Manifest(file: folder + "/manifest.tsv")
    #expect(manifest.problems.isEmpty && manifest.entries.count == Self.pairs.count)
    #expect(manifest.entries[0].languages == [.english, .korean])
    let result = try Batch(options: BatchOptions(jobs: 2)).run(manifest, into: store)
    #expect(result.aligned == Self.pairs.count && result.failed == 0 && result.skipped == 0)
    let summary = try store.summary()
    #expect(summary.documents == Self.pairs.count && summary.failed == 0)
    var links = 0
    for name in Self.pairs {
      let alignment = Aligner().align(
        try Support.read(folder + "/\(name).en.txt"), try Support.read(folder + "/\(name).ko.txt"))
      links += alignment.links.count
    }
    #expect(summary.links == links)
  }

  @Test func aRerunStoresNothingNewAndAChangedFileRealignsOnlyItsPair() throws {
    let folder = try Self.folder()
    let manifest = try Manifest(file: folder + "/manifest.tsv")
    let store = try CorpusStore(path: folder + "/corpus.sqlite")
    _ = try Batch().run(manifest, into: store)
    let again = try Batch().run(manifest, into: store)
    #expect(again.skipped == Self.pairs.count && again.aligned == 0)
    let changed = folder + "/\(Self.pairs[1]).en.txt"
    try (String(contentsOfFile: changed, encoding: .utf8) + "\nOne sentence more at the end.\n")
      .write(toFile: changed, atomically: false, encoding: .utf8)
    let third = try Batch().run(manifest, into: store)
    #expect(third.aligned == 1 && third.skipped == Self.pairs.count - 1)
    #expect(try store.summary().documents == Self.pairs.count)
    // Other options realign every pair.
    let checked = try Batch(options: BatchOptions(check: true)).run(manifest, into: store)
    #expect(checked.aligned == Self.pairs.count)
    let withFindings = try store.summary()
    #expect(withFindings.findings > 0)
    // Realigned without the checker, every pair's rows are replaced: its old findings go too.
    let unchecked = try Batch().run(manifest, into: store)
    #expect(unchecked.aligned == Self.pairs.count)
    let replaced = try store.summary()
    #expect(replaced.findings == 0 && replaced.documents == Self.pairs.count)
    #expect(replaced.sentences == withFindings.sentences && replaced.links == withFindings.links)
  }

  @Test(arguments: [ExportFormat.hf, .jsonl, .tsv])
  func anExportOfTheStoreIsEachPairsAlignExportInManifestOrder(_ format: ExportFormat) throws {
    let folder = try Self.folder()
    let store = try CorpusStore(path: folder + "/corpus.sqlite")
    _ = try Batch().run(try Manifest(file: folder + "/manifest.tsv"), into: store)
    let path = folder + "/corpus.out"
    let counts = try store.export(format, to: path, force: false)
    #expect(counts.documents == Self.pairs.count)
    var expected = ""
    for name in Self.pairs {
      let alignment = Aligner().align(
        try Support.read(folder + "/\(name).en.txt"), try Support.read(folder + "/\(name).ko.txt"))
      expected += format.exporter(ExportSettings(document: name)).export(alignment)[0].contents
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
  }

  @Test func dedupeLeavesOutPairsRepeatedAcrossDocuments() throws {
    let folder = try Self.folder()
    var manifest = try String(contentsOfFile: folder + "/manifest.tsv", encoding: .utf8)
    manifest += "again\t\(Self.pairs[0]).en.txt\t\(Self.pairs[0]).ko.txt\n"
    try manifest.write(toFile: folder + "/manifest.tsv", atomically: false, encoding: .utf8)
    let store = try CorpusStore(path: folder + "/corpus.sqlite")
    _ = try Batch().run(try Manifest(file: folder + "/manifest.tsv"), into: store)
    let all = try store.export(.hf, to: folder + "/all.hf", force: false)
    let once = try store.export(.hf, dedupe: true, to: folder + "/once.hf", force: false)
    #expect(once.duplicates > 0 && once.pairs + once.duplicates == all.pairs)
    let lines = try String(contentsOfFile: folder + "/once.hf", encoding: .utf8).split(separator: "\n")
    #expect(!lines.contains { $0.hasSuffix("\"document\": \"again\"}") })
    let selected = try store.export(
      .hf, selection: DocumentSelection(ids: ["again"]), to: folder + "/again.hf", force: false)
    #expect(selected.documents == 1 && selected.pairs == once.duplicates)
  }

  @Test func findingsLeaveOutTheirLinksOrTheirWholeDocuments() throws {
    let folder = try Self.folder()
    let store = try CorpusStore(path: folder + "/corpus.sqlite")
    _ = try Batch(options: BatchOptions(check: true)).run(try Manifest(file: folder + "/manifest.tsv"), into: store)
    let report = try store.report()
    let flagged = Set(report.documents.filter { $0.findings > 0 }.map(\.id))
    #expect(flagged.contains("swapped-pair-summit"))
    let all = try store.export(.jsonl, to: folder + "/all.jsonl", force: false)
    let kinds = Set(FindingKind.allCases)
    let links = try store.export(
      .jsonl, selection: DocumentSelection(excludedFindings: kinds), to: folder + "/links.jsonl", force: false)
    #expect(links.documents == all.documents && links.pairs < all.pairs)
    let documents = try store.export(
      .jsonl, selection: DocumentSelection(excludedFindings: kinds, excludeWholeDocuments: true),
      to: folder + "/documents.jsonl", force: false)
    #expect(documents.documents == all.documents - flagged.count)
  }

  @Test func aStoreOfAnotherSchemaVersionIsRefusedAndLeftAlone() throws {
    let folder = try Support.temporaryDirectory()
    let path = folder + "/corpus.sqlite"
    _ = try CorpusStore(path: path)
    #expect(try Support.shell("sqlite3 '\(path)' 'PRAGMA user_version = 99'").status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: StoreError.self) { try CorpusStore(path: path) }
    do {
      _ = try CorpusStore(path: path)
    } catch {
      #expect(error.description.contains("schema version 99"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func jsonlManifestsKeepTheOrderOfTheirPathKeys() {
    let text = """
      {"id": "a", "ko": "a.ko.txt", "en": "a.en.txt", "shape": "presplit"}
      {"id": "b", "en": "b.en.txt"}
      {"id": "a", "en": "x.en.txt", "ko": "x.ko.txt"}
      """
    let manifest = Manifest(text: text, file: "m.jsonl", folder: "/data")
    #expect(manifest.entries.count == 1)
    #expect(manifest.entries[0].first == "/data/a.ko.txt" && manifest.entries[0].second == "/data/a.en.txt")
    #expect(manifest.entries[0].languages == [.korean, .english] && manifest.entries[0].shape == .presplit)
    #expect(manifest.problems.map(\.line) == [2, 3])
    #expect(manifest.problems[1].description == "m.jsonl:3: id 'a' is already the id of line 1")
  }

  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func sha256MatchesTheFIPSExamples(_ text: String, _ digest: String) {
    #expect(SHA256.hex(Array(text.utf8)) == digest)
    #expect(SHA256.hex(Array(text.utf8), usingInstructions: false) == digest)
  }

  /// Lengths around the block size: whole blocks read in place, the tail padded apart
  /// (the digests are Python's `hashlib`'s).
  @Test(arguments: [
    (64, "15c32cfa73534b3c34a1244e4331e3757b34daf267f6a7322d471c849e3a5c65"),
    (65, "ddd761939cd192b02ac5b652b6f4763b0351e0c40a325432c318b0aab6c4afc5"),
    (119, "a1913d07c18ff09efb38be9e5317b92e7a4cf103f6fb7448257c30c7cab59462"),
    (1000, "4256460c8769ec1a1d2a8e3edeeda0d3cc4fbc30b3c0f6a2b53da3ef9f60ea5e"),
  ])
  func sha256OfTextsAroundTheBlockSize(_ count: Int, _ digest: String) {
    let text = (0..<count).map { UInt8(97 + ($0 * 7) % 26) }
    #expect(SHA256.hex(text) == digest)
    #expect(SHA256.hex(text, usingInstructions: false) == digest)
  }

  /// The processor's SHA instructions (where it has them) and the Swift rounds give the same
  /// digest of every length from 0 to 600 bytes of random bytes.
  @Test func sha256ByTheProcessorsInstructionsIsTheDigestOfTheRounds() {
    var generator = SplitMix64(seed: 0x5A_256)
    for count in 0...600 {
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      #expect(SHA256.hex(bytes) == SHA256.hex(bytes, usingInstructions: false), "\(count) bytes")
    }
  }
}

/// Manifests as a hostile user writes them: every line either an entry or a problem naming
/// its line, ids unique, and no input traps.
@Suite struct ManifestPropertyTests {
  static let pieces = [
    "id", "a", "b", "\t", "\t", "\n", "\r\n", "#", "{", "}", "\"id\"", ":", ",", "\"en\"", "\"ko\"", "\"x.txt\"",
    "\"shape\"", "\"html\"", "plain", "x.en.txt", "../y.ko.txt", "/abs", "😀", "\\", "\"", "[", "]", " ", "1",
  ]

  @Test func randomManifestsGiveEntriesOrProblemsWithUniqueIds() {
    var generator = SplitMix64(seed: 0x3A11_F357)
    for _ in 0..<3_000 {
      let count = Int(generator.next() % 40)
      let text = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
      let manifest = Manifest(text: text, file: "m", folder: "/data")
      #expect(Set(manifest.entries.map(\.id)).count == manifest.entries.count)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
      for entry in manifest.entries { #expect(entry.line >= 1 && entry.line <= lines) }
      for problem in manifest.problems { #expect(problem.line >= 1 && problem.line <= lines) }
      #expect(manifest.entries.count + manifest.problems.count <= lines)
    }
  }
}
