import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// `edalign align --format …` on real files: what lands on disk.
@Suite struct ExportCommandTests {
  let english = Support.path("Fixtures/export/hostile.en.txt")
  let korean = Support.path("Fixtures/export/hostile.ko.txt")

  func directory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("edalign-export-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func mosesWritesTwoFilesOfEqualLength() throws {
    let prefix = try directory() + "/corpus"
    let run = try Support.run(["align", english, korean, "--format", "moses", "-o", prefix])
    #expect(run.status == 0, "\(run.stderr)")
    let en = try String(contentsOfFile: prefix + ".en", encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let ko = try String(contentsOfFile: prefix + ".ko", encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(en.count == ko.count && en.count == 6)
    #expect(en[0].contains("<script>alert('x')</script> tag & an \"ampersand\""))
    #expect(en[1] == "A sentence with a tab inside and an emoji 🚀🇰🇷 at the end.")
  }

  @Test func mosesWithoutAPrefixIsAUsageError() throws {
    let run = try Support.run(["align", english, korean, "--format", "moses"])
    #expect(run.status == 64 && run.stderr.contains("-o PREFIX"))
  }

  @Test func anExistingFileIsNeitherOverwrittenNorJoinedByHalfAnExport() throws {
    let prefix = try directory() + "/corpus"
    try "keep me\n".write(toFile: prefix + ".ko", atomically: false, encoding: .utf8)
    let run = try Support.run(["align", english, korean, "--format", "moses", "-o", prefix])
    #expect(run.status == 3 && run.stderr.contains("corpus.ko: the file exists"))
    #expect(try String(contentsOfFile: prefix + ".ko", encoding: .utf8) == "keep me\n")
    #expect(!FileManager.default.fileExists(atPath: prefix + ".en"))
    let forced = try Support.run(["align", english, korean, "--format", "moses", "-o", prefix, "--force"])
    #expect(forced.status == 0 && FileManager.default.fileExists(atPath: prefix + ".en"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: (prefix as NSString).deletingLastPathComponent)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func aPipeOrDeviceIsWrittenIntoNotReplaced() throws {
    let directory = try directory()
    let fifo = directory + "/pipe"
    let copy = directory + "/copy.jsonl"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/sh")
    reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, copy]
    try reader.run()
    let run = try Support.run(["align", english, korean, "--format", "hf", "-o", fifo])
    reader.waitUntilExit()
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try String(contentsOfFile: copy, encoding: .utf8).split(separator: "\n").count == 5)
    #expect(OutputFile.isWrittenInto(fifo))
    #expect(OutputFile.isWrittenInto("/dev/null") && !OutputFile.isWrittenInto(english))
  }

  @Test func filtersThatCannotApplyAreUsageErrors() throws {
    #expect(try Support.run(["align", english, korean, "--format", "ladder", "--min-score", "0.5"]).status == 64)
    #expect(try Support.run(["align", english, korean, "--format", "jsonl", "--keep-omissions"]).status == 64)
    #expect(try Support.run(["align", english, korean, "--format", "tmx", "--columns", "en,ko"]).status == 64)
    let unknown = try Support.run(["align", english, korean, "--format", "tsv", "--columns", "en,fr"])
    #expect(unknown.status == 64 && unknown.stderr.contains("unknown TSV column 'fr'"))
  }

  @Test func tmxOfTheHostileFixtureIsWellFormedAndComplete() throws {
    let run = try Support.run(["align", english, korean, "--format", "tmx", "--document", "hostile"])
    #expect(run.status == 0)
    let xml = XMLCollector.parse(run.stdout)
    #expect(xml.failure == nil)
    #expect(xml.all(named: "tu").count == 5)
    let segs = xml.all(named: "seg").map { xml.elements[$0].text }
    #expect(segs.contains { $0.count > 10_000 })
    #expect(segs[0].hasPrefix("The markup test: a <script>alert('x')</script> tag & an \"ampersand\""))
  }
}
