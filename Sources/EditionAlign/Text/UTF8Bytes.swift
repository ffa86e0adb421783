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

  /// A 64-bit hash of `bytes` for the key tables, read eight bytes at a time (FNV-1a's
  /// multiply a byte was most of a lookup): each word, and the last eight bytes (overlapping
  /// the one before) or the short key's bytes, mixed in by a multiply and a fold, then the
  /// whole finished with `finish`'s mix so that the low bits a table masks depend on every byte.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = bytes.count
    var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    guard let base = bytes.baseAddress, count > 0 else { return finish(h) }
    let raw = UnsafeRawPointer(base)
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        h = mix(h, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      h = mix(h, raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    } else if count >= 4 {
      let first = UInt64(raw.loadUnaligned(as: UInt32.self))
      let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      h = mix(h, first << 32 | last)
    } else {
      let word = UInt64(base[0]) << 16 | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1])
      h = mix(h, word)
    }
    return finish(h)
  }

  @inline(__always)
  private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
    let product = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
    return product ^ (product >> 32)
  }

  /// The finalizer of MurmurHash3's 64-bit variant.
  @inline(__always)
  private static func finish(_ h: UInt64) -> UInt64 {
    var h = h
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return h
  }
}
