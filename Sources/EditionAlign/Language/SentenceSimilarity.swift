/// How much of two sentences' evidence (words, names, numbers) matches, for any sentence
/// of one edition against any of the other: the aligner's features, read one pair at a time.
struct SentenceSimilarity {
  private let source: [SentenceFeatures]
  private let target: [SentenceFeatures]

  init(_ source: Edition, _ target: Edition, lexicon: Lexicon?) {
    (self.source, self.target) = FeatureExtractor(lexicon: lexicon).extract(source, target)
  }

  /// The share of both sentences' matchable items that the other matches, 0…1.
  func callAsFunction(_ i: Int, _ j: Int) -> Double {
    let (a, b) = (source[i], target[j])
    let (ma, mb) = SentenceFeatures.matches(a, b)
    let all = a.matchableCount + b.matchableCount
    return all == 0 ? 0 : Double(ma.nonzeroBitCount + mb.nonzeroBitCount) / Double(all)
  }
}
