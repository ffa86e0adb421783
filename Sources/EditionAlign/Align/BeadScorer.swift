import Foundation

/// Scores a bead — a run of source sentences against a run of target sentences — as a
/// log-likelihood ratio against chance:
/// - a prior for its shape (Gale & Church's frequencies, tilted toward the side with more
///   sentences, then re-estimated from a first alignment);
/// - Gale & Church's length term, with the character ratio and variance estimated from the
///   two editions, not fixed;
/// - the lexical evidence: each item (word, phrase, name, number) of either side scores
///   log(q / chance) when the other side matches it and log((1 − q) / (1 − chance)) when
///   not, where q is how often items of true pairs match (estimated) and chance how often a
///   random bead of that many sentences would match it — so a bead of more sentences earns
///   no credit for matches it makes by chance;
/// - a soft preference for paragraph boundaries.
struct BeadScorer {
  /// The bead shapes the search considers; the search and the priors refer to a shape by
  /// its place in this table (`shapeIndex`), 1-1 first.
  static let shapes: [BeadShape] = [
    BeadShape(1, 1), BeadShape(1, 2), BeadShape(2, 1), BeadShape(2, 2), BeadShape(1, 3), BeadShape(3, 1),
    BeadShape(1, 0), BeadShape(0, 1),
  ]
  /// The place of 1-1 in `shapes`.
  static let oneToOneIndex = 0
  /// The place of 0-1 in `shapes`: the one bead that stays in its source row, last, so that
  /// the search compares it last (`carryOmissions` relies on both).
  static let targetOmissionIndex = 7

  /// The place of `shape` in `shapes`, if the search considers it.
  static func shapeIndex(_ shape: BeadShape) -> Int? { shapes.firstIndex(of: shape) }

  let source: [SentenceFeatures]
  let target: [SentenceFeatures]
  /// Target characters per source character.
  var ratio: Double
  /// The aligner's tuning constants.
  let parameters: AlignmentParameters
  /// Variance of the length difference per character (Gale–Church's s²).
  var variance: Double
  /// Log prior of each shape, in the order of `shapes`.
  var logPriors: [Double]
  /// How often an item of a true pair finds its counterpart, per side (the lexical tables
  /// are made from them: `rebuildLexicalTables` after a change).
  var sourceRecall: Double
  var targetRecall: Double

  /// Per sentence: the log-likelihood ratio of its items when none is matched, and per item
  /// what a match adds — for beads whose other side has 1, 2, 3 sentences (lanes 1–3).
  private var sourceTable: LexicalTable
  private var targetTable: LexicalTable

  /// The prior ratio of the language pair (`LengthRatios`), or nil when unknown.
  let priorRatio: Double?
  /// Sentences held by the units before each position (prefix sums of `sentenceCount`);
  /// nil when every unit of either side is one sentence.
  private let sourceSentencesBefore: [Int]?
  private let targetSentencesBefore: [Int]?
  /// What a bead's score reads of each sentence, in arrays of their own: the search reads
  /// them millions of times, and the features around them are large.
  private let sourceSide: Side
  private let targetSide: Side
  /// `paragraphTerm` of every combination of what it reads (`SideTerms`): bit 3 the source
  /// sentences cross a paragraph boundary, bit 2 the target's, bit 1 the source's last ends
  /// a paragraph, bit 0 the target's.
  private let paragraphValues: [Double]
  /// `SideTerms` of the beads ending before each sentence of a side, 0…count.
  let sourceTerms: [SideTerms]
  let targetTerms: [SideTerms]

  /// Per side: prefix sums of lengths (whole numbers of characters, so sums are exact) and of
  /// matchable items; each sentence's paragraph and whether it ends it.
  private struct Side {
    let lengthBefore: [Double]
    let matchableBefore: [Int]
    let paragraph: [Int]
    let endsParagraph: [Bool]

    init(_ sentences: [SentenceFeatures]) {
      lengthBefore = BeadScorer.prefixSums(sentences.map(\.length))
      matchableBefore = BeadScorer.prefixSums(sentences.map(\.matchableCount))
      paragraph = sentences.map(\.paragraph)
      endsParagraph = sentences.map(\.endsParagraph)
    }
  }

