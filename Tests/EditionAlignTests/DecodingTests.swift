import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// Encodings read, bad input rejected with the file named (and the byte offset).
@Suite struct DecodingTests {
  let sample = "제목\n\n북한은 답하지 않았다. 정부는 “유감”이라고 밝혔다.\n"

  @Test func utf8WithBOMGivesOffsetsIntoTheFile() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array(sample.utf8)
    let edition = try Support.read(bytes: bytes)
    for sentence in edition.sentences {
      let slice = bytes[sentence.range.start..<sentence.range.end]
      #expect(String(decoding: slice, as: UTF8.self) == sentence.text)
    }
    #expect(edition.sentences.count == 2)
  }

  @Test(arguments: [true, false])
  func utf16WithBOMIsReadAndOffsetsPointIntoUTF16Bytes(_ littleEndian: Bool) throws {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in sample.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += littleEndian ? pair : pair.reversed()
    }
    let edition = try Support.read(bytes: bytes)
    #expect(edition.sentences.map(\.text) == ["북한은 답하지 않았다.", "정부는 “유감”이라고 밝혔다."])
    for sentence in edition.sentences {
      let slice = Array(bytes[sentence.range.start..<sentence.range.end])
      let units = stride(from: 0, to: slice.count, by: 2).map { i in
        littleEndian ? UInt16(slice[i]) | UInt16(slice[i + 1]) << 8 : UInt16(slice[i]) << 8 | UInt16(slice[i + 1])
      }
      #expect(String(decoding: units, as: UTF16.self) == sentence.text)
    }
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    let bytes = Array("정부는 밝혔다.".utf8) + [0xC3, 0x28] + Array(" more".utf8)
    #expect(throws: IngestError.invalidUTF8(file: "input.txt", offset: 20)) { try Support.read(bytes: bytes) }
    let cp949: [UInt8] = [0xC7, 0xD1, 0xB1, 0xDB]  // "한글" in CP949
    #expect(throws: IngestError.invalidUTF8(file: "input.txt", offset: 0)) { try Support.read(bytes: cp949) }
  }

  @Test func nulBytesAndBinaryAreRejectedWithTheirOffset() {
    #expect(throws: IngestError.nulByte(file: "input.txt", offset: 5)) {
      try Support.read(bytes: Array("Hello".utf8) + [0] + Array("world.".utf8))
    }
    #expect(throws: IngestError.binary(file: "input.txt", offset: 3, byte: 0x01)) {
      try Support.read(bytes: Array("abc".utf8) + [0x01, 0x02])
    }
    #expect(throws: IngestError.invalidUTF16(file: "input.txt", offset: 2)) {
      try Support.read(bytes: [0xFF, 0xFE, 0x00, 0xDC])
    }
  }

  @Test func emptyBlankAndBodylessInputsEachHaveTheirOwnError() {
    #expect(throws: IngestError.empty(file: "input.txt")) { try Support.read(bytes: []) }
    #expect(throws: IngestError.blank(file: "input.txt")) { try Support.read(bytes: Array(" \n\t\n".utf8)) }
    #expect(throws: IngestError.noBody(file: "input.txt", shape: .page)) {
      try Support.read(bytes: Array("Go to contents\n\nPosted September. 05, 2023 08:22\n\n구독\n".utf8))
    }
  }

  @Test func missingFilesAndDirectoriesAreNamed() {
    #expect(throws: IngestError.unreadable(file: "/nonexistent/a.txt", reason: "no such file")) {
      try Support.read("/nonexistent/a.txt")
    }
    #expect(throws: IngestError.unreadable(file: "/tmp", reason: "it is a directory")) { try Support.read("/tmp") }
  }

  @Test func everyErrorMessageNamesTheFile() {
    let errors: [IngestError] = [
      .unreadable(file: "a.txt", reason: "x"), .empty(file: "a.txt"), .blank(file: "a.txt"),
      .invalidUTF8(file: "a.txt", offset: 7), .invalidUTF16(file: "a.txt", offset: 7),
      .nulByte(file: "a.txt", offset: 7),
      .binary(file: "a.txt", offset: 7, byte: 1), .noBody(file: "a.txt", shape: .page),
    ]
    for error in errors { #expect(error.description.hasPrefix("a.txt: ")) }
    #expect(IngestError.invalidUTF8(file: "a.txt", offset: 7).description.contains("byte offset 7"))
  }
}

/// Nothing of the input is lost: sentences are exact slices of the input, and what lies
/// between them is white space or removed boilerplate.
@Suite struct OffsetTests {
  @Test(arguments: [Support.seedEnglish, Support.seedKorean, Support.path("Fixtures/pages/yonhap-ko.txt")])
  func sentencesAndRemovedTextTileTheInput(_ path: String) throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let edition = try Support.read(path)
    var spans: [(Int, Int)] = []
    for sentence in edition.sentences {
      #expect(String(decoding: bytes[sentence.range.start..<sentence.range.end], as: UTF8.self) == sentence.text)
      spans.append((sentence.range.start, sentence.range.end))
    }
    for removed in edition.removed {
      #expect(String(decoding: bytes[removed.range.start..<removed.range.end], as: UTF8.self) == removed.text)
      spans.append((removed.range.start, removed.range.end))
    }
    spans.sort { $0.0 < $1.0 }
    var position = 0
    for (start, end) in spans {
      #expect(start >= position, "overlap at \(start)")
      let gap = String(decoding: bytes[position..<start], as: UTF8.self)
      #expect(gap.unicodeScalars.allSatisfy { $0.isSpace }, "lost text at \(position): \(gap)")
      position = end
    }
    #expect(String(decoding: bytes[position...], as: UTF8.self).unicodeScalars.allSatisfy { $0.isSpace })
  }

  @Test func matchingFormFoldsWidthCaseQuotesDashesAndInvisibleCharacters() {
    #expect(MatchingForm.of("“ＡＢＣ”\u{00A0}１２３\u{200B}—Straße ‘x’") == "\"abc\" 123-strasse 'x'")
    #expect(MatchingForm.of("  a \t\n b  ") == "a b")
  }
}
