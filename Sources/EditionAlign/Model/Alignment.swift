/// A link between the two editions: a contiguous run of sentences of each (either may be
/// empty — an omission), with a score in 0…1 saying how surely they translate each other.
public struct Link: Hashable, Codable, Sendable {
  /// Body sentence indices of the first edition (contiguous, ascending).
  public var source: [Int]
  /// Body sentence indices of the second edition (contiguous, ascending).
  public var target: [Int]
  /// How surely the sentences are translations of each other, 0…1.
  public var score: Double
  /// What the score was made from, where the aligner made it.
  public var evidence: LinkEvidence?

  public init(source: [Int], target: [Int], score: Double, evidence: LinkEvidence? = nil) {
    self.source = source
    self.target = target
    self.score = score
    self.evidence = evidence
  }

  /// How many sentences of each side the link holds (`1-2`).
  public var shape: BeadShape { BeadShape(source.count, target.count) }
  /// Whether one side is empty: a sentence one edition has and the other lacks.
  public var isOmission: Bool { shape.isOmission }
}

/// The signals behind a link's score, for users who ask why (`--explain`).
public struct LinkEvidence: Hashable, Codable, Sendable {
  /// The share of both sides' matchable items (words, names, numbers, punctuation) that the
  /// other side matches, 0…1.
  public var similarity: Double
  /// Gale & Church's log-probability of the two sides' lengths (0 is a perfect fit).
  public var lengthLogProbability: Double

  public init(similarity: Double, lengthLogProbability: Double) {
    self.similarity = similarity
    self.lengthLogProbability = lengthLogProbability
  }
}

/// Two editions aligned: links in document order covering every body sentence of both
/// sides exactly once.
public struct Alignment: Hashable, Codable, Sendable {
  /// The first edition (the first file named).
  public var source: Edition
  /// The second edition.
  public var target: Edition
  public var links: [Link]

  public init(source: Edition, target: Edition, links: [Link]) {
    self.source = source
    self.target = target
    self.links = links
  }

  /// The mean link score, weighted by the sentences each link holds: how well the two
  /// editions correspond as a whole, 0…1.
  public var documentScore: Double {
    var total = 0.0
    var weight = 0.0
    for link in links {
      let w = Double(link.source.count + link.target.count)
      total += link.score * w
      weight += w
    }
    return weight == 0 ? 0 : total / weight
  }

  /// Links by shape (`1-1`: 12, …).
  public var shapeCounts: [BeadShape: Int] {
    links.reduce(into: [:]) { $0[$1.shape, default: 0] += 1 }
  }
}

/// The names that tell the two sides of an alignment apart in records, headers and file
/// names: the language codes (`en`, `ko`); when both editions are of one language, the
/// second edition's gets `_2` (`ko` and `ko_2`), so that JSON keys, TSV columns and Moses
/// suffixes never collide.
public struct SideKeys: Hashable, Sendable {
  /// The first edition's key.
  public var source: String
  /// The second edition's key.
  public var target: String

  public init(source: Language, target: Language) {
    self.source = source.rawValue
    self.target = source == target ? target.rawValue + "_2" : target.rawValue
  }
}

extension Alignment {
  /// The keys of the two sides (see `SideKeys`).
  public var keys: SideKeys { SideKeys(source: source.language, target: target.language) }
}
