import Foundation
import FuzzTargets
import TestSupport
import Testing

@testable import EditionAlign

/// `edalign` on the streams and paths of pipelines: closed and full standard streams,
/// pipes and FIFOs as input files, names that are not UTF-8 or near the length limit, and
/// devices as output. Each once trapped or failed.
@Suite struct StreamsAndPathsTests {
  let seed = "seeds/000_74b0305e89fd4377.txt"
  let korean = "Fixtures/seed-ko.txt"

  @Test func aFullDiskOrClosedStandardOutputIsAWriteErrorWithStatusThree() throws {
    let full = try Support.shell("\"$EDALIGN\" segment \(seed) > /dev/full")
    #expect(full.status == 3)
    #expect(full.stderr.contains("standard output: cannot write: no space left on the device"))
    let closed = try Support.shell("\"$EDALIGN\" segment \(seed) >&-")
    #expect(closed.status == 3)
    #expect(closed.stderr.contains("standard output: cannot write: it is closed"))
  }

  @Test func closedStandardInputAndErrorAreBadInputNotATrap() throws {
    let input = try Support.shell("\"$EDALIGN\" segment - <&-")
    #expect(input.status == 2)
    #expect(input.stderr.contains("standard input: cannot read the file: it is closed"))
    let error = try Support.shell("\"$EDALIGN\" segment /nonexistent 2>&-; echo \"status $?\"")
    #expect(error.stdout == "status 2\n")
  }

  @Test func aReaderThatGoesAwayEndsTheRunQuietlyWith141() throws {
    let run = try Support.shell(
      "yes \"$(cat \(seed))\" | head -c 3000000 > \"$TMPDIR/big.txt\"; \"$EDALIGN\" segment \"$TMPDIR/big.txt\" | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\""
        .replacingOccurrences(of: "$TMPDIR", with: try Support.temporaryDirectory()))
    #expect(run.stdout == "status 141\n")
    #expect(run.stderr.isEmpty)
  }

  @Test func pipesFIFOsAndStandardInputAsAPathReadLikeFiles() throws {
    let expected = try Support.run(["align", seed, korean, "--format", "vecalign"]).stdout
    #expect(!expected.isEmpty)
    let substituted = try Support.shell("\"$EDALIGN\" align \(seed) <(cat \(korean)) --format vecalign")
    #expect(substituted.status == 0)
    #expect(substituted.stdout == expected)
    let stdin = try Support.shell("\"$EDALIGN\" align \(seed) /dev/stdin --format vecalign < \(korean)")
    #expect(stdin.stdout == expected)
    let directory = try Support.temporaryDirectory()
    let fifo = try Support.shell(
      "mkfifo \(directory)/ko.fifo; cat \(korean) > \(directory)/ko.fifo & \"$EDALIGN\" align \(seed) \(directory)/ko.fifo --format vecalign"
    )
    #expect(fifo.stdout == expected)
    let null = try Support.shell("\"$EDALIGN\" segment /dev/null")
    #expect(null.status == 2)
    #expect(null.stderr.contains("/dev/null: the file is empty (0 bytes)"))
  }

