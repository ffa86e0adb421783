/// Every tuning constant of the aligner, in one place: what each is and where its value
/// comes from. Someone re-tuning with `scripts/eval-alignment` changes these (through
/// `AlignOptions.parameters`) and nothing else.
///
/// "Set on the evaluation sets" means chosen by hand while watching `scripts/eval-alignment`
/// (the seed pair, `Fixtures/pairs/`, the ko-en-park-news-dev documents, Text+Berg de–fr and
/// MAC-Dev zh–en); no fit of it is recorded beyond the note given. The link-score model is
/// fitted, not tuned (`LinkConfidence`, `scripts/fit-link-confidence`), and the languages'
/// length ratios are measured (`LengthRatios`).
public struct AlignmentParameters: Hashable, Sendable {
  // MARK: Shape priors

  /// Prior probability of a 1-1 bead: Gale & Church (1993), Table 5 (0.89).
  public var oneToOnePrior = 0.89
  /// Prior of a 1-2 bead, and of a 2-1: half of Gale & Church's 0.089 for the two together.
  public var oneToTwoPrior = 0.045
  /// Prior of a 2-2 bead: Gale & Church give 0.011; set lower on the evaluation sets, where
  /// 2-2 beads were mostly two 1-1 beads merged.
  public var twoToTwoPrior = 0.004
  /// Prior of a 1-3 bead, and of a 3-1 (Gale & Church do not consider them): set on the
  /// evaluation sets, as rare as an omission.
  public var oneToThreePrior = 0.005
  /// Prior of an omission, 1-0 or 0-1: about half of Gale & Church's 0.0099 for the two.
  public var omissionPrior = 0.005
  /// Beads a first pass must have before the shape priors are re-estimated from it (each
  /// re-estimated prior is the mean of the prior above and the first pass's frequency, with
  /// add-one smoothing).
  public var minimumBeadsToReestimatePriors = 10

  // MARK: Length term

  /// Variance of the length difference per character, Gale & Church's s² = 6.8 (from their
  /// English–German–French data). Kept fixed: estimated from the first pass's 1-1 links
  /// (robustly, by the median) it comes out at 1.5–6 and loses 1–3 points of F1 on every
  /// evaluation set — the first pass keeps the pairs whose lengths agree, so the estimate is
  /// biased low.
  public var lengthVariance = 6.8
  /// Weight of the length log-probability in a bead's score (the lexical term has its own).
  public var lengthWeight = 1.0
  /// The floor of the length log-probability, so one badly matched length cannot outweigh
  /// every other signal (a probability of e⁻⁴⁰).
  public var lengthLogProbabilityFloor = -40.0
  /// Characters of aligned text that weigh as much as the language pair's prior length ratio
  /// (`LengthRatios`) when the two are blended: set on the evaluation sets (short articles
  /// say little about their own ratio; an omitted paragraph skews it).
  public var ratioPriorWeightInCharacters = 3_000.0

  // MARK: Lexical term

  /// Weight of the lexical term in a bead's score: set on the evaluation sets.
  public var lexicalWeight = 0.5
  /// How often an item (word, name, number) of a true pair finds its counterpart, before the
  /// first pass estimates it for each side: set on the evaluation sets, near what the first
  /// pass then measures on ko-en news (0.3–0.45).
  public var initialRecall = 0.4
  /// The bounds of the re-estimated recall.
  public var recallBounds: ClosedRange<Double> = 0.05...0.5
  /// Items a side's 1-1 links must hold before its recall is re-estimated.
  public var minimumItemsToReestimateRecall = 20
  /// How much a bead's chance matches grow with the sentences on the other side (0: not at
  /// all; 1: as if each sentence were drawn anew).
  public var chanceGrowth = 1.0
  /// The share of the "nothing matched" evidence an unmatchable item (one nothing on the
  /// other side can match) still gives: a sentence full of them is likely an omission. Set on
  /// the evaluation sets.
  public var unmatchablePenaltyShare = 0.75

  // MARK: Structure

  /// Per sentence by which a bead's sentence counts (of presplit units holding several
  /// sentences) agree better than its unit counts: 1–3 all gain 1–1.5 points of F1 on the
  /// park documents.
  public var sentenceCountWeight = 1.5
  /// What a bead pays for crossing a paragraph boundary on one side.
  public var paragraphCrossingCost = 1.0
  /// What a bead gains when it ends a paragraph on both sides, and pays when only one side
  /// ends one.
  public var paragraphEndBonus = 0.3

  // MARK: Search

  /// Half-width of the search band around the first-pass path (anchors), in sentences, for
  /// long documents: wide enough for the omissions of news editions (a dropped paragraph of
  /// up to ~15 sentences).
  public var bandWidth = 20
  /// The second pass's band: this share of `bandWidth` around the first alignment, and at
  /// least `minimumSecondBandWidth` sentences.
  public var secondBandDivisor = 3
  public var minimumSecondBandWidth = 8
  /// Documents with at most this many grid cells ((n + 1) × (m + 1)) are searched in full:
  /// about 630 × 630 sentences, a few tens of milliseconds.
  public var fullSearchCells = 400_000
  /// Anchors: a key shared by a candidate pair must occur in at most this many sentences of
  /// each side (rare numbers, names and words).
  public var anchorMaximumKeyFrequency = 3
  /// Anchors: the least share of matched items, and the least length log-probability, of a
  /// 1-1 candidate.
  public var anchorMinimumSimilarity = 0.3
  public var anchorMinimumLengthLogProbability = -6.0

  // MARK: Dictionary induction

  /// A word pair is learned when the two words share at least this many links of the first
  /// pass …
  public var inductionMinimumCount = 2
  /// … in at least this share of the sentences holding either word …
  public var inductionMinimumShare = 0.75
  /// … each word occurring in at most this many sentences (more often, a link holds it by
  /// chance) …
  public var inductionMaximumFrequency = 12
  /// … in links of at most this many sentences.
  public var inductionMaximumBeadSentences = 3

  public init() {}

  /// The defaults.
  public static let standard = AlignmentParameters()
}
