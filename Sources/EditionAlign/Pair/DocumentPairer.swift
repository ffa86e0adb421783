import Foundation

/// A document to pair: where it came from and what was read from it.
public struct PairingDocument: Sendable {
  public var path: String
  public var edition: Edition

  public init(path: String, edition: Edition) {
    self.path = path
    self.edition = edition
  }
}

/// How a pair was found.
public enum PairingMethod: String, Sendable, CaseIterable {
  /// A page links the other (a language switch, an `hreflang` alternate, JSON-LD) and the
  /// other's own address is that link.
  case link
  /// Their content shares rare anchors (numbers, names, lexicon words) more than any rival's.
  case content
}

/// Two documents taken as editions of one article.
public struct DocumentPair: Hashable, Sendable {
  /// The document of the first pile, and of the second.
  public var first: PairingDocumentID
  public var second: PairingDocumentID
  /// 1 for a link; for content, the share of weighted anchors the two have in common
  /// (a cosine of their rare-anchor weights, times the length agreement), 0…1.
  public var score: Double
  public var method: PairingMethod
  /// The strongest shared anchors (for content) or the link that paired them.
  public var evidence: [String]
}

/// A document of a pairing, as results name it: its path and language.
public struct PairingDocumentID: Hashable, Sendable {
  public var path: String
  public var language: Language
}

/// What pairing made of two piles.
public struct PairingResult: Sendable {
  /// The pairs, in the first pile's order.
  public var pairs: [DocumentPair]
  /// Documents of each pile left without a partner, in pile order.
  public var unpairedFirst: [PairingDocumentID]
  public var unpairedSecond: [PairingDocumentID]
}

/// How to pair documents.
public struct PairingOptions: Sendable {
  /// Content pairs scoring below this stay unpaired (see `DocumentPair.score`).
  public var minimumScore = 0.1
  /// A content pair scoring below this share of what either of its documents scores with its
  /// best candidate stays unpaired (what is left once their partners are taken or absent).
  public var minimumShareOfBest = 0.5
  /// The evidence content pairing compares.
  public var signals = PairingSignals.all
  /// Pair by the pages' links first.
  public var useLinks = true
  /// Two editions whose publication dates are both known and further apart than this many
  /// days are not compared.
  public var dateWindowDays = 3
  /// The best candidates (by rare anchors) of each document that are scored in full.
  public var candidatesPerDocument = 20
  /// Use the built-in Korean–English lexicon for ko–en piles.
  public var useBuiltInLexicon = true
  /// A lexicon added to the built-in one.
  public var dictionary: Lexicon?

  public init() {}
}

/// Finds which document of one pile translates which of the other: the library face of
/// `edalign pair`.
///
/// By link first: a page's links to its other-language editions (language switches,
/// `hreflang` alternates, JSON-LD `workTranslation`) are matched against the other pile's
/// own addresses (canonical link, `og:url`, JSON-LD `url`), all in `PageAddress` form; links
/// both ways go first. Then by content, for the rest: each document's anchors
/// (`DocumentAnchors`) are weighted by rarity (inverse document frequency over both piles), a
/// pair scores the cosine of its weighted anchors times how well its lengths agree, and
/// candidates come from an inverted index of rare anchors (never all against all). Pairs are
/// taken best first, one partner each; a document whose best candidate scores below
/// `minimumScore` stays unpaired.
public struct DocumentPairer: Sendable {
  public var options: PairingOptions

  public init(options: PairingOptions = PairingOptions()) { self.options = options }

  /// The documents of one pile told apart by script: the pile's most common language first
  /// (English where there is any), every other document second.
  public static func split(_ documents: [PairingDocument]) -> (first: [PairingDocument], second: [PairingDocument]) {
    let editions = documents.map(\.edition)
    let first = editions.contains { $0.language == .english } ? .english : ContentPairing.language(of: editions)
    return (documents.filter { $0.edition.language == first }, documents.filter { $0.edition.language != first })
  }

