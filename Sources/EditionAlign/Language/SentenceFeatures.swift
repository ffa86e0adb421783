import Foundation

/// What the aligner knows of one sentence: its length, and its items — the words, names,
/// numbers and phrases that may have a counterpart on the other side — each with the keys
/// under which a counterpart would be found.
struct SentenceFeatures {
  /// A unit of evidence: it is matched when any of its keys is among the other side's keys.
  struct Item {
    /// The chance that a sentence of the other edition picked at random matches it.
    var chance: Float = 0
    /// The weight in halves (weights are 1, 1.5 and 2), so that an item takes 8 bytes.
    private var halfWeight: UInt8
    /// Whether any sentence of the other edition can match it at all.
    var matchable = true

    /// An item of `weight`, a multiple of 0.5 up to 127.5.
    init(weight: Float) { halfWeight = UInt8(clamping: Int((weight * 2).rounded())) }

    /// How much a match of this kind says (numbers and names more than words).
    var weight: Float { Float(halfWeight) / 2 }

    /// What the scorer needs of an item — chance, weight, matchable — as one integer.
    var kind: UInt64 { UInt64(chance.bitPattern) << 32 | UInt64(halfWeight) << 1 | (matchable ? 1 : 0) }
  }

  /// At most this many items of a sentence take part (matches are kept as a bit mask).
  static let maximumItems = 64

  /// Characters other than white space.
  var length: Double
  var items: [Item]
  /// The items' keys, one entry a key and item that holds it, sorted by key then item: an
  /// item's keys are kept only here (and in `overflowKeys`), and most keys belong to one
  /// item, so a byte an entry names it. Once indexed (`indexKeys`), the entries of the first
  /// `maximumItems` items only.
  private(set) var entryKeys: [Int32] = []
  /// The item of each entry of `entryKeys`; `noItem` for an item past `maximumItems`.
  private(set) var entryItems: [UInt8] = []
  /// The keys of the items from `maximumItems` on, which take no part in matching.
  var overflowKeys: [ItemKeys] = []

  /// The entry item of the items past `maximumItems` (before indexing).
  private static let noItem = UInt8.max

  /// Every key of the items, sorted, without repeats (see `entryKeys`).
  var keySet: DistinctKeys { DistinctKeys(keys: entryKeys) }

  /// The keys of every item, in item order.
  func itemKeys() -> [ItemKeys] {
    var keys = [ItemKeys](repeating: ItemKeys([]), count: min(items.count, Self.maximumItems))
    for (key, item) in zip(entryKeys, entryItems) where item != Self.noItem { keys[Int(item)].append(key) }
    return keys + overflowKeys
  }

  /// Holds `keys` (one entry an item, in item order) as the entries: every key, until
  /// `indexKeys` keeps those of the matching items.
  mutating func setKeys(_ keys: [ItemKeys]) {
    // Entries packed key-then-item into one integer (keys are ids, never negative), so that
    // they sort as integers.
    var entries: [UInt64] = []
    entries.reserveCapacity(keys.reduce(0) { $0 + $1.count })
    for (n, itemKeys) in keys.enumerated() {
      let item = UInt64(n < Self.maximumItems ? UInt8(n) : Self.noItem)
      for key in itemKeys { entries.append(UInt64(UInt32(bitPattern: key)) << 8 | item) }
    }
    entries.sort()
    entryKeys = []
    entryItems = []
    entryKeys.reserveCapacity(entries.count)
    entryItems.reserveCapacity(entries.count)
    for entry in entries {
      let key = Int32(bitPattern: UInt32(truncatingIfNeeded: entry >> 8))
      let item = UInt8(truncatingIfNeeded: entry)
      // One entry a key and item; a key only past the 64th item once, as `noItem`.
      if let lastKey = entryKeys.last, lastKey == key, entryItems.last == item || item == Self.noItem { continue }
      entryKeys.append(key)
      entryItems.append(item)
    }
    overflowKeys = Array(keys.dropFirst(Self.maximumItems))
  }

