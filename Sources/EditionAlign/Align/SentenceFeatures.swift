/// What the aligner knows of one sentence: its length, and its items — the words, names,
/// numbers and phrases that may have a counterpart on the other side — each with the keys
/// under which a counterpart would be found.
struct SentenceFeatures {
  /// A unit of evidence: it is matched when any of its keys is among the other side's keys.
  struct Item {
    var keys: ItemKeys
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
  /// For each key of `keySet` (same order), the items (bit n: item n) that hold it.
  var keyItems: [UInt64] = []

  /// Fills `keySet` and `keyItems` from the items (call after the items are final).
  mutating func indexKeys() {
    var masks: [Int32: UInt64] = [:]
    for (n, item) in items.prefix(Self.maximumItems).enumerated() {
      for key in item.keys { masks[key, default: 0] |= 1 << UInt64(n) }
    }
    keySet = masks.keys.sorted()
    keyItems = keySet.map { masks[$0]! }
    matchableCount = items.prefix(Self.maximumItems).reduce(0) { $0 + ($1.matchable ? 1 : 0) }
  }

  /// The items of each sentence that the other's keys match: (of `a`, of `b`).
  static func matches(_ a: SentenceFeatures, _ b: SentenceFeatures) -> (UInt64, UInt64) {
    var ma: UInt64 = 0, mb: UInt64 = 0
    var x = 0, y = 0
    let ka = a.keySet, kb = b.keySet
    while x < ka.count && y < kb.count {
      if ka[x] < kb[y] {
        x += 1
      } else if ka[x] > kb[y] {
        y += 1
      } else {
        ma |= a.keyItems[x]
        mb |= b.keyItems[y]
        x += 1
        y += 1
      }
    }
    return (ma, mb)
  }
  var paragraph: Int
  var startsParagraph: Bool
  var endsParagraph: Bool
  /// Keys of words no signal covers, sorted, for `DictionaryInduction`.
  var inducible: [Int32] = []

  /// How many of the items (within the first `maximumItems`) the other edition can match.
  var matchableCount = 0
  /// How many sentences the unit holds: a line of presplit input may hold several.
  var sentenceCount = 1
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
