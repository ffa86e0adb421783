import Foundation
import TestSupport
import Testing

/// `edalign batch` as a corpus builder runs it: bad pairs among good ones, exit statuses, and
/// a run killed with SIGKILL and started again.
@Suite struct BatchCommandTests {
  static let pairs = [
    "added-sentence-chuseok", "brief-rate-hold", "feature-rural-county", "merges-typhoon", "numbers-exports",
    "omitted-paragraph-chips", "swapped-pair-summit",
  ]

  /// `copies` of each fixture pair under distinct ids, as a TSV manifest in a fresh folder.
  static func manifest(copies: Int, extra: String = "") throws -> String {
    let folder = try Support.temporaryDirectory()
    var lines = "id\ten\tko\n"
    for copy in 0..<copies {
      for name in pairs {
        lines += "\(name)-\(copy)\t\(Support.path("Fixtures/pairs/\(name).en.txt"))\t"
        lines += "\(Support.path("Fixtures/pairs/\(name).ko.txt"))\n"
      }
    }
    try (lines + extra).write(toFile: folder + "/manifest.tsv", atomically: false, encoding: .utf8)
    return folder
  }

  /// Every row of the store but the time it was written, in a stable order.
  static func contents(_ store: String) throws -> String {
    let query = """
      SELECT id, ordinal, status, error, document_score, source_sha256, target_sha256, options FROM documents ORDER BY id;
      SELECT document, side, idx, paragraph, text, start, "end" FROM sentences ORDER BY document, side, idx;
      SELECT document, ordinal, source_ids, target_ids, score FROM links ORDER BY document, ordinal;
      SELECT count(*) FROM documents; SELECT count(*) FROM links;
      """
    let run = try Support.shell("sqlite3 '\(store)' <<'SQL'\n\(query)\nSQL")
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout
  }

