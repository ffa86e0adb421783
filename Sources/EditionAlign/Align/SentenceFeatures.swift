/// What the aligner knows of one sentence: its length, and its items — the words, names,
/// numbers and phrases that may have a counterpart on the other side — each with the keys
/// under which a counterpart would be found.
struct SentenceFeatures {
  /// A unit of evidence: it is matched when any of its keys is among the other side's keys.
  struct Item {
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
  /// Every key of the items, sorted, without repeats; once indexed (`indexKeys`), the keys
  /// of the first `maximumItems` items only.
  var keySet: [Int32] = []
  /// For each key of `keySet` (same order), the items (bit n: item n) that hold it. An
  /// item's keys are kept only here (and in `overflowKeys`), not a list an item.
  var keyItems: [UInt64] = []
  /// The keys of the items from `maximumItems` on, which take no part in matching.
  var overflowKeys: [ItemKeys] = []

  /// The keys of every item, in item order.
  func itemKeys() -> [ItemKeys] {
    var keys = [ItemKeys](repeating: ItemKeys([]), count: min(items.count, Self.maximumItems))
    for (key, mask) in zip(keySet, keyItems) {
      var bits = mask
      while bits != 0 {
        keys[bits.trailingZeroBitCount].append(key)
        bits &= bits - 1
      }
    }
    return keys + overflowKeys
  }

  /// Holds `keys` (one entry an item, in item order) as the key set and match masks: every
  /// key in `keySet`, until `indexKeys` keeps those of the matching items.
  mutating func setKeys(_ keys: [ItemKeys]) {
    var masks: [Int32: UInt64] = [:]
    for (n, itemKeys) in keys.enumerated() {
      let bit: UInt64 = n < Self.maximumItems ? 1 << UInt64(n) : 0
      for key in itemKeys { masks[key, default: 0] |= bit }
    }
    keySet = masks.keys.sorted()
    keyItems = keySet.map { masks[$0] ?? 0 }
    overflowKeys = Array(keys.dropFirst(Self.maximumItems))
  }

  /// Keeps in `keySet` only the keys of the first `maximumItems` items, the ones matching
  /// uses (call after the items are final), and counts the matchable ones.
  mutating func indexKeys() {
    var kept: [Int32] = [], masks: [UInt64] = []
    for (key, mask) in zip(keySet, keyItems) where mask != 0 {
      kept.append(key)
      masks.append(mask)
    }
    keySet = kept
    keyItems = masks
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