  init(
    source: [SentenceFeatures], target: [SentenceFeatures], priorRatio: Double? = nil,
    parameters: AlignmentParameters = .standard, lexicalTables: Bool = true
  ) {
    self.source = source
    self.target = target
    self.priorRatio = priorRatio
    self.parameters = parameters
    variance = parameters.lengthVariance
    let sourceLength = source.reduce(0) { $0 + $1.length }
    let targetLength = target.reduce(0) { $0 + $1.length }
    let observed = sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 0
    ratio = LengthRatios.blend(
      prior: priorRatio, observed: observed, evidence: min(sourceLength, targetLength),
      priorWeight: parameters.ratioPriorWeightInCharacters)
    let tilt = target.count > 0 && source.count > 0 ? log(Double(target.count) / Double(source.count)) : 0
    // Tilted toward the side with more sentences: a bead of more target sentences is likelier
    // where the target edition has more of them.
    logPriors = Self.shapes.map { shape in
      let p = parameters
      let prior: Double
      switch (min(shape.source, shape.target), max(shape.source, shape.target)) {
      case (1, 1): prior = p.oneToOnePrior
      case (1, 2): prior = p.oneToTwoPrior
      case (2, 2): prior = p.twoToTwoPrior
      case (1, 3): prior = p.oneToThreePrior
      default: prior = p.omissionPrior
      }
      let lean = shape.isOmission ? 0 : (shape.target > shape.source ? tilt : (shape.target < shape.source ? -tilt : 0))
      return log(prior) + lean
    }
    sourceRecall = parameters.initialRecall
    targetRecall = parameters.initialRecall
    // (A scorer about to be re-estimated makes its tables then, once.)
    (sourceTable, targetTable) =
      lexicalTables
      ? LexicalTable.pair(source, q: sourceRecall, target, q: targetRecall, parameters: parameters) : (.empty, .empty)
    let severalSentences = source.contains { $0.sentenceCount > 1 } || target.contains { $0.sentenceCount > 1 }
    sourceSentencesBefore = severalSentences ? Self.prefixSums(source.map(\.sentenceCount)) : nil
    targetSentencesBefore = severalSentences ? Self.prefixSums(target.map(\.sentenceCount)) : nil
    let (sourceSide, targetSide) = (Side(source), Side(target))
    let sentencesBefore = (sourceSentencesBefore, targetSentencesBefore)
    (self.sourceSide, self.targetSide) = (sourceSide, targetSide)
    sourceTerms = (0...source.count).map { Self.terms(sourceSide, sentencesBefore.0, endingAt: $0) }
    targetTerms = (0...target.count).map { Self.terms(targetSide, sentencesBefore.1, endingAt: $0) }
    paragraphValues = (0..<16).map { index in
      Self.paragraphTerm(
        crossesSource: index & 8 != 0, crossesTarget: index & 4 != 0, sourceEnds: index & 2 != 0,
        targetEnds: index & 1 != 0, parameters: parameters)
    }
  }

  /// Makes the lexical tables from the recall of each side.
  mutating func rebuildLexicalTables() {
    (sourceTable, targetTable) = LexicalTable.pair(
      source, q: sourceRecall, target, q: targetRecall, parameters: parameters)
  }

  /// 0, then the running totals of `counts` (one more element than `counts`).
  private static func prefixSums<Number: AdditiveArithmetic>(_ counts: [Number]) -> [Number] {
    var sums = [Number.zero]
    sums.reserveCapacity(counts.count + 1)
    var total = Number.zero
    for count in counts {
      total += count
      sums.append(total)
    }
    return sums
  }

  /// The score of the bead `source[i0..<i1]` ↔ `target[j0..<j1]`, its share of matched
  /// items (0…1), and its length log-probability.
  func score(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int, shape: Int, pairs: PairMatrix) -> (
    total: Double, similarity: Double, length: Double
  ) {
    var total = logPriors[shape]
    if i1 == i0 || j1 == j0 { return (total, 0, 0) }
    let length = lengthTerm(i0, i1, j0, j1)
    let (lexical, matchedItems) = lexicalTerm(i0, i1, j0, j1, pairs: pairs, countingMatches: true)
    let allItems =
      sourceSide.matchableBefore[i1] - sourceSide.matchableBefore[i0] + targetSide.matchableBefore[j1]
      - targetSide.matchableBefore[j0]
    total +=
      parameters.lengthWeight * length + parameters.lexicalWeight * lexical + paragraphTerm(i0, i1, j0, j1)
      + sentenceCountTerm(i0, i1, j0, j1)
    let similarity = allItems == 0 ? 0 : Double(matchedItems) / Double(allItems)
    return (total, similarity, length)
  }

