import Foundation

/// How to align.
public struct AlignOptions: Sendable {
  /// A bilingual lexicon added to the built-in one (hunalign's `english @ foreign` format).
  public var dictionary: Lexicon?
  /// Use the built-in Korean–English news lexicon for ko–en pairs.
  public var useBuiltInLexicon = true
  /// The aligner's tuning constants (band widths, priors, weights).
  public var parameters = AlignmentParameters.standard

  public init(dictionary: Lexicon? = nil) { self.dictionary = dictionary }
}

/// Aligns the sentences of two editions: the library face of `edalign align`.
///
/// Two passes: sure 1-1 anchors (shared rare numbers, names and words forming a monotone
/// chain) give a path, the bead search runs in a band around it; then the length variance
/// and shape priors are re-estimated from that alignment and the search runs once more in
/// a narrow band around it. Time and memory grow linearly with the documents.
public struct Aligner: Sendable {
  public var options: AlignOptions

  public init(options: AlignOptions = AlignOptions()) { self.options = options }

  /// The alignment of `source` (the first file) with `target`.
  public func align(_ source: Edition, _ target: Edition) -> Alignment {
    let lexicon = lexicon(for: source.language, target.language)
    var (sourceFeatures, targetFeatures) = FeatureExtractor(lexicon: lexicon).extract(source, target)
    let beads = search(
      &sourceFeatures, &targetFeatures, priorRatio: LengthRatios.prior(source: source.language, target: target.language)
    )
    return Alignment(source: source, target: target, links: beads)
  }

  /// The lexicon for a language pair: the built-in one for ko–en, plus the user's.
  func lexicon(for a: Language, _ b: Language) -> Lexicon? {
    Lexicon.forPair(a, b, builtIn: options.useBuiltInLexicon, adding: options.dictionary)
  }

  /// The links of the best path, in two passes. The features are rewritten in place for the
  /// second pass (learned words, chances), so they are taken `inout`.
  func search(_ source: inout [SentenceFeatures], _ target: inout [SentenceFeatures], priorRatio: Double?) -> [Link] {
    let n = source.count
    let m = target.count
    if n == 0 || m == 0 {
      return (0..<n).map { Link(source: [$0], target: [], score: 0.5) }
        + (0..<m).map { Link(source: [], target: [$0], score: 0.5) }
    }
    let parameters = options.parameters
    let full = (n + 1) * (m + 1) <= parameters.fullSearchCells
    // The first pass's scorer, pair matrix and search are made and dropped in this scope,
    // so that the features they hold are unique again when the second pass rewrites them
    // (one copy of every sentence's features in memory, not two).
    var beads: [Bead]
    var learned: [DictionaryInduction.Pair]
    do {
      let search = AlignmentSearch(
        scorer: BeadScorer(source: source, target: target, priorRatio: priorRatio, parameters: parameters),
        pairs: PairMatrix(source: source, target: target))
      let firstBand =
        full ? .full(n, m) : AlignmentSearch.Band.around(search.anchors(), n: n, m: m, width: parameters.bandWidth)
      beads = search.bestPath(firstBand)
      learned = DictionaryInduction.pairs(beads, source: source, target: target, parameters: parameters)
    }
    // Second pass: words learned from the first alignment; length ratio, shape priors and
    // item recall re-estimated from it.
    if !learned.isEmpty {
      // (A sentence's entries are sorted by key: its last is its highest.)
      let highest = max(
        source.reduce(Int32(0)) { max($0, $1.entryKeys.last ?? 0) },
        target.reduce(Int32(0)) { max($0, $1.entryKeys.last ?? 0) })
      let remade = DictionaryInduction.apply(learned, source: &source, target: &target, firstKey: highest + 1)
      // Only the sentences made again have chances to set again: the others' keys are counted
      // in the other edition as they were — unless a source sentence made again holds more
      // items than its entries keep (the items its entries keep may have changed).
      FeatureExtractor.setChances(&source, other: target, only: remade.source)
      let sourceKeepsItsEntries = remade.source.allSatisfy { source[$0].holdsEveryItemInEntries }
      FeatureExtractor.setChances(&target, other: source, only: sourceKeepsItsEntries ? remade.target : nil)
    }
    var scorer = BeadScorer(
      source: source, target: target, priorRatio: priorRatio, parameters: parameters, lexicalTables: false)
    let pairs = PairMatrix(source: source, target: target)
    scorer.reestimate(from: beads)
    let search = AlignmentSearch(scorer: scorer, pairs: pairs)
    let secondBand =
      full
      ? .full(n, m)
      : AlignmentSearch.Band.around(
        Self.spans(beads).map { ($0.source.upperBound, $0.target.upperBound) }, n: n, m: m,
        width: max(parameters.minimumSecondBandWidth, parameters.bandWidth / parameters.secondBandDivisor))
    beads = search.bestPath(secondBand)
    let finalScorer = scorer
    return Parallel.map(Array(zip(beads, Self.spans(beads))), minimumPerChunk: 1024) { bead, span in
      let shape = BeadScorer.shapeIndex(bead.shape) ?? BeadScorer.oneToOneIndex
      let scored = finalScorer.score(
        span.source.lowerBound, span.source.upperBound, span.target.lowerBound, span.target.upperBound, shape: shape,
        pairs: pairs)
      let evidence = LinkEvidence(similarity: scored.similarity, lengthLogProbability: scored.length)
      return Link(
        source: bead.source, target: bead.target,
        score: LinkConfidence.probability(shape: bead.shape, evidence: evidence),
        evidence: evidence)
    }
  }

