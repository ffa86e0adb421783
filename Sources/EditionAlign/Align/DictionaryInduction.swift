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
    // The co-occurring pairs of each link, links in parallel stretches.
    let inducible = beads.filter {
      !$0.source.isEmpty && !$0.target.isEmpty
        && $0.source.count + $0.target.count <= parameters.inductionMaximumBeadSentences
    }
    let stretches = Parallel.map(Array(stride(from: 0, to: inducible.count, by: 1024)), minimumPerChunk: 1) {
      start -> [UInt64] in
      var together: [UInt64] = []
      for bead in inducible[start..<min(inducible.count, start + 1024)] {
        // (A sentence's inducible words are sorted and distinct already: most beads are 1-1.)
        let left =
          bead.source.count == 1
          ? source[bead.source[0]].inducible : bead.source.flatMap { source[$0].inducible }.sortedDistinct()
        let right =
          bead.target.count == 1
          ? target[bead.target[0]].inducible : bead.target.flatMap { target[$0].inducible }.sortedDistinct()
        // Words seen too often are no translation clue: the link holds them by chance. A
        // word in fewer sentences than `minimumCount` is in fewer links (the links hold
        // sentences apart), so none of its pairs is kept: most words of a short document.
        for a in left where sourceFrequency[Int(a)] <= frequent && sourceFrequency[Int(a)] >= minimumCount {
          for b in right where targetFrequency[Int(b)] <= frequent && targetFrequency[Int(b)] >= minimumCount {
            together.append(UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)))
          }
        }
      }
      return together
    }
    let together = Parallel.sorted(Array(stretches.joined()))
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
  /// Gives the places of the sentences of each side it made again (the others are as they were).
  @discardableResult
  static func apply(
    _ pairs: [Pair], source: inout [SentenceFeatures], target: inout [SentenceFeatures], firstKey: Int32
  ) -> (source: [Int], target: [Int]) {
    (
      add(LearnedKeys(pairs.enumerated().map { ($1.source, firstKey + Int32($0)) }), to: &source),
      add(LearnedKeys(pairs.enumerated().map { ($1.target, firstKey + Int32($0)) }), to: &target)
    )
  }

  /// The learned keys of each word of one side, by the word's key (ids are dense: in arrays).
  private struct LearnedKeys: Sendable {
    /// Where each word's learned keys start in `keys`, and one more.
    private var starts: [Int32]
    private var keys: [Int32]

    /// From (word, learned key) in the order the pairs come.
    init(_ learned: [(word: Int32, key: Int32)]) {
      let bound = Int(learned.map(\.word).max() ?? -1) + 1
      var starts = [Int32](repeating: 0, count: bound + 1)
      for (word, _) in learned { starts[Int(word) + 1] += 1 }
      for k in stride(from: 1, to: starts.count, by: 1) { starts[k] += starts[k - 1] }
      var next = starts
      var keys = [Int32](repeating: 0, count: learned.count)
      for (word, key) in learned {
        keys[Int(next[Int(word)])] = key
        next[Int(word)] += 1
      }
      (self.starts, self.keys) = (starts, keys)
    }

    /// The keys learned for `word`, in the order of the pairs; empty for most words.
    func of(_ word: Int32) -> ArraySlice<Int32> {
      guard Int(word) + 1 < starts.count else { return [] }
      return keys[Int(starts[Int(word)])..<Int(starts[Int(word) + 1])]
    }
  }

  /// Adds the learned keys to `sentences`; gives the places of the sentences made again.
  private static func add(_ keys: LearnedKeys, to sentences: inout [SentenceFeatures]) -> [Int] {
    // A sentence no learned pair touches is whole already when every item is in its entries;
    // every other sentence's key set is made whole again (all its items' keys), as before
    // indexing — sentences apart, so in parallel.
    let touched = sentences.indices.filter { k in
      !sentences[k].holdsEveryItemInEntries || sentences[k].inducible.contains(where: { !keys.of($0).isEmpty })
    }
    Parallel.update(&sentences, at: touched) { sentence in
      var itemKeys = sentence.itemKeys()
      for word in sentence.inducible {
        let learned = keys.of(word)
        guard !learned.isEmpty else { continue }
        if let item = itemKeys.firstIndex(where: { $0.contains(word) }) {
          itemKeys[item] += learned
        } else {
          sentence.items.append(.init(weight: 1))
          itemKeys.append(ItemKeys(learned))
        }
      }
      sentence.setKeys(itemKeys)
    }
    return touched
  }
}
