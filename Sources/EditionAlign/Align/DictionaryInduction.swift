/// Words of the two editions that translate each other, learned from a first alignment:
/// a word no signal covers on one side (a Korean word outside the lexicon, a German or
/// French word) and one on the other side that keep landing in the same links, and rarely
/// apart, are taken as a pair for the second pass — the way hunalign builds a dictionary
/// when it has none.
enum DictionaryInduction {
  /// A learned pair: the key of the word on each side.
  struct Pair: Hashable {
    var source: Int32
    var target: Int32
  }

  /// Pairs that co-occur in at least `minimumCount` links of `beads`, in at least
  /// `minimumShare` of the sentences holding either word.
  static func pairs(
    _ beads: [Bead], source: [SentenceFeatures], target: [SentenceFeatures], parameters: AlignmentParameters
  ) -> [Pair] {
    let (minimumCount, minimumShare) = (parameters.inductionMinimumCount, parameters.inductionMinimumShare)
    let frequent = parameters.inductionMaximumFrequency
    // Key ids are dense: frequencies in arrays; co-occurrences counted by sorting them.
    let sourceFrequency = frequencies(source)
    let targetFrequency = frequencies(target)
    var together: [UInt64] = []
    for bead in beads
    where !bead.source.isEmpty && !bead.target.isEmpty
      && bead.source.count + bead.target.count <= parameters.inductionMaximumBeadSentences
    {
      let left = Set(bead.source.flatMap { source[$0].inducible })
      let right = Set(bead.target.flatMap { target[$0].inducible })
      // Words seen too often are no translation clue: the link holds them by chance.
      for a in left where sourceFrequency[Int(a)] <= frequent {
        for b in right where targetFrequency[Int(b)] <= frequent {
          together.append(UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)))
        }
      }
    }
    together.sort()
    var result: [Pair] = []
    var run = together.startIndex
    while run < together.endIndex {
      let pair = together[run]
      var end = run + 1
      while end < together.endIndex && together[end] == pair { end += 1 }
      let count = end - run
      run = end
      guard count >= minimumCount else { continue }
      let a = Int32(bitPattern: UInt32(truncatingIfNeeded: pair >> 32))
      let b = Int32(bitPattern: UInt32(truncatingIfNeeded: pair))
      let share = Double(count) / Double(max(sourceFrequency[Int(a)], targetFrequency[Int(b)], 1))
      if share >= minimumShare { result.append(Pair(source: a, target: b)) }
    }
    return result.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
  }

  /// How many sentences hold each inducible key, by key id.
  private static func frequencies(_ sentences: [SentenceFeatures]) -> [Int] {
    let bound = sentences.reduce(0) { max($0, Int($1.inducible.last ?? -1) + 1) }
    var counts = [Int](repeating: 0, count: bound)
    for sentence in sentences { for key in sentence.inducible { counts[Int(key)] += 1 } }
    return counts
  }

  /// `source` and `target` with an item (or an extra key on the item holding the word) for
  /// each learned pair, in a key of its own above `firstKey`.
  static func apply(
    _ pairs: [Pair], source: inout [SentenceFeatures], target: inout [SentenceFeatures], firstKey: Int32
  ) {
    var sourceKeys: [Int32: [Int32]] = [:]
    var targetKeys: [Int32: [Int32]] = [:]
    for (n, pair) in pairs.enumerated() {
      let key = firstKey + Int32(n)
      sourceKeys[pair.source, default: []].append(key)
      targetKeys[pair.target, default: []].append(key)
    }
    add(sourceKeys, to: &source)
    add(targetKeys, to: &target)
  }

  private static func add(_ keys: [Int32: [Int32]], to sentences: inout [SentenceFeatures]) {
    // Every sentence's key set is made whole again (all its items' keys), as before indexing.
    for s in sentences.indices {
      // A sentence no learned pair touches is whole already when every item is in its entries.
      if sentences[s].holdsEveryItemInEntries && !sentences[s].inducible.contains(where: { keys[$0] != nil }) {
        continue
      }
      var itemKeys = sentences[s].itemKeys()
      for word in sentences[s].inducible {
        guard let learned = keys[word] else { continue }
        if let item = itemKeys.firstIndex(where: { $0.contains(word) }) {
          itemKeys[item] += learned
        } else {
          sentences[s].items.append(.init(weight: 1))
          itemKeys.append(ItemKeys(learned))
        }
      }
      sentences[s].setKeys(itemKeys)
    }
  }
}