  @Test func badPairsAreStoredAsFailedAndTheGoodOnesAllAligned() throws {
    let folder = try Support.temporaryDirectory()
    let binary = try Support.temporaryFile("binary.ko.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x01])
    let invalid = try Support.temporaryFile(
      "invalid.ko.txt", Array("정상 문장이다. ".utf8) + [0xC3, 0x28] + Array(" 끝.".utf8))
    let en = Support.path("Fixtures/pairs/brief-rate-hold.en.txt")
    let ko = Support.path("Fixtures/pairs/brief-rate-hold.ko.txt")
    let manifest = """
      good-1\t\(en)\t\(ko)
      missing\t\(folder)/absent.en.txt\t\(ko)
      binary\t\(en)\t\(binary)
      invalid\t\(en)\t\(invalid)
      good-1\t\(en)\t\(ko)
      only two fields\there
      good-2\t\(Support.path("Fixtures/pairs/merges-typhoon.en.txt"))\t\(Support.path("Fixtures/pairs/merges-typhoon.ko.txt"))

      """
    try manifest.write(toFile: folder + "/m.tsv", atomically: false, encoding: .utf8)
    let store = folder + "/corpus.sqlite"
    let run = try Support.run(["batch", folder + "/m.tsv", "--store", store, "--json"])
    #expect(run.status == 4)
    #expect(run.stderr.contains("m.tsv:5: id 'good-1' is already the id of line 1"))
    #expect(run.stderr.contains("m.tsv:6: expected id<TAB>first file<TAB>second file"))
    let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(summary?["aligned"] as? Int == 2 && summary?["failed"] as? Int == 3)
    #expect(summary?["manifest_lines_skipped"] as? Int == 2)
    let rows = try Support.shell(
      "sqlite3 -separator '|' '\(store)' \"SELECT id, status, error FROM documents ORDER BY ordinal\"")
    let lines = rows.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0] == "good-1|ok|" && lines[4] == "good-2|ok|")
    #expect(lines[1].hasPrefix("missing|failed|\(folder)/absent.en.txt: cannot read the file: no such file"))
    #expect(lines[2].hasPrefix("binary|failed|\(binary): ") && lines[2].contains("binary"))
    #expect(lines[3].hasPrefix("invalid|failed|\(invalid): ") && lines[3].contains("invalid UTF-8 at byte offset 21"))
    // --strict refuses the manifest before anything runs.
    let strictStore = folder + "/strict.sqlite"
    let strict = try Support.run(["batch", folder + "/m.tsv", "--store", strictStore, "--strict", "--quiet"])
    #expect(strict.status == 2)
    #expect(!FileManager.default.fileExists(atPath: strictStore))
  }

  @Test func exitStatusesSayWhatHappened() throws {
    let folder = try Self.manifest(copies: 1)
    let store = folder + "/corpus.sqlite"
    #expect(try Support.run(["batch", folder + "/manifest.tsv", "--store", store, "--quiet"]).status == 0)
    let again = try Support.run(["batch", folder + "/manifest.tsv", "--store", store, "--json", "--quiet"])
    #expect(again.status == 0 && again.stdout.contains("\"skipped\": \(Self.pairs.count)"))
    #expect(try Support.run(["batch", folder + "/absent.tsv", "--store", store]).status == 2)
    #expect(try Support.run(["batch", folder + "/manifest.tsv", "--store", store, "--jobs", "0"]).status == 64)
    let notAStore = try Support.temporaryFile("other.sqlite", [])
    #expect(try Support.shell("sqlite3 '\(notAStore)' 'CREATE TABLE t (x)'").status == 0)
    let refused = try Support.run(["batch", folder + "/manifest.tsv", "--store", notAStore])
    #expect(refused.status == 2 && refused.stderr.contains("not an EditionAlign corpus store"))
  }

  @Test func theReportPutsFailuresAndFindingsFirstInEveryFormat() throws {
    let folder = try Self.manifest(copies: 1, extra: "missing\t/nonexistent/a.en.txt\t/nonexistent/a.ko.txt\n")
    let store = folder + "/corpus.sqlite"
    #expect(try Support.run(["batch", folder + "/manifest.tsv", "--store", store, "--check", "--quiet"]).status == 4)
    let text = try Support.run(["report", store])
    #expect(text.status == 0)
    #expect(text.stdout.contains("\(Self.pairs.count + 1) documents, 1 failed"))
    #expect(text.stdout.contains("missing: /nonexistent/a.en.txt: cannot read the file: no such file"))
    let json = try Support.run(["report", store, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let documents = object?["by_document"] as? [[String: Any]] ?? []
    #expect(documents.count == Self.pairs.count + 1)
    #expect(documents.first?["id"] as? String == "missing")
    let findings = documents.compactMap { $0["findings"] as? Int }
    #expect(findings.dropFirst() == findings.dropFirst().sorted(by: >)[...])
    #expect((object?["findings"] as? Int ?? 0) > 0)
    let page = folder + "/report.html"
    #expect(try Support.run(["report", store, "--format", "html", "-o", page]).status == 0)
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.components(separatedBy: "<tr").count - 2 == Self.pairs.count + 1)
    #expect(try Support.run(["report", folder + "/absent.sqlite"]).status == 2)
    // Review pages beside the report, one a document, each what check --format html makes.
    let linked = folder + "/site/report.html"
    try FileManager.default.createDirectory(atPath: folder + "/site", withIntermediateDirectories: true)
    let withPages = try Support.run([
      "report", store, "--format", "html", "-o", linked, "--pages", folder + "/site/pages",
    ])
    #expect(withPages.status == 0, "\(withPages.stderr)")
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder + "/site/pages").sorted()
    #expect(pages == Self.pairs.map { "\($0)-0.html" }.sorted())
    let index = try String(contentsOfFile: linked, encoding: .utf8)
    #expect(index.contains("href=\"pages/\(Self.pairs[0])-0.html\""))
    let name = Self.pairs[0]
    let check = try Support.run([
      "check", Support.path("Fixtures/pairs/\(name).en.txt"), Support.path("Fixtures/pairs/\(name).ko.txt"),
      "--format", "html", "--min-severity", "low",
    ])
    let review = try String(contentsOfFile: folder + "/site/pages/\(name)-0.html", encoding: .utf8)
    #expect(
      review.components(separatedBy: "class=\"finding").count
        == check.stdout.components(separatedBy: "class=\"finding").count)
  }

  @Test func aBatchKilledAtAnyMomentFinishesOnRerunAsOneUninterruptedRun() throws {
    let folder = try Self.manifest(copies: 12)
    let manifest = folder + "/manifest.tsv"
    let reference = folder + "/reference.sqlite"
    #expect(try Support.run(["batch", manifest, "--store", reference, "--quiet"]).status == 0)
    let expected = try Self.contents(reference)
    #expect(expected.contains("\n\(12 * Self.pairs.count)\n"))
    for (trial, delay) in ["0.05", "0.2", "0.4", "0.7"].enumerated() {
      let store = folder + "/killed-\(trial).sqlite"
      let killed = try Support.shell(
        "\"$EDALIGN\" batch '\(manifest)' --store '\(store)' --quiet & pid=$!; sleep \(delay); kill -9 $pid; wait $pid")
      #expect(killed.status == 137 || killed.status == 0, "trial \(trial): \(killed.stderr)")
      #expect(try Support.run(["batch", manifest, "--store", store, "--quiet"]).status == 0)
      #expect(try Self.contents(store) == expected, "trial \(trial) (killed after \(delay) s)")
      let integrity = try Support.shell("sqlite3 '\(store)' 'PRAGMA integrity_check'")
      #expect(integrity.stdout == "ok\n")
    }
  }
}
