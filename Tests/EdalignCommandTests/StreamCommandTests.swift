import Foundation
import TestSupport
import Testing

/// `edalign stream` as Spark's `RDD.pipe` runs it: records in, records out, in order, bad
/// records answered with an error record, an empty environment.
@Suite struct StreamCommandTests {
  static func text(_ path: String) throws -> String { try String(contentsOfFile: Support.path(path), encoding: .utf8) }

  static func record(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
  }

  /// A record of each source kind (text, HTML, a base64 EUC-KR page, paths) and one bad
  /// record of each kind, with the ids in input order.
  static func records() throws -> (lines: [String], ids: [String?]) {
    let euckr = try Data(contentsOf: URL(fileURLWithPath: Support.path("Fixtures/html/donga-ko.html")))
    let lines = [
      try record([
        "id": "text", "en": ["text": try text("Fixtures/pairs/brief-rate-hold.en.txt")],
        "ko": ["text": try text("Fixtures/pairs/brief-rate-hold.ko.txt")],
      ]),
      "{\"id\": \"broken",
      try record([
        "id": "page", "en": ["html": try text("Fixtures/html/donga-en.html")],
        "ko": ["bytes_base64": euckr.base64EncodedString()], "url": ["ko": "https://example.test/ko/1"],
      ]),
      try record(["id": "one-side", "en": ["text": "Only one edition."]]),
      try record([
        "id": "paths", "en": ["path": Support.path("Fixtures/pairs/merges-typhoon.en.txt")],
        "ko": ["path": Support.path("Fixtures/pairs/merges-typhoon.ko.txt")],
      ]),
      try record(["id": "not-base64", "en": ["bytes_base64": "***"], "ko": ["text": "한국어 문장이다."]]),
      try record(["id": "missing", "en": ["path": "/no/such/file.txt"], "ko": ["text": "한국어 문장이다."]]),
      try record(["id": "no-body", "en": ["html": "<html><body><nav>Home</nav></body></html>"], "ko": ["text": "본문."]]),
    ]
    return (lines, ["text", nil, "page", "one-side", "paths", "not-base64", "missing", "no-body"])
  }

  static func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  @Test func everyRecordGetsItsAnswerInInputOrderAndBadOnesAnErrorRecord() throws {
    let (lines, ids) = try Self.records()
    let run = try Support.run(["stream", "--jobs", "2"], stdin: Array((lines.joined(separator: "\n") + "\n").utf8))
    #expect(run.status == 0, "\(run.stderr)")
    let out = try Self.objects(run.stdout)
    #expect(out.map { $0["id"] as? String } == ids)
    let errors = out.compactMap { ($0["error"] as? [String: Any])?["kind"] as? String }
    #expect(errors == ["json", "field", "bytes", "read", "read"])
    // The EUC-KR page is read in its own charset, its address taken from the record.
    let page = out[2]
    let editions = try #require(page["editions"] as? [String: [String: Any]])
    #expect(editions["ko"]?["title"] as? String == "반도체 회복에 수출 2개월 연속 증가")
    #expect(editions["ko"]?["url"] as? String == "https://example.test/ko/1")
    let links = try #require(page["links"] as? [[String: Any]])
    #expect(links.first?["ko_text"] as? String != nil && (page["document_score"] as? Double ?? 0) > 0.5)
  }

  @Test func theLinksAreTheOnesAlignGives() throws {
    let (lines, _) = try Self.records()
    let run = try Support.run(["stream"], stdin: Array((lines[4] + "\n").utf8))
    let links = try #require(try Self.objects(run.stdout).first?["links"] as? [[String: Any]])
    let align = try Support.run([
      "align", Support.path("Fixtures/pairs/merges-typhoon.en.txt"),
      Support.path("Fixtures/pairs/merges-typhoon.ko.txt"),
      "--format", "jsonl",
    ])
    let expected = try Self.objects(align.stdout).map { object in
      [((object["en"] as! [String: Any])["ids"] as! [Int]), ((object["ko"] as! [String: Any])["ids"] as! [Int])]
    }
    #expect(links.map { [$0["en"] as! [Int], $0["ko"] as! [Int]] } == expected)
  }

  @Test func anEmptyInputGivesNoOutputAndAnEmptyEnvironmentTheSameOutput() throws {
    let empty = try Support.run(["stream"], stdin: [])
    #expect(empty.status == 0 && empty.stdout.isEmpty)
    let (lines, _) = try Self.records()
    let input = lines.joined(separator: "\n")  // no final newline: the last record still counts
    let folder = try Support.temporaryDirectory()
    try input.write(toFile: folder + "/records.jsonl", atomically: false, encoding: .utf8)
    let plain = try Support.run(["stream", "--jobs", "1"], stdin: Array(input.utf8))
    let bare = try Support.shell("env -i \"$EDALIGN\" stream --jobs 2 < '\(folder)/records.jsonl'")
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(bare.stdout == plain.stdout)
    #expect(plain.stdout.split(separator: "\n").count == lines.count)
  }

  @Test func inputArrivingInPiecesCutAnywhereGivesTheSameAnswers() throws {
    let (lines, _) = try Self.records()
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    let whole = try Support.run(["stream", "--jobs", "2"], stdin: bytes)
    // Pieces of 1 to 4,000 bytes (cut inside characters and records), a pause between them.
    let folder = try Support.temporaryDirectory()
    var generator = SplitMix64(seed: 3)
    var offset = 0
    var names: [String] = []
    while offset < bytes.count {
      let size = min(bytes.count - offset, Int.random(in: 1...4000, using: &generator))
      let name = folder + "/piece\(names.count)"
      try Data(bytes[offset..<offset + size]).write(to: URL(fileURLWithPath: name))
      names.append(name)
      offset += size
    }
    let feed = names.map { "cat '\($0)'; sleep 0.02" }.joined(separator: "; ")
    let pieces = try Support.shell("{ \(feed); } | \"$EDALIGN\" stream --jobs 2")
    #expect(pieces.status == 0, "\(pieces.stderr)")
    #expect(pieces.stdout == whole.stdout)
  }

  @Test func aRecordOverTheLimitIsRefusedWithoutHoldingItAndTheNextOneAnswered() throws {
    let (lines, _) = try Self.records()
    let folder = try Support.temporaryDirectory()
    // 65 MB of one line (over the 64 MB limit), then a good record.
    let script = "head -c 68157440 /dev/zero | tr '\\0' 'x'; printf '\\n%s\\n' \"$(cat '\(folder)/good')\""
    try lines[0].write(toFile: folder + "/good", atomically: false, encoding: .utf8)
    let run = try Support.shell("{ \(script); } | \"$EDALIGN\" stream")
    #expect(run.status == 0, "\(run.stderr)")
    let out = try Self.objects(run.stdout)
    #expect(out.count == 2)
    #expect((out.first?["error"] as? [String: Any])?["kind"] as? String == "size")
    #expect(out.last?["id"] as? String == "text")
  }

  @Test func corpusRecordsCarryTheRecordsId() throws {
    let (lines, _) = try Self.records()
    let run = try Support.run(["stream", "--format", "corpus", "--check"], stdin: Array((lines[0] + "\n").utf8))
    let out = try Self.objects(run.stdout)
    #expect(!out.isEmpty && out.allSatisfy { $0["document"] as? String == "text" && $0["translation"] != nil })
  }
}
