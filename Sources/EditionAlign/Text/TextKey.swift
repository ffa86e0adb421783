import Foundation

/// A string that hashes and compares by its UTF-8 bytes, without Unicode normalization: the
/// key of a table of text already in one normal form (the matching form is NFKC casefolded).
/// `String` hashes and compares non-ASCII text by canonical equivalence, normalizing it on
/// every hash; for Hangul that cost more than the lookups it served.
struct TextKey: Hashable, Sendable {
  let text: String

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
  }

  static func == (a: TextKey, b: TextKey) -> Bool {
    let (x, y) = (a.text.utf8, b.text.utf8)
    guard x.count == y.count else { return false }
    // Both are contiguous (made so at init): their bytes compared at once.
    let same = x.withContiguousStorageIfAvailable { p in
      y.withContiguousStorageIfAvailable { q in p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
    }
    return (same ?? nil) ?? x.elementsEqual(y)
  }

  func hash(into hasher: inout Hasher) {
    // FNV-1a over the bytes, given to the hasher as one word (which it seeds and mixes).
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    if hashed == nil { for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 } }
    hasher.combine(h)
  }
}
