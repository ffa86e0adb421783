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
    var sourceFrequency: [Int32: Int] = [:]
    var targetFrequency: [Int32: Int] = [:]
    for sentence in source { for key in sentence.inducible { sourceFrequency[key, default: 0] += 1 } }
    for sentence in target { for key in sentence.inducible { targetFrequency[key, default: 0] += 1 } }
    var together: [Pair: Int] = [:]
    for bead in beads
    where !bead.source.isEmpty && !bead.target.isEmpty
      && bead.source.count + bead.target.count <= parameters.inductionMaximumBeadSentences
    {
      let left = Set(bead.source.flatMap { source[$0].inducible })
      let right = Set(bead.target.flatMap { target[$0].inducible })
      // Words seen too often are no translation clue: the link holds them by chance.
      for a in left where (sourceFrequency[a] ?? 0) <= frequent {
        for b in right where (targetFrequency[b] ?? 0) <= frequent {
          together[Pair(source: a, target: b), default: 0] += 1
        }
      }
    }
    var result: [Pair] = []
    for (pair, count) in together where count >= minimumCount {
      let share = Double(count) / Double(max(sourceFrequency[pair.source] ?? 1, targetFrequency[pair.target] ?? 1))
      if share >= minimumShare { result.append(pair) }
    }
    return result.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
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
