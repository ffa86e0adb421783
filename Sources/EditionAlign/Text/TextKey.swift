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
    guard a.text.utf8.count == b.text.utf8.count else { return false }
    return a.withBytes { x in b.withBytes { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
  }

  func hash(into hasher: inout Hasher) {
    // `UTF8Bytes.hash` of the bytes, given to the hasher as one word (which it seeds and mixes).
    hasher.combine(withBytes(UTF8Bytes.hash))
  }

  /// `body` over the text's bytes: their contiguous storage (made so at init), read in place.
  @inline(__always)
  private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
  }
}
