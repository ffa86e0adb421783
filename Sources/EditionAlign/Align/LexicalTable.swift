import Foundation

/// The lexical term of `BeadScorer` for one side of an alignment: per sentence the
/// log-likelihood ratio of its items when none is matched, and per item what a match adds —
/// for beads whose other side has 1, 2 or 3 sentences (lanes 1–3).
///
/// What an item adds depends only on its kind: its weight, its chance and whether it can be
/// matched. A document has a few hundred kinds and hundreds of thousands of items, so the
/// gains are kept once per kind and each item holds the index of its kind.
struct LexicalTable {
  /// Per sentence: the sum over its items of what each contributes unmatched, lanes 0–3 of
  /// sentence i at 4i…4i+3 (flat, so a lane is read straight from memory).
  private let unmatched: [Double]
  /// Per kind of item: what a match adds (matched minus unmatched), laid out the same way.
  private let gains: [Double]
  /// Per sentence, where its items start in `kinds`.
  private let itemStart: [Int32]
  /// Per item (the first `SentenceFeatures.maximumItems` of each sentence), its kind.
  private let kinds: [UInt32]

  /// The table of no sentences (a placeholder until a scorer makes its tables).
  static let empty = LexicalTable([], q: 0.5, parameters: .standard)

  /// The table of `sentences` when an item of a true pair finds its counterpart with
  /// probability `q`.
  init(_ sentences: [SentenceFeatures], q: Double, parameters: AlignmentParameters) {
    let chanceGrowth = parameters.chanceGrowth
    // An item nothing on the other side can match still says something: a sentence full of
    // them is likely an omission — as much as the edition's other items find their match.
    let unmatchablePenalty = parameters.unmatchablePenaltyShare * log(1 - q * Self.coverage(sentences))
    var index = KindIndex()
    var kindUnmatched: [SIMD4<Double>] = []
    var gains: [SIMD4<Double>] = []
    var unmatched: [SIMD4<Double>] = []
    var itemStart: [Int32] = []
    var kinds: [UInt32] = []
    unmatched.reserveCapacity(sentences.count)
    itemStart.reserveCapacity(sentences.count + 1)
    kinds.reserveCapacity(sentences.reduce(0) { $0 + min($1.items.count, SentenceFeatures.maximumItems) })
    for sentence in sentences {
      itemStart.append(Int32(kinds.count))
      var total = SIMD4<Double>(repeating: 0)
      for item in sentence.items.prefix(SentenceFeatures.maximumItems) {
        let kind = item.kind
        let number: UInt32
        if let known = index.number(of: kind) {
          number = known
        } else {
          let (matched, missed) = Self.entry(
            item, q: q, chanceGrowth: chanceGrowth, unmatchablePenalty: unmatchablePenalty)
          number = UInt32(gains.count)
          index.insert(kind, number)
          gains.append(matched - missed)
          kindUnmatched.append(missed)
        }
        kinds.append(number)
        total += kindUnmatched[Int(number)]
      }
      unmatched.append(total)
    }
    itemStart.append(Int32(kinds.count))
    self.unmatched = Self.flat(unmatched)
    self.gains = Self.flat(gains)
    self.itemStart = itemStart
    self.kinds = kinds
  }

  /// The lanes of every vector, one vector after another.
  private static func flat(_ vectors: [SIMD4<Double>]) -> [Double] {
    var lanes: [Double] = []
    lanes.reserveCapacity(4 * vectors.count)
    for vector in vectors {
      lanes.append(vector[0])
      lanes.append(vector[1])
      lanes.append(vector[2])
      lanes.append(vector[3])
    }
    return lanes
  }

  /// The number of each kind of item seen, by open addressing (a kind is looked up for every
  /// item; a `Dictionary` hashed each with SipHash).
  private struct KindIndex {
    private var keys = [UInt64](repeating: 0, count: 64)
    /// The kind's number plus one, 0 for an empty slot.
    private var numbers = [UInt32](repeating: 0, count: 64)
    private var count = 0

