import Foundation

/// Reading the UTF-8 bytes of a `String` (always valid) directly, for the loops that walk
/// every sentence: the segmenter's, script runs', key tables'.
enum UTF8Bytes {
  /// Whether `needle` stands in `haystack` at byte `offset`.
  static func holds(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], at offset: Int) -> Bool {
    guard offset >= 0, offset + needle.count <= haystack.count else { return false }
    guard let base = haystack.baseAddress, !needle.isEmpty else { return true }  // (nothing to compare)
    return needle.withUnsafeBufferPointer { memcmp(base + offset, $0.baseAddress!, needle.count) == 0 }
  }

  /// The scalar value starting at `i` of valid UTF-8 `bytes`, and how many bytes it takes.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[i])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    }
    return (
      (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F), 4
    )
  }

  /// The scalars of `text`, decoded in one pass over its bytes (`Array(text.unicodeScalars)`
  /// counts them first, then decodes them again).
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
        var i = 0
        count = 0
        while i < bytes.count {
          let (value, length) = scalar(bytes, at: i)
          // (Valid UTF-8 holds only scalar values.)
          scalars.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          count += 1
          i += length
        }
      }
    }
  }

  /// FNV-1a over `bytes`.
  @inline(__always)
  static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return h
  }
}