  /// The length log-probability of a bead of two non-empty sides.
  @inline(__always)
  private func lengthTerm(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
    let sourceLength = sourceSide.lengthBefore[i1] - sourceSide.lengthBefore[i0]
    let targetLength = targetSide.lengthBefore[j1] - targetSide.lengthBefore[j0]
    return Self.lengthLogProbability(
      sourceLength, targetLength, ratio: ratio, variance: variance, floor: parameters.lengthLogProbabilityFloor)
  }

  /// The lexical log-likelihood ratio of a bead of two non-empty sides, and (when
  /// `countingMatches`) how many of its items are matched.
  @inline(__always)
  func lexicalTerm(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int, pairs: PairMatrix, countingMatches: Bool) -> (
    Double, Int
  ) {
    var lexical = 0.0
    var matchedItems = 0
    // Each pair's masks fetched once, into one register a sentence: a bead spans at most
    // 3 sentences a side (`shapes`). (A vector indexed by sentence stalled on its partial writes.)
    var (s0, s1, s2): (UInt64, UInt64, UInt64) = (0, 0, 0)
    var (t0, t1, t2): (UInt64, UInt64, UInt64) = (0, 0, 0)
    for i in i0..<i1 {
      for j in j0..<j1 {
        let (s, t) = pairs.masks(i, j)
        switch i - i0 {
        case 0: s0 |= s
        case 1: s1 |= s
        default: s2 |= s
        }
        switch j - j0 {
        case 0: t0 |= t
        case 1: t1 |= t
        default: t2 |= t
        }
      }
    }
    for i in i0..<i1 {
      let mask = i == i0 ? s0 : (i == i0 + 1 ? s1 : s2)
      lexical += sourceTable.sum(i, mask, lane: j1 - j0)
      if countingMatches { matchedItems += mask.nonzeroBitCount }
    }
    for j in j0..<j1 {
      let mask = j == j0 ? t0 : (j == j0 + 1 ? t1 : t2)
      lexical += targetTable.sum(j, mask, lane: i1 - i0)
      if countingMatches { matchedItems += mask.nonzeroBitCount }
    }
    return (lexical, matchedItems)
  }

  /// The lexical log-likelihood ratio of source sentence `i` with items `mask` matched, in a
  /// bead of `lane` target sentences (what `lexicalTerm` adds for it).
  @inline(__always)
  func sourceSum(_ i: Int, _ mask: UInt64, lane: Int) -> Double { sourceTable.sum(i, mask, lane: lane) }

  /// The same of target sentence `j` in a bead of `lane` source sentences.
  @inline(__always)
  func targetSum(_ j: Int, _ mask: UInt64, lane: Int) -> Double { targetTable.sum(j, mask, lane: lane) }

  /// Units that hold several sentences (lines of presplit input) pair with as many sentences
  /// of the other side: the bead gains as far as its sentence counts agree better than its
  /// unit counts do, and loses as far as they agree worse. Zero where every unit is one sentence.
  @inline(__always)
  private func sentenceCountTerm(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
    guard let sourceSentences = sourceSentencesBefore, let targetSentences = targetSentencesBefore else { return 0 }
    return Self.sentenceCountTerm(
      i1 - i0, j1 - j0, sourceSentences[i1] - sourceSentences[i0], targetSentences[j1] - targetSentences[j0],
      weight: parameters.sentenceCountWeight)
  }

  /// The sentence-count term of a bead of `di` and `dj` units that hold `sourceSentences` and
  /// `targetSentences` sentences.
  @inline(__always)
  private static func sentenceCountTerm(
    _ di: Int, _ dj: Int, _ sourceSentences: Int, _ targetSentences: Int, weight: Double
  ) -> Double {
    weight * Double(abs(di - dj) - abs(sourceSentences - targetSentences))
  }

