/// What the aligner knows of one sentence: its length, and its items — the words, names,
/// numbers and phrases that may have a counterpart on the other side — each with the keys
/// under which a counterpart would be found.
struct SentenceFeatures {
  /// A unit of evidence: it is matched when any of its keys is among the other side's keys.
  struct Item {
    var keys: [Int32]
    /// How much a match of this kind says (numbers and names more than words).
    var weight: Float
    /// The chance that a sentence of the other edition picked at random matches it.
    var chance: Float = 0
    /// Whether any sentence of the other edition can match it at all.
    var matchable = true
  }

  /// At most this many items of a sentence take part (matches are kept as a bit mask).
  static let maximumItems = 64

  /// Characters other than white space.
  var length: Double
  var items: [Item]
  /// Every key of the items, sorted, without repeats.
  var keySet: [Int32]
  var paragraph: Int
  var startsParagraph: Bool
  var endsParagraph: Bool

  /// How many of the items (within the first `maximumItems`) the other edition can match.
  var matchableCount: Int { items.prefix(Self.maximumItems).reduce(0) { $0 + ($1.matchable ? 1 : 0) } }

  /// Which items (bit n for item n) the sorted `keys` match.
  func matchMask(against keys: [Int32]) -> UInt64 {
    var mask: UInt64 = 0
    for (n, item) in items.prefix(Self.maximumItems).enumerated()
    where item.keys.contains(where: { Self.contains(keys, $0) }) {
      mask |= 1 << UInt64(n)
    }
    return mask
  }

  static func contains(_ sorted: [Int32], _ key: Int32) -> Bool {
    var low = 0, high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < key { low = mid + 1 } else { high = mid }
    }
    return low < sorted.count && sorted[low] == key
  }
}

/// Gives every key string one integer id, shared by both editions.
final class KeyTable {
  private var ids: [String: Int32] = [:]

  func id(_ key: String) -> Int32 {
    if let id = ids[key] { return id }
    let id = Int32(ids.count)
    ids[key] = id
    return id
  }
}