  /// The items in `order` (a permutation of their indices), the entries renumbered with
  /// them: what `setKeys` makes of the keys in that order.
  mutating func reorderItems(_ order: [Int]) {
    guard holdsEveryItemInEntries else {
      let keys = itemKeys()
      items = order.map { items[$0] }
      setKeys(order.map { keys[$0] })
      return
    }
    items = order.map { items[$0] }
    // (On raw buffers: the place of each item on the stack, the entries rewritten in place.)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, order.count)) { place in
      for (n, old) in order.enumerated() { place[old] = UInt8(n) }
      let keys = entryKeys
      entryItems.withUnsafeMutableBufferPointer { entryItems in
        for x in entryItems.indices { entryItems[x] = place[Int(entryItems[x])] }
        // Entries of one key stay sorted by item: the runs are short (most keys belong to one
        // item), sorted by insertion.
        var x = 0
        while x < keys.count {
          var end = x + 1
          while end < keys.count && keys[end] == keys[x] { end += 1 }
          for y in stride(from: x + 1, to: end, by: 1) {
            let item = entryItems[y]
            var z = y
            while z > x && entryItems[z - 1] > item {
              entryItems[z] = entryItems[z - 1]
              z -= 1
            }
            entryItems[z] = item
          }
          x = end
        }
      }
    }
  }

  /// Whether every item's keys are among the entries (no item past `maximumItems`), so that
  /// the entries are the same before and after `indexKeys`.
  var holdsEveryItemInEntries: Bool { items.count <= Self.maximumItems }

  /// The highest of `frequency[key]` over each item's keys (0 for keys past its end), in
  /// item order, written into `most` (room for an item each).
  func mostFrequentKeyCounts(_ frequency: [Int32], into most: UnsafeMutableBufferPointer<Int32>) {
    _ = most.initialize(repeating: 0)
    for (key, item) in zip(entryKeys, entryItems) where item != Self.noItem && Int(key) < frequency.count {
      most[Int(item)] = max(most[Int(item)], frequency[Int(key)])
    }
    for (n, keys) in overflowKeys.enumerated() {
      for key in keys where Int(key) < frequency.count {
        most[Self.maximumItems + n] = max(most[Self.maximumItems + n], frequency[Int(key)])
      }
    }
  }

  /// Keeps only the entries of the first `maximumItems` items, the ones matching uses (call
  /// after the items are final), and counts the matchable items.
  mutating func indexKeys() {
    matchableCount = self.items.prefix(Self.maximumItems).reduce(0) { $0 + ($1.matchable ? 1 : 0) }
    // (Entries are past `maximumItems` only in a sentence of more items: most are kept as they are.)
    guard entryItems.contains(Self.noItem) else { return }
    var keys: [Int32] = []
    var items: [UInt8] = []
    keys.reserveCapacity(entryKeys.count)
    items.reserveCapacity(entryKeys.count)
    for (key, item) in zip(entryKeys, entryItems) where item != Self.noItem {
      keys.append(key)
      items.append(item)
    }
    entryKeys = keys
    entryItems = items
  }

  /// Each distinct key of the entries, in key order, with the items holding it as a mask
  /// (0 for a key held only past `maximumItems`): what `matches` sets for a shared key.
  @inline(__always)
  func forEachKeyMask(_ body: (Int32, UInt64) -> Void) {
    var x = 0
    let keys = entryKeys
    let items = entryItems
    while x < keys.count {
      let key = keys[x]
      var mask: UInt64 = 0
      while x < keys.count && keys[x] == key {
        if items[x] != Self.noItem { mask |= 1 << UInt64(items[x]) }
        x += 1
      }
      body(key, mask)
    }
  }

  /// The items of each sentence that the other's keys match: (of `a`, of `b`).
  static func matches(_ a: SentenceFeatures, _ b: SentenceFeatures) -> (UInt64, UInt64) {
    var ma: UInt64 = 0
    var mb: UInt64 = 0
    var x = 0
    var y = 0
    let ka = a.entryKeys
    let kb = b.entryKeys
    let ia = a.entryItems
    let ib = b.entryItems
    while x < ka.count && y < kb.count {
      if ka[x] < kb[y] {
        x += 1
      } else if ka[x] > kb[y] {
        y += 1
      } else {
        // A shared key: every item of either side that holds it.
        let key = ka[x]
        while x < ka.count && ka[x] == key {
          if ia[x] != noItem { ma |= 1 << UInt64(ia[x]) }
          x += 1
        }
        while y < kb.count && kb[y] == key {
          if ib[y] != noItem { mb |= 1 << UInt64(ib[y]) }
          y += 1
        }
      }
    }
    return (ma, mb)
  }
  var paragraph: Int
  var startsParagraph: Bool
  var endsParagraph: Bool
  /// Keys of words no signal covers, sorted, each once, for `DictionaryInduction`.
  var inducible: [Int32] = []

  /// How many of the items (within the first `maximumItems`) the other edition can match.
  var matchableCount = 0
  /// How many sentences the unit holds: a line of presplit input may hold several.
  var sentenceCount = 1
}