  /// Crossing a paragraph boundary on one side costs; ending a paragraph on both sides pays a little.
  @inline(__always)
  private func paragraphTerm(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
    Self.paragraphTerm(
      crossesSource: sourceSide.paragraph[i0] != sourceSide.paragraph[i1 - 1],
      crossesTarget: targetSide.paragraph[j0] != targetSide.paragraph[j1 - 1],
      sourceEnds: sourceSide.endsParagraph[i1 - 1], targetEnds: targetSide.endsParagraph[j1 - 1],
      parameters: parameters)
  }

  @inline(__always)
  private static func paragraphTerm(
    crossesSource: Bool, crossesTarget: Bool, sourceEnds: Bool, targetEnds: Bool, parameters: AlignmentParameters
  ) -> Double {
    var term = 0.0
    let cost = parameters.paragraphCrossingCost
    let bonus = parameters.paragraphEndBonus
    if crossesSource { term -= cost }
    if crossesTarget { term -= cost }
    if sourceEnds && targetEnds { term += bonus } else if sourceEnds != targetEnds { term -= bonus }
    return term
  }

  /// What the paragraph and sentence-count terms read of one side of the beads that end
  /// before its sentence k (the last one to three sentences of a bead), worked out once a
  /// sentence rather than once a bead of the search.
  struct SideTerms {
    /// Bit d − 1: the last d sentences cross a paragraph boundary.
    var crossing: UInt8 = 0
    /// Sentence k − 1 ends a paragraph.
    var ends = false
    /// Lane d: the sentences the last d units hold (lanes 1–3).
    var sentences = SIMD4<Int32>(repeating: 0)
  }

  private static func terms(_ side: Side, _ sentencesBefore: [Int]?, endingAt k: Int) -> SideTerms {
    var terms = SideTerms()
    guard k >= 1 else { return terms }
    terms.ends = side.endsParagraph[k - 1]
    for d in 1...min(3, k) {
      if side.paragraph[k - d] != side.paragraph[k - 1] { terms.crossing |= 1 << UInt8(d - 1) }
      if let sentencesBefore { terms.sentences[d] = Int32(sentencesBefore[k] - sentencesBefore[k - d]) }
    }
    return terms
  }

  /// What the search needs of the bead `source[i0..<i1]` ↔ `target[j0..<j1]` (both sides
  /// non-empty) that would follow a path scoring `previous`, given its prior and its lexical
  /// term (`lexicalTerm`, as `CellLexicon` adds it up) and the sides' terms at its end: the
  /// path's new score (`previous` + `score(…).total`, the same number), or nil when it cannot
  /// beat `best` — told before the length term is worked out, the costliest part, which is at
  /// most 0.
  @inline(__always)
  func extend(
    _ previous: Double, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int, shape: Int, prior: Double, lexical: Double,
    best: Double, source: SideTerms, target: SideTerms
  ) -> Double? {
    let (di, dj) = (i1 - i0, j1 - j0)
    let index =
      Int((source.crossing >> UInt8(di - 1)) & 1) << 3 | Int((target.crossing >> UInt8(dj - 1)) & 1) << 2
      | (source.ends ? 2 : 0) | (target.ends ? 1 : 0)
    let weightedLexical = parameters.lexicalWeight * lexical
    let paragraph = paragraphValues[index]
    let sentences =
      sourceSentencesBefore == nil
      ? 0
      : Self.sentenceCountTerm(
        di, dj, Int(source.sentences[di]), Int(target.sentences[dj]), weight: parameters.sentenceCountWeight)
    // (The margin covers the rounding of a sum without the length term.)
    if parameters.lengthWeight >= 0 && previous + (prior + ((weightedLexical + paragraph) + sentences)) + 1e-6 < best {
      return nil
    }
    let length = lengthTerm(i0, i1, j0, j1)
    return previous + (prior + (((parameters.lengthWeight * length + weightedLexical) + paragraph) + sentences))
  }

  /// log P(|δ|) of Gale & Church, δ = (l₂ − c·l₁) / (c·√(s²·(l₁ + l₂/c)/2)).
  static func lengthLogProbability(_ l1: Double, _ l2: Double, ratio: Double, variance: Double, floor: Double = -40)
    -> Double
  {
    let mean = (l1 + l2 / ratio) / 2
    let delta = abs(l2 - ratio * l1) / (ratio * (variance * max(mean, 1)).squareRoot())
    let tail = erfc(delta / 2.0.squareRoot())  // 2·(1 − Φ(|δ|))
    return max(log(max(tail, 1e-300)), floor)
  }
}
