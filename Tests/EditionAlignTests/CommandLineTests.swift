import Foundation
import Testing
@testable import EditionAlign

/// `edalign segment` and `edalign eval segmentation` as a shell user runs them.
@Suite struct CommandLineTests {
  @Test func segmentJSONLinesHaveTheExactContractShape() throws {
    let run = try Support.run(["segment", Support.seedEnglish, "--format", "jsonl"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 15)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Support.seedEnglish)))
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
    let start = first["start"] as! Int, end = first["end"] as! Int
    #expect(String(decoding: bytes[start..<end], as: UTF8.self) == first["text"] as? String)
    #expect(lines[0].hasPrefix("{\"paragraph\": 0, \"index\": 0, \"text\": \"Russian Ambassador to North Korea"))
    #expect(lines[0].hasSuffix("\"start\": \(start), \"end\": \(end)}"))
    #expect(lines[14].hasPrefix("{\"paragraph\": 3, \"index\": 14, "))
  }

  @Test func segmentTextPutsABlankLineBetweenParagraphsAndReadsStandardInput() throws {
    let input = Array(try Data(contentsOf: URL(fileURLWithPath: Support.seedKorean)))
    let run = try Support.run(["segment", "-", "--format", "text"], stdin: input)
    #expect(run.status == 0)
    let paragraphs = run.stdout.components(separatedBy: "\n\n")
    #expect(paragraphs.map { $0.split(separator: "\n").count } == [5, 6, 4, 5])
  }

  @Test func segmentJSONCarriesMetadataAndRemovedBoilerplate() throws {
    let run = try Support.run(["segment", Support.seedKorean, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
    let metadata = object["metadata"] as! [String: Any]
    #expect(metadata["published"] as? String == "2023-09-05T00:00")
    #expect((object["removed"] as! [[String: Any]]).contains { $0["kind"] as? String == "copyright" })
    #expect(object["language"] as? String == "ko")
  }

  @Test func presplitFlagIsShortForInputPresplit() throws {
    let path = try Support.temporaryFile("presplit.txt", Array("A. B.\nC.\n".utf8))
    let run = try Support.run(["segment", path, "--presplit"])
    #expect(run.stdout == "A. B.\nC.\n")
  }

  @Test func badInputExitsWithStatusTwoAndNamesTheFile() throws {
    let invalid = try Support.temporaryFile("bad.txt", Array("정부는".utf8) + [0xFF, 0x20])
    let run = try Support.run(["segment", invalid])
    #expect(run.status == 2)
    #expect(run.stderr.contains(invalid))
    #expect(run.stderr.contains("byte offset 9"))
    #expect(run.stdout.isEmpty)
    let missing = try Support.run(["segment", "/nonexistent/edition.txt"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nonexistent/edition.txt: cannot read the file: no such file"))
    let empty = try Support.run(["segment", try Support.temporaryFile("empty.txt", [])])
    #expect(empty.status == 2)
    #expect(empty.stderr.contains("empty.txt: the file is empty"))
  }

  @Test func outputFileIsWrittenAtomicallyAndNotOverwrittenWithoutForce() throws {
    let target = try Support.temporaryFile("out.jsonl", Array("keep me\n".utf8))
    let refused = try Support.run(["segment", Support.seedEnglish, "-o", target])
    #expect(refused.status == 3)
    #expect(refused.stderr.contains("--force"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    let forced = try Support.run(["segment", Support.seedEnglish, "-o", target, "--force", "--format", "jsonl"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8).split(separator: "\n").count == 15)
    let directory = URL(fileURLWithPath: target).deletingLastPathComponent().path
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.jsonl"])
  }

  @Test func evalSegmentationPrintsFiguresPerFile() throws {
    let run = try Support.run(["eval", "segmentation", Support.path("Fixtures/segmentation/en_news_rules.jsonl"), "--json"])
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
    #expect(object["exact_match"] as? Double == 1.0)
    #expect(object["f1"] as? Double == 1.0)
    let bad = try Support.run(["eval", "segmentation", try Support.temporaryFile("gold.jsonl", Array("{\"x\": 1}\n".utf8))])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("gold.jsonl:1:"))
  }
}

/// Every kind of bad input, through the command line: status 2, the file named, nothing on
/// standard output.
@Suite struct BadInputCommandLineTests {
  @Test(arguments: [
    ("invalid.txt", Array("abc".utf8) + [0xC3, 0x28], "invalid UTF-8 at byte offset 3"),
    ("nul.txt", Array("abc".utf8) + [0x00] + Array("def".utf8), "NUL byte at byte offset 3"),
    ("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], "control character 0x2 at byte offset 4"),
    ("utf16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8], "invalid UTF-16 (unpaired surrogate) at byte offset 4"),
    ("empty.txt", [], "the file is empty"),
    ("blank.txt", Array("  \n\n\t\n".utf8), "holds only white space"),
    ("chrome.txt", Array("Go to contents\n\n한국어\n\nPosted September. 05, 2023 08:22\n".utf8), "no body text left"),
  ] as [(String, [UInt8], String)])
  func badInputExitsTwoNamingTheFile(_ name: String, _ bytes: [UInt8], _ message: String) throws {
    let path = try Support.temporaryFile(name, bytes)
    let run = try Support.run(["segment", path, "--format", "jsonl"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("\(path): "))
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test func unreadableAndDirectoryInputsExitTwo() throws {
    let directory = try Support.run(["segment", "/tmp"])
    #expect(directory.status == 2)
    #expect(directory.stderr.contains("/tmp: cannot read the file: it is a directory"))
    let path = try Support.temporaryFile("secret.txt", Array("Hello there.".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    if FileManager.default.isReadableFile(atPath: path) { return }  // root reads anything
    let unreadable = try Support.run(["segment", path])
    #expect(unreadable.status == 2)
    #expect(unreadable.stderr.contains("\(path): cannot read the file"))
  }

  @Test func usageErrorsExitSixtyFour() throws {
    let run = try Support.run(["segment", Support.seedEnglish, "--input", "presplit", "--presplit", "--format", "jsonl", "--lang"])
    #expect(run.status == 64)
  }
}
