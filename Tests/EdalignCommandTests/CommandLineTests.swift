import Foundation
import TestSupport
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
    let start = first["start"] as! Int
    let end = first["end"] as! Int
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
    let run = try Support.run([
      "eval", "segmentation", Support.path("Fixtures/segmentation/en_news_rules.jsonl"), "--json",
    ])
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
    #expect(object["exact_match"] as? Double == 1.0)
    #expect(object["f1"] as? Double == 1.0)
    let bad = try Support.run([
      "eval", "segmentation", try Support.temporaryFile("gold.jsonl", Array("{\"x\": 1}\n".utf8)),
    ])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("gold.jsonl:1:"))
  }

  @Test func evalSegmentationJSONEscapesAFileNameWithQuotes() throws {
    let gold = try String(contentsOfFile: Support.path("Fixtures/segmentation/en_news_rules.jsonl"), encoding: .utf8)
    let path = try Support.temporaryFile("say \"hi\"\\.jsonl", Array(gold.utf8))
    let run = try Support.run(["eval", "segmentation", path, "--json"])
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(object?["file"] as? String == "say \"hi\"\\.jsonl")
    #expect(try Support.run(["eval", "segmentation", path, "--lang", "english!"]).status == 64)
  }
}

/// Every kind of bad input, through the command line: status 2, the file named, nothing on
/// standard output.
@Suite struct BadInputCommandLineTests {
  @Test(
    arguments: [
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
    let run = try Support.run([
      "segment", Support.seedEnglish, "--input", "presplit", "--presplit", "--format", "jsonl", "--lang",
    ])
    #expect(run.status == 64)
  }
}

/// `edalign align` and `edalign eval alignment` as scripts run them.
@Suite struct AlignCommandLineTests {
  let en = Support.path("Fixtures/pairs/merges-typhoon.en.txt")
  let ko = Support.path("Fixtures/pairs/merges-typhoon.ko.txt")

  @Test func jsonlLinksHaveTheExactContractShape() throws {
    let run = try Support.run(["align", en, ko, "--format", "jsonl"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    let pattern = try Regex(
      #"^\{"en": \{"ids": \[[0-9, ]*\], "text": ".*"\}, "ko": \{"ids": \[[0-9, ]*\], "text": ".*"\}, "score": [0-9.]+\}$"#
    )
    for line in lines { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
    #expect((first["ko"] as! [String: Any])["ids"] as? [Int] == [0, 1])
    #expect(((first["ko"] as! [String: Any])["text"] as! String).hasPrefix("제6호 태풍 카눈이"))
  }

  @Test func vecalignListsTheFirstFileFirstAndReadsBackAsGold() throws {
    let forward = try Support.run(["align", en, ko, "--format", "vecalign"])
    #expect(forward.stdout.hasPrefix("[0]:[0, 1]:"))
    let backward = try Support.run(["align", ko, en, "--format", "vecalign"])
    #expect(backward.stdout.hasPrefix("[0, 1]:[0]:"))
    let predicted = try Support.temporaryFile("typhoon.pred", Array(forward.stdout.utf8))
    let eval = try Support.run([
      "eval", "alignment", "--test", predicted, "--gold", Support.path("Fixtures/pairs/merges-typhoon.gold.json"),
      "--json",
    ])
    #expect(eval.status == 0)
    let scores = try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as! [String: Double]
    #expect(scores["f1_strict"] == 1.0)
  }

  @Test func tsvHasOneRowALinkAndAHeaderOnRequest() throws {
    let run = try Support.run(["align", en, ko, "--format", "tsv"])
    #expect(run.stdout.split(separator: "\n").count == 6)
    let withHeader = try Support.run(["align", en, ko, "--format", "tsv", "--header"])
    let rows = withHeader.stdout.split(separator: "\n")
    #expect(rows.first == "en\tko\tscore")
    #expect(rows.count == 7)
    #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
  }

  @Test func textShowsOmissionsAsGaps() throws {
    let run = try Support.run([
      "align", Support.path("Fixtures/pairs/omitted-paragraph-chips.en.txt"),
      Support.path("Fixtures/pairs/omitted-paragraph-chips.ko.txt"), "--explain",
    ])
    #expect(run.stdout.components(separatedBy: "  GAP ").count - 1 == 3)
    #expect(run.stdout.contains("(missing)"))
    #expect(run.stdout.contains("similarity"))
  }

  @Test func langsNameTheFilesInCommandLineOrder() throws {
    let run = try Support.run(["align", ko, en, "--langs", "ko,en", "--format", "jsonl"])
    #expect(run.stdout.hasPrefix("{\"ko\": {\"ids\": [0, 1]"))
    let bad = try Support.run(["align", ko, en, "--langs", "ko"])
    #expect(bad.status == 64)
  }

  @Test func userDictionaryIsReadAndBadOnesAreNamed() throws {
    let dictionary = try Support.temporaryFile("user.dic", Array("typhoon @ 태풍\nsignboard @ 간판\n".utf8))
    let run = try Support.run(["align", en, ko, "--dictionary", dictionary, "--format", "vecalign"])
    #expect(run.status == 0)
    let broken = try Support.temporaryFile("broken.dic", Array("typhoon = 태풍\n".utf8))
    let failed = try Support.run(["align", en, ko, "--dictionary", broken])
    #expect(failed.status == 2)
    #expect(failed.stderr.contains("broken.dic:1:"))
  }

  @Test func badEditionsAndBadGoldFilesExitTwo() throws {
    let missing = try Support.run(["align", en, "/nonexistent/ko.txt"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nonexistent/ko.txt"))
    let bad = try Support.temporaryFile("bad.align", Array("not a bead\n".utf8))
    let eval = try Support.run(["eval", "alignment", "--test", bad, "--gold", bad])
    #expect(eval.status == 2)
    #expect(eval.stderr.contains("bad.align:1:"))
  }
}