  /// The pairs of `first` and `second`.
  public func pair(_ first: [PairingDocument], _ second: [PairingDocument]) -> PairingResult {
    var taken = (Set<Int>(), Set<Int>())
    var pairs: [(Int, Int, DocumentPair)] = []
    func id(_ document: PairingDocument) -> PairingDocumentID {
      PairingDocumentID(path: document.path, language: document.edition.language)
    }
    if options.useLinks {
      for (a, b, link) in Self.linkPairs(first, second) where !taken.0.contains(a) && !taken.1.contains(b) {
        taken.0.insert(a)
        taken.1.insert(b)
        pairs.append(
          (a, b, DocumentPair(first: id(first[a]), second: id(second[b]), score: 1, method: .link, evidence: [link])))
      }
    }
    let restFirst = first.indices.filter { !taken.0.contains($0) }
    let restSecond = second.indices.filter { !taken.1.contains($0) }
    let content = ContentPairing(
      first: restFirst.map { first[$0].edition }, second: restSecond.map { second[$0].edition }, options: options)
    for (a, b, score, evidence) in content.pairs() {
      let (i, j) = (restFirst[a], restSecond[b])
      taken.0.insert(i)
      taken.1.insert(j)
      pairs.append(
        (
          i, j,
          DocumentPair(first: id(first[i]), second: id(second[j]), score: score, method: .content, evidence: evidence)
        ))
    }
    pairs.sort { $0.0 < $1.0 }
    return PairingResult(
      pairs: pairs.map(\.2), unpairedFirst: first.indices.filter { !taken.0.contains($0) }.map { id(first[$0]) },
      unpairedSecond: second.indices.filter { !taken.1.contains($0) }.map { id(second[$0]) })
  }

  /// Pairs by link, one partner each: links both ways first, then one way, in pile order.
  static func linkPairs(_ first: [PairingDocument], _ second: [PairingDocument]) -> [(Int, Int, String)] {
    func own(_ document: PairingDocument) -> [String] {
      (document.edition.metadata.addresses + [document.edition.metadata.url].compactMap { $0 })
        .compactMap(PageAddress.normalized)
    }
    func links(_ document: PairingDocument, to language: Language) -> [(String, String)] {
      document.edition.metadata.translations.filter { $0.language == nil || $0.language == language }
        .compactMap { link in PageAddress.normalized(link.url).map { ($0, link.url) } }
    }
    var firstByAddress: [String: Int] = [:]
    var secondByAddress: [String: Int] = [:]
    for (k, document) in first.enumerated() {
      for address in own(document) where firstByAddress[address] == nil { firstByAddress[address] = k }
    }
    for (k, document) in second.enumerated() {
      for address in own(document) where secondByAddress[address] == nil { secondByAddress[address] = k }
    }
    // (first, second) → the link found, and which side links the other (1: first, 2: second).
    var found: [Pair: (link: String, ways: Int)] = [:]
    for (a, document) in first.enumerated() {
      guard let language = second.first?.edition.language else { break }
      for (address, url) in links(document, to: language) {
        guard let b = secondByAddress[address] else { continue }
        found[Pair(a: a, b: b), default: (url, 0)].ways |= 1
      }
    }
    for (b, document) in second.enumerated() {
      guard let language = first.first?.edition.language else { break }
      for (address, url) in links(document, to: language) {
        guard let a = firstByAddress[address] else { continue }
        found[Pair(a: a, b: b), default: (url, 0)].ways |= 2
      }
    }
    return found.sorted { x, y in
      x.value.ways.nonzeroBitCount != y.value.ways.nonzeroBitCount
        ? x.value.ways.nonzeroBitCount > y.value.ways.nonzeroBitCount : (x.key.a, x.key.b) < (y.key.a, y.key.b)
    }
    .map { ($0.key.a, $0.key.b, $0.value.link) }
  }

  struct Pair: Hashable {
    var a: Int
    var b: Int
  }
}
