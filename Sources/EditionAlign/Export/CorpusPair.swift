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

  public init(
    minimumScore: Double? = nil, keepOmissions: Bool = false, oneToOne: Bool = false, dropDuplicates: Bool = false
  ) {
    self.minimumScore = minimumScore
    self.keepOmissions = keepOmissions
    self.oneToOne = oneToOne
    self.dropDuplicates = dropDuplicates
  }

  /// The pairs of `alignment` this filter keeps, in document order.
  public func pairs(_ alignment: Alignment) -> [CorpusPair] {
    let sourceSentences = alignment.source.sentences
    let targetSentences = alignment.target.sentences
    var seen = Set<[String]>()
    var pairs: [CorpusPair] = []
    for link in alignment.links {
      if let minimumScore, link.score < minimumScore { continue }
      if link.isOmission && !keepOmissions { continue }
      if oneToOne && (link.source.count != 1 || link.target.count != 1) { continue }
      let pair = CorpusPair(
        link: link, sourceText: Self.text(link.source, sourceSentences),
        targetText: Self.text(link.target, targetSentences))
      if dropDuplicates && !seen.insert([pair.sourceText, pair.targetText]).inserted { continue }
      pairs.append(pair)
    }
    return pairs
  }

  /// About how many bytes a line format needs for `pairs`: their texts and `perPair` more a
  /// pair, reserved up front so that a long document's output is not copied as it grows.
  public static func estimatedSize(_ pairs: [CorpusPair], perPair: Int) -> Int {
    pairs.reduce(0) { $0 + $1.sourceText.utf8.count + $1.targetText.utf8.count + perPair }
  }

  /// The sentences `ids` joined with a space; one sentence's own text (its storage shared,
  /// not copied) for the one-sentence side of most links.
  private static func text(_ ids: [Int], _ sentences: [Sentence]) -> String {
    ids.count == 1 ? sentences[ids[0]].text : ids.map { sentences[$0].text }.joined(separator: " ")
  }
}
