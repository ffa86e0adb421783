/// One pair of a parallel corpus: a link and the text of its sentences on each side
/// (sentences of a side joined with a space; empty for the missing side of an omission).
public struct CorpusPair: Hashable, Sendable {
  public var link: Link
  public var sourceText: String
  public var targetText: String

  public init(link: Link, sourceText: String, targetText: String) {
    self.link = link
    self.sourceText = sourceText
    self.targetText = targetText
  }
}

/// Which links of an alignment become corpus pairs; shared by every format that filters.
public struct CorpusFilter: Hashable, Sendable {
  /// Links scoring below this are dropped.
  public var minimumScore: Double?
  /// Keep 1-0 and 0-1 links (one side empty).
  public var keepOmissions: Bool
  /// Keep only links of one sentence on each side.
  public var oneToOne: Bool
  /// Drop a pair whose two texts equal those of an earlier pair.
  public var dropDuplicates: Bool

  public init(minimumScore: Double? = nil, keepOmissions: Bool = false, oneToOne: Bool = false, dropDuplicates: Bool = false) {
    self.minimumScore = minimumScore
    self.keepOmissions = keepOmissions
    self.oneToOne = oneToOne
    self.dropDuplicates = dropDuplicates
  }

  /// The pairs of `alignment` this filter keeps, in document order.
  public func pairs(_ alignment: Alignment) -> [CorpusPair] {
    let sourceSentences = alignment.source.sentences, targetSentences = alignment.target.sentences
    var seen = Set<[String]>()
    var pairs: [CorpusPair] = []
    for link in alignment.links {
      if let minimumScore, link.score < minimumScore { continue }
      if link.isOmission && !keepOmissions { continue }
      if oneToOne && (link.source.count != 1 || link.target.count != 1) { continue }
      let pair = CorpusPair(
        link: link, sourceText: link.source.map { sourceSentences[$0].text }.joined(separator: " "),
        targetText: link.target.map { targetSentences[$0].text }.joined(separator: " "))
      if dropDuplicates && !seen.insert([pair.sourceText, pair.targetText]).inserted { continue }
      pairs.append(pair)
    }
    return pairs
  }
}
