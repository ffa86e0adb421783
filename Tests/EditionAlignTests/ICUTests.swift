import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// The CICU shim through its Swift face: version, normalization, break iteration,
/// transliteration.
@Suite struct ICUTests {
  @Test func versionIsICU72OrLater() throws {
    let major = try #require(Int(ICU.version.split(separator: ".").first ?? ""))
    #expect(major >= 72)
  }

  @Test func normalizationFormsComposeAndFold() throws {
    #expect(try ICU.normalize("e\u{0301}", .nfc) == "\u{00E9}")
    #expect(try ICU.normalize("ＫＯＲＥＡ １２３", .nfkcCasefold) == "korea 123")
    #expect(try ICU.normalize("①", .nfkc) == "1")
  }

  @Test func hangulTransliteratesToASCIILatin() throws {
    let transliterator = try ICUTransliterator("Hangul-Latin; Latin-ASCII")
    #expect(try transliterator.transliterate("마체고라") == "machegola")
    #expect(try transliterator.transliterate("캠프데이비드") == "kaempeudeibideu")
    #expect(try ICUTransliterator("Any-Latin; Latin-ASCII").transliterate("北京") == "bei jing")
  }

  @Test func hangulLatinWritesASCIIAlreadySoLatinASCIIAfterItChangesNothing() throws {
    let alone = try ICUTransliterator(ICUTransliterator.hangulToLatin)
    let folded = try ICUTransliterator("Hangul-Latin; Latin-ASCII")
    // Every syllable, the compatibility jamo, and words of several syllables.
    var words = (0xAC00...0xD7A3).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
    words += (0x3131...0x318E).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
    words += ["장관이", "떠났다", "꿇었다", "위원회", "웬일", "알렉산드르", "캠프데이비드"]
    for word in words { #expect(try alone.transliterate(word) == folded.transliterate(word), "\(word)") }
  }

  @Test func hangulSyllablesAndJamoRomanizeWithoutICUToTheLettersICUWrites() throws {
    let icu = try ICUTransliterator(ICUTransliterator.hangulToLatin)
    func letters(_ word: String) throws -> String { NameMatcher.asciiLetters(try icu.transliterate(word)) }
    var words = (0xAC00...0xD7A3).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
    var generator = SplitMix64(seed: 11)
    for _ in 0..<5000 {
      let length = Int.random(in: 2...5, using: &generator)
      words.append(
        String(
          (0..<length).map { _ in Character(Unicode.Scalar(UInt32.random(in: 0xAC00...0xD7A3, using: &generator))!) }))
    }
    // Every conjoining jamo, alone and beside a syllable, and words that mix them with syllables.
    let jamo = (Array(0x1100...0x11FF) + Array(0xA960...0xA97F) + Array(0xD7B0...0xD7FF)).compactMap {
      Unicode.Scalar($0).map { String(Character($0)) }
    }
    words += jamo + jamo.map { "가" + $0 } + jamo.map { $0 + "가" } + ["서술ᄏ", "ᆞ체육부", "\u{1100}\u{1161}\u{11A8}"]
    for _ in 0..<2000 {
      let length = Int.random(in: 2...6, using: &generator)
      words.append(
        (0..<length).map { _ in
          Bool.random(using: &generator)
            ? jamo.randomElement(using: &generator)!
            : String(Character(Unicode.Scalar(UInt32.random(in: 0xAC00...0xD7A3, using: &generator))!))
        }.joined())
    }
    for word in words { #expect(HangulRomanization.letters(word) == (try letters(word)), "\(word)") }
    // Anything else (compatibility jamo, other scripts) is left to ICU.
    #expect(HangulRomanization.letters("ㄱ") == nil && HangulRomanization.letters("한a") == nil)
  }

  @Test func unknownTransliteratorIsAnError() {
    #expect(throws: ICUError.self) { try ICUTransliterator("No-Such-Transform") }
  }

  @Test func wordBreaksCarryTheirKind() throws {
    let iterator = try ICUBreakIterator(.word, locale: "ko")
    let text = "TASS 3.5% 러시아"
    let units = Array(text.utf16)
    let boundaries = iterator.boundaries(utf16: units)
    var start = 0
    var words: [(String, ICUBreakIterator.WordKind)] = []
    for (offset, status) in boundaries {
      let word = String(decoding: units[start..<offset], as: UTF16.self)
      let kind = ICUBreakIterator.WordKind(ruleStatus: status)
      if kind != .none { words.append((word, kind)) }
      start = offset
    }
    #expect(words.map(\.0) == ["TASS", "3.5", "러시아"])
    #expect(words.map(\.1) == [.letter, .number, .letter])
  }

  @Test func sentenceBreaksOfEnglishWithStandardSuppressions() throws {
    let plain = try ICUBreakIterator(.sentence, locale: "en")
    let standard = try ICUBreakIterator(.sentence, locale: "en@ss=standard")
    let units = Array("Mr. Smith left. He came back.".utf16)
    #expect(plain.offsets(utf16: units).count == 3)
    #expect(standard.offsets(utf16: units).count == 2)
  }

  @Test func textKeysAreEqualExactlyWhenTheirBytesAre() {
    let composed = "한국"  // two Hangul syllables
    let decomposed = composed.decomposedStringWithCanonicalMapping  // the same text as jamo
    #expect(composed == decomposed)  // String: canonically equivalent
    #expect(TextKey(composed) != TextKey(decomposed))
    #expect(TextKey(composed) == TextKey(String(decoding: Array(composed.utf8), as: UTF8.self)))
    var table: [TextKey: Int] = [TextKey(composed): 1]
    table[TextKey("한국" + "")] = 2
    #expect(table.count == 1 && table[TextKey(composed)] == 2)
    #expect(TextKey("") == TextKey(String()))
  }

  @Test func theQuickLetterTestAgreesWithUnicodeOnASCIIAndHangul() {
    let scalars =
      (0..<0x80).compactMap(Unicode.Scalar.init) + (0xAC00...0xD7A3).compactMap(Unicode.Scalar.init)
      + ["é", "ß", "中", "ㄱ", "·", "€"]
    for scalar in scalars { #expect(scalar.isLetter == scalar.properties.isAlphabetic, "\(scalar)") }
  }

  @Test func theLengthCountedOnBytesIsTheScalarsThatAreNotSpaces() throws {
    var texts = [
      "", " ", "a b", "\u{A0}x\u{2000}\u{200B}\u{200C}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}y\t\n",
      "장관이 월요일에 말했다.", "𝄞 😀 é", "\u{2010}\u{2030}\u{3001}\u{FEFE}\u{C2}",
    ]
    texts += (0x2000...0x2060).compactMap { Unicode.Scalar($0).map { "a" + String(Character($0)) + "b" } }
    for path in try FileManager.default.contentsOfDirectory(atPath: Support.path("Fixtures/pairs"))
    where path.hasSuffix(".txt") {
      texts += try Support.read(Support.path("Fixtures/pairs/" + path)).sentences.map(\.text)
    }
    for text in texts { #expect(text.nonSpaceScalarCount == text.unicodeScalars.count { !$0.isSpace }, "\(text)") }
  }
}
