/// The text of an input file, decoded, with the way back from offsets in the decoded
/// UTF-8 to byte offsets in the file.
package struct DecodedText: Sendable {
  /// The encodings EditionAlign reads.
  public enum Encoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    /// A legacy charset an HTML page declared (EUC-KR, CP949), converted by ICU.
    case legacy = "legacy"
  }

  /// The decoded text as UTF-8 bytes (no byte-order mark).
  public let utf8: [UInt8]
  public let encoding: Encoding
  /// Length of the byte-order mark at the start of the file (0, 2 or 3).
  public let bomLength: Int
  /// For UTF-16 and legacy input: the file offset of each decoded UTF-8 offset (count + 1 entries).
  private let fileOffsets: [Int]?

  /// The decoded text.
  public var string: String { String(decoding: utf8, as: UTF8.self) }

  /// Decodes `bytes` read from `file`: UTF-8 with or without a byte-order mark, or UTF-16 with one.
  /// Rejects empty input, invalid UTF-8 or UTF-16, NUL bytes and binary control characters,
  /// naming the file and the byte offset.
  public init(bytes: [UInt8], file: String) throws(IngestError) {
    if bytes.isEmpty { throw .empty(file: file) }
    if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFF, 0xFE) && !(bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0)
    {
      (utf8, fileOffsets) = try Self.decodeUTF16(bytes, littleEndian: true, file: file)
      encoding = .utf16LE
      bomLength = 2
    } else if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFE, 0xFF) {
      (utf8, fileOffsets) = try Self.decodeUTF16(bytes, littleEndian: false, file: file)
      encoding = .utf16BE
      bomLength = 2
    } else {
      let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      try Self.validateUTF8(bytes, from: bom, file: file)
      utf8 = Array(bytes[bom...])
      fileOffsets = nil
      encoding = .utf8
      bomLength = bom
    }
    if !VisibleText.contains(utf8) { throw .blank(file: file) }
  }

  /// Decodes `bytes` in a legacy `charset` (ICU's converter names: `EUC-KR`, `windows-949`).
  /// `strict`: an illegal byte sequence is an error; otherwise it becomes U+FFFD and
  /// `replacements` counts them.
  public init(bytes: [UInt8], charset: String, strict: Bool, file: String) throws(IngestError) {
    if bytes.isEmpty { throw .empty(file: file) }
    let decoded: (utf16: [UInt16], offsets: [Int])
    do { decoded = try ICU.decode(bytes, charset: charset, strict: strict) } catch {
      throw .undecodable(file: file, charset: charset)
    }
    var utf8: [UInt8] = []
    var offsets: [Int] = []
    utf8.reserveCapacity(bytes.count * 3 / 2)
    offsets.reserveCapacity(bytes.count * 3 / 2 + 1)
    var replacements = 0
    var k = 0
    let units = decoded.utf16
    while k < units.count {
      var scalar = UInt32(units[k])
      // ICU gives -1 for a character it cannot tie to one source byte: the map stays rising.
      let offset = max(decoded.offsets[k], offsets.last ?? 0)
      var width = 1
      if (0xD800...0xDBFF).contains(scalar), k + 1 < units.count, (0xDC00...0xDFFF).contains(UInt32(units[k + 1])) {
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[k + 1]) - 0xDC00)
        width = 2
      }
      if scalar == 0xFFFD { replacements += 1 }
      try Self.checkControl(scalar, at: offset, file: file)
      let encoded = Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
      for _ in encoded { offsets.append(offset) }
      utf8.append(contentsOf: encoded)
      k += width
    }
    offsets.append(bytes.count)
    self.utf8 = utf8
    self.fileOffsets = offsets
    self.encoding = .legacy
    self.bomLength = 0
    self.replacements = replacements
    if !VisibleText.contains(utf8) { throw .blank(file: file) }
  }

  /// Characters a lenient legacy decoding replaced with U+FFFD.
  public private(set) var replacements = 0

  /// The byte offset in the file of `offset` in the decoded UTF-8.
  public func fileOffset(_ offset: Int) -> Int {
    if let map = fileOffsets { return map[offset] }
    return offset + bomLength
  }

  /// The file range of the decoded UTF-8 range `range`.
  public func fileRange(_ range: Range<Int>) -> SourceRange {
    SourceRange(start: fileOffset(range.lowerBound), end: fileOffset(range.upperBound))
  }

  /// The decoded text of `range`.
  public func text(_ range: Range<Int>) -> String {
    String(decoding: utf8[range], as: UTF8.self)
  }

  /// The decoded text of `range` with each line break a space (byte for byte, so offsets
  /// stay): a paragraph joined from hard-wrapped lines, so that the segmenter does not take
  /// them for paragraph ends, and a sentence as one line.
  public func unwrappedText(_ range: Range<Int>) -> String {
    utf8.withUnsafeBufferPointer { all in
      let bytes = UnsafeBufferPointer(rebasing: all[range])
      guard bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return String(decoding: bytes, as: UTF8.self) }
      return String(unsafeUninitializedCapacity: bytes.count) { text in
        for (k, byte) in bytes.enumerated() { text[k] = byte == 0x0A || byte == 0x0D ? 0x20 : byte }
        return bytes.count
      }
    }
  }

  private static func checkControl(_ value: UInt32, at offset: Int, file: String) throws(IngestError) {
    if value == 0 { throw .nulByte(file: file, offset: offset) }
    if value < 0x20 && !(0x09...0x0D).contains(value) && value != 0x1B {
      throw .binary(file: file, offset: offset, byte: UInt8(value))
    }
  }

  private static func validateUTF8(_ bytes: [UInt8], from start: Int, file: String) throws(IngestError) {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        try checkControl(UInt32(b), at: i, file: file)
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch b {
      case 0xC2...0xDF:
        length = 2
        minimum = 0x80
        scalar = UInt32(b & 0x1F)
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
        scalar = UInt32(b & 0x0F)
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
        scalar = UInt32(b & 0x07)
      default: throw .invalidUTF8(file: file, offset: i)
      }
      if i + length > n { throw .invalidUTF8(file: file, offset: i) }
      for k in 1..<length {
        let c = bytes[i + k]
        if c & 0xC0 != 0x80 { throw .invalidUTF8(file: file, offset: i) }
        scalar = scalar << 6 | UInt32(c & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        throw .invalidUTF8(file: file, offset: i)
      }
      i += length
    }
  }

  private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, file: String) throws(IngestError) -> (
    [UInt8], [Int]
  ) {
    var utf8: [UInt8] = []
    var offsets: [Int] = []
    utf8.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    func unit(_ i: Int) -> UInt32 {
      littleEndian ? UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 : UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
    }
    if bytes.count % 2 != 0 { throw .invalidUTF16(file: file, offset: bytes.count - 1) }
    var i = 2
    while i < bytes.count {
      var scalar = unit(i)
      var width = 2
      if (0xD800...0xDBFF).contains(scalar) {
        guard i + 3 < bytes.count, case let low = unit(i + 2), (0xDC00...0xDFFF).contains(low) else {
          throw .invalidUTF16(file: file, offset: i)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        width = 4
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw .invalidUTF16(file: file, offset: i)
      }
      try checkControl(scalar, at: i, file: file)
      let encoded = Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
      for _ in encoded { offsets.append(i) }
      utf8.append(contentsOf: encoded)
      i += width
    }
    offsets.append(bytes.count)
    return (utf8, offsets)
  }
}