  @Test func namesThatAreNotUTF8AreReadAndWrittenByteForByte() throws {
    let directory = try Support.temporaryDirectory()
    let run = try Support.shell(
      """
      cd \(directory) && cp "$ROOT/\(seed)" "$(printf 'caf\\xe9.txt')" &&
      "$EDALIGN" segment "$(printf 'caf\\xe9.txt')" -o "$(printf 'out\\xff.txt')" &&
      "$EDALIGN" segment "$(printf 'caf\\xe9.txt')" --output="$(printf 'out\\xff.txt')" --force &&
      test -f "$(printf 'out\\xff.txt')" && ls | LC_ALL=C sort | cat -v
      """)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "cafM-i.txt\noutM-^?.txt\n")  // é as Latin-1 0xE9, 0xFF: no U+FFFD in any name
  }

  @Test func anOutputNameOfTheFullLengthIsWrittenAndNothingHiddenStays() throws {
    let directory = try Support.temporaryDirectory()
    let name = directory + "/" + String(repeating: "a", count: 251) + ".txt"
    #expect(try Support.run(["segment", seed, "-o", name]).status == 0)
    #expect(try Support.run(["segment", seed, "-o", name, "--force"]).status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory) == [URL(fileURLWithPath: name).lastPathComponent])
  }

  @Test func aHiddenFileAKilledRunLeftIsRemovedByTheNextWrite() throws {
    let directory = try Support.temporaryDirectory()
    // A process id above the kernel's maximum (2^22) is never alive.
    let abandoned = directory + "/.edalign-4999999-1.tmp"
    FileManager.default.createFile(atPath: abandoned, contents: Data("half".utf8))
    #expect(try Support.run(["segment", seed, "-o", directory + "/out.txt"]).status == 0)
    #expect(try Support.run(["segment", seed, "-o", directory + "/out.txt", "--force"]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.txt"])
  }

  @Test func devStdoutIsWrittenIntoNeverReplaced() throws {
    let directory = try Support.temporaryDirectory()
    let run = try Support.shell(
      "\"$EDALIGN\" segment \(seed) -o /dev/stdout --force > \(directory)/captured.txt; test -L /dev/stdout && echo link"
    )
    #expect(run.status == 0)
    #expect(run.stdout == "link\n")
    let captured = try String(contentsOfFile: directory + "/captured.txt", encoding: .utf8)
    #expect(captured == (try Support.run(["segment", seed]).stdout))
  }

  @Test func twoEditionsOfOneLanguageGetDistinctKeysAndMosesSuffixes() throws {
    for format in ["jsonl", "hf"] {
      let run = try Support.run(["align", korean, korean, "--format", format])
      #expect(run.status == 0)
      for line in run.stdout.split(separator: "\n") {
        #expect(JSONKeys.areUnique(String(line)), "\(format): \(line.prefix(80))")
        #expect(line.contains("\"ko_2\": "))
      }
    }
    let check = try Support.run(["check", korean, korean, "--format", "json"])
    #expect(JSONKeys.areUnique(check.stdout))
    #expect(check.stdout.contains("\"translation\": \"ko_2\""))
    let directory = try Support.temporaryDirectory()
    let moses = try Support.run(["align", korean, korean, "--format", "moses", "-o", directory + "/c"])
    #expect(moses.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["c.ko", "c.ko_2"])
  }

  @Test(arguments: ["xx,yy", "😀,ko", "en,", "e1,ko", "en-,ko"])
  func languageCodesThatAreNotBCP47AreAUsageError(_ codes: String) throws {
    let run = try Support.run(["align", seed, korean, "--langs", codes, "--format", "tmx"])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
  }

  @Test func wellFormedLanguageTagsAreAccepted() throws {
    for code in ["en", "ko", "zh-Hant", "pt-BR", "sr-Latn-RS", "de-CH-1901", "en-US-x-news", "fil", "qaa", "ko_KR"] {
      #expect((try? Language(validating: code)) != nil, "\(code)")
    }
    #expect(throws: LanguageCodeError.unknownLanguage(code: "xx")) { try Language(validating: "xx") }
    #expect(throws: LanguageCodeError.malformed(code: "english")) { try Language(validating: "english") }
    #expect(try Support.run(["segment", seed, "--lang", "xx"]).status == 64)
  }

  @Test func aFileOfOnlyInvisibleCharactersIsBlankAndTheirSentencesAreDropped() throws {
    let invisible = Array("\u{200D}\u{200C}\u{00AD}\n\n\u{200B} \u{2060}\u{FEFF}\n".utf8)
    let run = try Support.run(["segment", try Support.temporaryFile("zw.txt", invisible)])
    #expect(run.status == 2)
    #expect(run.stderr.contains("zw.txt: the file holds only white space and invisible characters"))
    let mixed = try Support.read(
      bytes: Array("Hello there.\n\n\u{200D}\u{200C}\u{00AD}\n".utf8), ReadOptions(shape: .plain))
    #expect(mixed.sentences.map(\.text) == ["Hello there."])
    let presplit = try Support.read(bytes: Array("One.\n\u{200D}\u{00AD}\nTwo.\n".utf8), ReadOptions(shape: .presplit))
    #expect(presplit.sentences.map(\.text) == ["One.", "Two."])
  }

  @Test func checkTextFieldsAreSeparatedByTwoSpaces() throws {
    let run = try Support.run([
      "check", "Fixtures/check/omitted-paragraph.en.txt", "Fixtures/check/omitted-paragraph.ko.txt",
    ])
    #expect(run.stdout.hasPrefix("omission  ko#2,3,4 en#—  the English edition leaves out"))
  }

  @Test func csvQuotesWhatRFC4180RequiresAndKeepsLineBreaks() {
    #expect(CSVExporter.field("plain text") == "plain text")
    #expect(CSVExporter.field("a, b") == "\"a, b\"")
    #expect(CSVExporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVExporter.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVExporter.field(" lead") == "\" lead\"")
  }
}