  /// The sentence ranges each bead of a path spans; an empty side stands where the side's
  /// bead before it ended.
  static func spans(_ path: [Bead]) -> [(source: Range<Int>, target: Range<Int>)] {
    var i = 0
    var j = 0
    return path.map { bead in
      let source = bead.source.first.map { $0..<($0 + bead.source.count) } ?? i..<i
      let target = bead.target.first.map { $0..<($0 + bead.target.count) } ?? j..<j
      (i, j) = (source.upperBound, target.upperBound)
      return (source, target)
    }
  }
}

extension BeadScorer {
  /// Re-estimates the length ratio, the shape priors and the item recall from an alignment,
  /// and makes the lexical tables for that recall.
  mutating func reestimate(from beads: [Bead]) {
    // The length ratio of the text the first pass paired one to one.
    var pairedSource = 0.0
    var pairedTarget = 0.0
    for bead in beads where bead.shape.isOneToOne {
      pairedSource += source[bead.source[0]].length
      pairedTarget += target[bead.target[0]].length
    }
    if pairedSource > 0 && pairedTarget > 0 {
      ratio = LengthRatios.blend(
        prior: priorRatio, observed: pairedTarget / pairedSource, evidence: min(pairedSource, pairedTarget),
        priorWeight: parameters.ratioPriorWeightInCharacters)
    }
    // The length variance stays fixed (see `AlignmentParameters.lengthVariance`).
    var shapeCounts = [Double](repeating: 1, count: Self.shapes.count)  // add-one smoothing
    for bead in beads { if let k = Self.shapeIndex(bead.shape) { shapeCounts[k] += 1 } }
    // How often items of 1-1 links found their counterpart: the recall q of each side.
    // (Whole numbers, so the sums are the same in any order: the links are matched in parallel.)
    let (source, target) = (self.source, self.target)
    let counts = Parallel.map(beads.filter(\.shape.isOneToOne), minimumPerChunk: 512) { bead in
      let (i, j) = (bead.source[0], bead.target[0])
      let masks = SentenceFeatures.matches(source[i], target[j])
      return SIMD4(
        masks.0.nonzeroBitCount, masks.1.nonzeroBitCount, source[i].matchableCount, target[j].matchableCount)
    }
    let sums = counts.reduce(SIMD4<Int>(repeating: 0), &+)
    let matched = SIMD2(Double(sums[0]), Double(sums[1]))
    let items = SIMD2(Double(sums[2]), Double(sums[3]))
    let bounds = parameters.recallBounds
    let least = Double(parameters.minimumItemsToReestimateRecall)
    if items[0] >= least { sourceRecall = min(bounds.upperBound, max(bounds.lowerBound, matched[0] / items[0])) }
    if items[1] >= least { targetRecall = min(bounds.upperBound, max(bounds.lowerBound, matched[1] / items[1])) }
    let total = shapeCounts.reduce(0, +)
    if beads.count >= parameters.minimumBeadsToReestimatePriors {
      for k in logPriors.indices { logPriors[k] = (logPriors[k] + log(shapeCounts[k] / total)) / 2 }
    }
    rebuildLexicalTables()
  }
}

/// The probability that a link is right, from its shape, lexical similarity and length
/// term: a logistic model per shape class (1-1; the other two-sided shapes; omissions).
///
/// Fitted by `scripts/fit-link-confidence` on the 30 ko-en-park-news-dev documents of
/// `scripts/make-park-documents` and a noisy copy of each in which every seventh Korean line
/// is a stranger (1,666 links: 1,127 1-1, 369 other, 170 omissions; a link is right when it
/// is exactly a gold bead). There, the precision of links scoring ≥ 0.5 / 0.8 / 0.9 / 0.95
/// is 0.896 / 0.940 / 0.976 / 0.979, against 0.887 for all links.
enum LinkConfidence {
  /// (intercept, similarity, length log-probability) per shape class: 1-1, many, omission.
  static let coefficients: [(Double, Double, Double)] = [
    (0.349, 4.428, 0.126), (-1.315, 3.884, 0.134), (1.515, 0.000, 0.000),
  ]

  static func probability(shape: BeadShape, evidence: LinkEvidence) -> Double {
    let k = shape.isOmission ? 2 : (shape.isOneToOne ? 0 : 1)
    let (a, b, c) = coefficients[k]
    let z = a + b * evidence.similarity + c * evidence.lengthLogProbability
    return (1 / (1 + exp(-z)) * 1000).rounded() / 1000
  }
}