    /// Fibonacci hashing: the top bits of the kind times 2^64/φ (the chance is in its high bits).
    private func slot(_ kind: UInt64) -> Int {
      Int(truncatingIfNeeded: (kind &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
    }

    func number(of kind: UInt64) -> UInt32? {
      var k = slot(kind)
      while numbers[k] != 0 {
        if keys[k] == kind { return numbers[k] - 1 }
        k = (k + 1) & (keys.count - 1)
      }
      return nil
    }

    /// Adds `kind` (not yet in the index) as `number`.
    mutating func insert(_ kind: UInt64, _ number: UInt32) {
      if 2 * (count + 1) > keys.count { grow() }
      var k = slot(kind)
      while numbers[k] != 0 { k = (k + 1) & (keys.count - 1) }
      keys[k] = kind
      numbers[k] = number + 1
      count += 1
    }

    private mutating func grow() {
      let (oldKeys, oldNumbers) = (keys, numbers)
      keys = [UInt64](repeating: 0, count: 2 * oldKeys.count)
      numbers = [UInt32](repeating: 0, count: 2 * oldKeys.count)
      count = 0
      for k in oldKeys.indices where oldNumbers[k] != 0 { insert(oldKeys[k], oldNumbers[k] - 1) }
    }
  }

  /// Both sides' tables, made at once (on two cores where there are).
  static func pair(
    _ source: [SentenceFeatures], q sourceQ: Double, _ target: [SentenceFeatures], q targetQ: Double,
    parameters: AlignmentParameters
  ) -> (LexicalTable, LexicalTable) {
    let sides = [(source, sourceQ), (target, targetQ)]
    let minimum = source.count + target.count >= 2 * Parallel.minimumPerChunk ? 1 : 2
    let tables = Parallel.map(sides, minimumPerChunk: minimum) { LexicalTable($0.0, q: $0.1, parameters: parameters) }
    return (tables[0], tables[1])
  }

  /// What an item contributes matched and unmatched, lanes 1–3.
  private static func entry(
    _ item: SentenceFeatures.Item, q: Double, chanceGrowth: Double, unmatchablePenalty: Double
  ) -> (SIMD4<Double>, SIMD4<Double>) {
    var matched = SIMD4<Double>(repeating: 0)
    var unmatched = SIMD4<Double>(repeating: 0)
    let w = Double(item.weight)
    guard item.matchable else {
      return (matched, SIMD4<Double>(0, w * unmatchablePenalty, w * unmatchablePenalty, w * unmatchablePenalty))
    }
    for k in 1...3 {
      let chance = 1 - pow(1 - Double(item.chance), 1 + Double(k - 1) * chanceGrowth)
      matched[k] = w * min(5, max(-3, log(q / chance)))
      unmatched[k] = w * min(5, max(-3, log((1 - q) / (1 - chance))))
    }
    return (matched, unmatched)
  }

  /// The share of a side's items that the other edition can match at all.
  static func coverage(_ sentences: [SentenceFeatures]) -> Double {
    var matchable = 0
    var all = 0
    for sentence in sentences {
      for item in sentence.items {
        all += 1
        if item.matchable { matchable += 1 }
      }
    }
    return all == 0 ? 0 : Double(matchable) / Double(all)
  }

  /// The lexical log-likelihood ratio of sentence `i` whose items `mask` are matched.
  @inline(__always)
  func sum(_ i: Int, _ mask: UInt64, lane: Int) -> Double {
    var total = unmatched[i &* 4 &+ lane]
    guard mask != 0 else { return total }  // (most pairs match nothing)
    let start = Int(itemStart[i])
    var bits = mask
    while bits != 0 {
      let n = bits.trailingZeroBitCount
      total += gains[Int(kinds[start &+ n]) &* 4 &+ lane]
      bits &= bits &- 1
    }
    return total
  }
}
