import Foundation
import FuzzTargets
import TestSupport
import Testing

@testable import EditionAlign

/// Input a hostile user (or a batch of thousands of real pages) brings: each case here once
/// trapped, hung or wrote wrong output; `Fixtures/hostile/` keeps the inputs.
@Suite struct HostileInputTests {
  @Test(arguments: [Language.english, .korean, .japanese, .chinese])
  func aParentheticalAfterAnIdeographicFullStopEndsTheSentenceItFollows(_ language: Language) throws {
    let edition = try Support.read(
      Support.path("Fixtures/hostile/cjk-parenthetical.txt"), ReadOptions(language: language, shape: .plain))
    let texts = edition.sentences.map(\.text)
    #expect(texts.contains { $0.hasPrefix("思いました。（大きそうだ）") })
    #expect(texts.allSatisfy { !$0.hasPrefix("）") && !$0.hasPrefix(" ") })
  }
}

/// Numbers far beyond what an `Int` holds (found by the align fuzzer: a run of 8s with an
/// `s` after it read as a decade) are numbers, never a trap.
@Suite struct HugeNumberTests {
  @Test func aHundredDigitDecadeOrKoreanDateIsNoTrap() {
    let digits = String(repeating: "8", count: 100)
    #expect(NumberValues.english("in the \(digits)0s and the 1990s").contains(.decade(1990)))
    #expect(!NumberValues.korean("\(digits)년대 \(digits)월 \(digits)일").isEmpty)
    #expect(
      NumberValues.integer(1e300) == nil && NumberValues.integer(.nan) == nil && NumberValues.integer(1990.5) == 1990)
  }
}

/// Inputs that took time growing with the square of their size (minutes for a megabyte):
/// linear now, they take well under a second; the limit is a thousand times that, so
/// only a return of the quadratic path fails it. `scripts/bench-hostile` prints the times.
@Suite(.timeLimit(.minutes(1))) struct LinearTimeTests {
  @Test func aParagraphOfPeriodsWithoutSpacesIsOneSentence() throws {
    let text = String(repeating: "a.", count: 400_000)
    for language in [Language.english, .korean] {
      let edition = try Support.read(bytes: Array(text.utf8), ReadOptions(language: language, shape: .plain))
      #expect(edition.sentences.count == 1)
    }
  }

  @Test func aMegabyteOfPunctuationIsSegmented() throws {
    var generator = SplitMix64(seed: 1)
    let marks: [UInt8] = Array("?!.,;:".utf8)
    let bytes = (0..<1_200_000).map { _ in marks[Int(generator.next() % 6)] }
    let edition = try Support.read(bytes: bytes, ReadOptions(language: .english, shape: .plain))
    #expect(edition.sentences.map(\.range.end).max() == bytes.count)
  }

  @Test func aHundredThousandUnclosedDivisionsAreReadInOnePass() {
    let page = Array(String(repeating: "<div><p>x", count: 100_000).utf8)
    #expect(throws: IngestError.noBody(file: "input.txt", shape: .html)) {
      try Support.read(bytes: page, ReadOptions(shape: .html))
    }
  }
}

/// The fuzz targets' invariants on random editions (seeded, the same every run): offsets
/// are the input's bytes, every sentence of both editions is in exactly one link, every
/// export parses with unique JSON keys — on text no fixture has.
@Suite struct PropertyTests {
  static let words = [
    "the", "minister", "said", "on", "Monday", "1,500", "3.2%", "“quoted”", "(Yonhap)", "U.S.", "Dr.", "a.m.", "—",
    "정부는", "19일", "밝혔다.", "“적절하다”고", "말했다.", "1조", "2000억", "원을", "北", "美", "서울", "(웃음)", "…", "?",
    "!", ".", "\n", "\n\n", "\t", "<b>", "&amp;", "\u{200D}", "\u{00AD}", "😀", "。", "（注）",
  ]

  static func randomEdition(_ generator: inout SplitMix64, words count: Int) -> String {
    (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
  }

  @Test func randomEditionsKeepTheInvariantsOfReadingAligningAndExporting() {
    var generator = SplitMix64(seed: 0xED17)
    for _ in 0..<150 {
      let first = Self.randomEdition(&generator, words: 5 + Int(generator.next() % 80))
      let second = Self.randomEdition(&generator, words: 5 + Int(generator.next() % 80))
      let pair = Array(first.utf8) + [FuzzTarget.pairSeparator] + Array(second.utf8)
      FuzzTarget.text.run(Array(first.utf8))
      FuzzTarget.export.run(pair)
    }
  }

  @Test func builtInPatternsAndLexiconLoad() {
    #expect(Dateline.entry != nil)
    #expect(Lexicon.koreanEnglishNews.count > 3_500)
  }
}

/// Every input in `Fixtures/hostile/` (crashes and broken invariants the fuzzers found, and
/// hand-made cases) through every fuzz target it fits: none may trap.
@Suite struct FuzzReplayTests {
  static let inputs: [String] = {
    let folder = Support.path("Fixtures/hostile")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
  }()

  @Test(arguments: inputs)
  func hostileInputPassesEveryFuzzTarget(_ path: String) throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let targets: [FuzzTarget] = path.hasSuffix(".html") ? [.html, .text] : FuzzTarget.allCases.filter { $0 != .html }
    for target in targets { target.run(bytes) }
  }

  @Test func aTextChunkLibxml2ReportsAfterReadingAheadKeepsItsOffsets() throws {
    let path = Support.path("Fixtures/hostile/html-unclosed-attribute.html")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let edition = try Support.read(path)
    #expect(!edition.sentences.isEmpty)
    for sentence in edition.sentences {
      #expect(sentence.range.start < sentence.range.end)
      #expect(String(decoding: bytes[sentence.range.start..<sentence.range.end], as: UTF8.self) == sentence.text)
    }
  }

  @Test func sentenceRangesOfAMisdeclaredLegacyPageNeverStepBack() throws {
    // Declares euc-kr, holds mostly UTF-8 and stray bytes: libxml2 reports a paragraph's start
    // after reading its text, so the text's own length once put its span before the page's
    // last sentence.
    let edition = try Support.read(Support.path("Fixtures/hostile/html-euckr-offsets-step-back.html"))
    #expect(edition.sentences.count > 3)
    var previous = 0
    for sentence in edition.sentences {
      #expect(sentence.range.start >= previous && sentence.range.start < sentence.range.end)
      previous = sentence.range.start
    }
  }
}