/// Gives every key string one integer id, shared by both editions.
///
/// Keys are told apart by their UTF-8 bytes — they come from matching forms, lexicon entries
/// and romanizations, all NFC, so bytes and canonical equivalence agree — in an open-addressing
/// table of its own (a value, so that its arrays need no exclusivity checks): a Swift `Dictionary` of `String` spends most of its time checking and
/// hashing non-ASCII (Hangul) keys as Unicode text, and interning is a tenth of alignment.
struct KeyTable {
  /// Every key's bytes, one after another; key `i` ends at `ends[i]`.
  private var bytes: [UInt8] = []
  private var ends: [Int32] = [0]
  /// Open addressing, linear probing: a slot holds the low 32 bits of its key's hash above
  /// the key's id plus one (0: an empty slot), so that a probe reads one word and compares
  /// bytes only on a hash match — the tables of a batch's threads grow past the caches, and
  /// every other array a probe read was a miss.
  private var slots: [UInt64]
  private var keys = 0

  /// A table with room for `expectedKeys` before it grows (1,024 slots at least).
  init(expectedKeys: Int = 0) {
    var count = 1024
    while count < 2 * expectedKeys { count *= 2 }
    slots = [UInt64](repeating: 0, count: count)
  }

  /// How many distinct keys the table holds.
  var count: Int { keys }

  mutating func id(_ key: String) -> Int32 {
    var key = key
    return key.withUTF8 { id(bytes: $0) }
  }

  /// The id of `key` if the table holds it (nothing is added).
  func existingID(_ key: String) -> Int32? {
    var key = key
    return key.withUTF8 { existingID(bytes: $0) }
  }

  /// The id of the key of UTF-8 `bytes` if the table holds it (nothing is added).
  func existingID(bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    switch probe(bytes, hash: Self.hash(bytes)) {
    case .found(let id): id
    case .empty: nil
    }
  }

  /// Every key, in id order.
  var keyStrings: [String] {
    bytes.withUnsafeBufferPointer { stored in
      (0..<keys).map { String(decoding: stored[Int(ends[$0])..<Int(ends[$0 + 1])], as: UTF8.self) }
    }
  }

  /// Where a probe for a key ends: at its id, or at the empty slot it would take.
  private enum Probe {
    case found(Int32)
    case empty(slot: Int)
  }

  @inline(__always)
  private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Probe {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while slots[slot] != 0 {
      let entry = slots[slot]
      let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
      if UInt32(truncatingIfNeeded: entry >> 32) == hash && equals(id, key) { return .found(Int32(id)) }
      slot = (slot + 1) & mask
    }
    return .empty(slot: slot)
  }

  /// The id of the key of UTF-8 `bytes` (valid UTF-8, as a `String`'s), given at its first sight.
  mutating func id(bytes key: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(key)
    switch probe(key, hash: hash) {
    case .found(let id): return id
    case .empty(let slot):
      let id = Int32(keys)
      bytes.append(contentsOf: key)
      ends.append(Int32(bytes.count))
      slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
      keys += 1
      if keys * 2 > slots.count { grow() }
      return id
    }
  }

  private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(ends[id])
    guard Int(ends[id + 1]) - start == key.count else { return false }
    return bytes.withUnsafeBufferPointer { stored in
      // (Most keys are a few bytes: compared here, not through a call to memcmp.)
      for k in 0..<key.count where stored[start + k] != key[k] { return false }
      return true
    }
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      var slot = Int(entry >> 32) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// The low 32 bits of `UTF8Bytes.hash` (mixed through: every bit depends on every byte).
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(truncatingIfNeeded: UTF8Bytes.hash(key))
  }
}

extension Array where Element == Int32 {
  /// The keys sorted, each once.
  func sortedDistinct() -> [Int32] {
    var keys = sorted()
    var kept = 0
    for k in keys.indices where kept == 0 || keys[kept - 1] != keys[k] {
      keys[kept] = keys[k]
      kept += 1
    }
    keys.removeLast(keys.count - kept)
    return keys
  }
}

/// The distinct keys of sorted entries that may repeat a key (one a holding item).
struct DistinctKeys: Sequence {
  let keys: [Int32]

  func makeIterator() -> Iterator { Iterator(keys: keys) }

  struct Iterator: IteratorProtocol {
    let keys: [Int32]
    var index = 0

    mutating func next() -> Int32? {
      guard index < keys.count else { return nil }
      let key = keys[index]
      while index < keys.count && keys[index] == key { index += 1 }
      return key
    }
  }
}
