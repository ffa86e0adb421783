import Foundation

/// The content half of `DocumentPairer`: anchors weighted by rarity, candidates from an
/// inverted index of rare anchors, a cosine score with a length agreement, and a best-first
/// one-to-one assignment.
///
/// Its constants (and `PairingOptions`' defaults) were set on the pools of
/// `scripts/eval-pairing` (Fixtures, the park documents, the same-topic stretches): there,
/// true pairs score from 0.14 (six-sentence stretches) to 1, and the pairs of two documents
/// whose partners are both absent from 0.10 to 0.15 before the number agreement and 0.13 after.
struct ContentPairing {
  private let first: [Document]
  private let second: [Document]
  private let options: PairingOptions
  /// Characters of a second-pile document per character of its first-pile partner, as the
  /// language pair usually has it.
  private let expectedRatio: Double
  /// Per key id: its weight (squared inverse document frequency over both piles), and
  /// whether it is rare enough to find candidates by.
  private let weights: [Double]
  private let rare: [Bool]
  /// Per key id: how many documents of both piles hold it.
  private let holders: [Int]
  /// Per key id: whether it is a number's.
  private let isNumber: [Bool]
  private let keyNames: [String]

  /// A document's comparable anchors: keys both piles hold, sorted, with its norm.
  private struct Document {
    var keys: [Int32] = []
    /// How many of `keys` are numbers (amounts, percentages, dates, decades).
    var numbers = 0
    var norm = 0.0
    var length: Double
    var day: Int?
  }

  /// How many documents may share a key for it to propose candidates: rare anchors only, so
  /// that the work grows with the piles, not with their product.
  static func rareLimit(documents: Int) -> Int { max(8, documents / 50) }

  /// A document with fewer rare anchors than this also asks by its next rarest ones (held by
  /// at most `fallbackFactor` times the rare limit), so that a short document still finds
  /// its partner.
  static let fewestQueryKeys = 8
  static let fallbackFactor = 20

  /// The spread (in log of the length ratio) the length agreement forgives.
  static let lengthSpread = 0.4

  init(first: [Edition], second: [Edition], options: PairingOptions) {
    self.options = options
    let firstLanguage = Self.language(of: first)
    let secondLanguage = Self.language(of: second)
    expectedRatio = LengthRatios.prior(source: firstLanguage, target: secondLanguage) ?? 1
    let lexicon = Lexicon.forPair(
      firstLanguage, secondLanguage, builtIn: options.useBuiltInLexicon, adding: options.dictionary)
    let signals = options.signals
    func anchors(_ editions: [Edition]) -> [DocumentAnchors] {
      Parallel.map(editions, minimumPerChunk: 8, context: Self.romanizer(for: editions)) { romanizer, edition in
        DocumentAnchors(edition, lexicon: lexicon, signals: signals, romanizer: romanizer)
      }
    }
    let firstAnchors = anchors(first)
    let secondAnchors = anchors(second)
    // Keys numbered in sorted order, so that neither pile's order changes any sum.
    let names = Array(Set(firstAnchors.flatMap(\.keys)).union(secondAnchors.flatMap(\.keys))).sorted()
    var ids: [String: Int32] = [:]
    ids.reserveCapacity(names.count)
    for (n, name) in names.enumerated() { ids[name] = Int32(n) }
    var firstCount = [Int](repeating: 0, count: names.count)
    var secondCount = [Int](repeating: 0, count: names.count)
    for document in firstAnchors { for key in document.keys { firstCount[Int(ids[key]!)] += 1 } }
    for document in secondAnchors { for key in document.keys { secondCount[Int(ids[key]!)] += 1 } }
    let total = Double(first.count + second.count)
    let limit = Self.rareLimit(documents: first.count + second.count)
    var weights = [Double](repeating: 0, count: names.count)
    var rare = [Bool](repeating: false, count: names.count)
    for k in names.indices where firstCount[k] > 0 && secondCount[k] > 0 {
      let idf = log(1 + total / Double(firstCount[k] + secondCount[k]))
      weights[k] = idf * idf
      rare[k] = firstCount[k] + secondCount[k] <= limit
    }
    let isNumber = names.map(Self.isNumberKey)
    func documents(_ anchors: [DocumentAnchors]) -> [Document] {
      anchors.map { anchors in
        var document = Document(length: anchors.length, day: anchors.day)
        document.keys = anchors.keys.compactMap { ids[$0] }.filter { weights[Int($0)] > 0 }.sorted()
        document.norm = document.keys.reduce(0) { $0 + weights[Int($1)] }.squareRoot()
        document.numbers = document.keys.count { isNumber[Int($0)] }
        return document
      }
    }
    self.first = documents(firstAnchors)
    self.second = documents(secondAnchors)
    self.weights = weights
    self.rare = rare
    self.holders = zip(firstCount, secondCount).map { $0 + $1 }
    self.isNumber = isNumber
    self.keyNames = names
  }

  /// The language most of `editions` are in (ties to the code first in order; English for none).
  static func language(of editions: [Edition]) -> Language {
    var counts: [Language: Int] = [:]
    for edition in editions { counts[edition.language, default: 0] += 1 }
    return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
      ?? .english
  }

  /// A romanizer for a pile in a non-Latin script (names are matched by their romanization).
  private static func romanizer(for editions: [Edition]) -> NameMatcher? {
    let language = language(of: editions)
    guard !FeatureExtractor.isLatinScript(language) else { return nil }
    let transform = language == .korean ? ICUTransliterator.hangulToLatin : ICUTransliterator.anyToASCII
    return NameMatcher(index: NameIndex(englishWords: [String](), transform: transform))
  }

  /// Whether any signal gives anchor keys (else only lengths are compared, all against all:
  /// the baseline `scripts/eval-pairing` measures).
  private var comparesKeys: Bool { !options.signals.intersection([.numbers, .names, .words, .latin]).isEmpty }

  /// The pairs, best first, one partner each: (first index, second index, score, evidence).
  func pairs() -> [(Int, Int, Double, [String])] {
    var candidates = Set<Pair>()
    if comparesKeys {
      let limit = Self.rareLimit(documents: first.count + second.count)
      // The keys a document asks by: its rare ones, and its next rarest when it has few.
      var query = [Bool](repeating: false, count: holders.count)
      for k in holders.indices where weights[k] > 0 && holders[k] <= limit * Self.fallbackFactor { query[k] = true }
      let postable = query
      let ask: (Document) -> [Int32] = { [rare, holders] document in
        let rareKeys = document.keys.filter { rare[Int($0)] }
        guard rareKeys.count < Self.fewestQueryKeys else { return rareKeys }
        let more = document.keys.filter { !rare[Int($0)] && postable[Int($0)] }
          .sorted { holders[Int($0)] != holders[Int($1)] ? holders[Int($0)] < holders[Int($1)] : $0 < $1 }
        return rareKeys + more.prefix(Self.fewestQueryKeys - rareKeys.count)
      }
      let count = options.candidatesPerDocument
      for (a, b) in Self.candidates(
        from: first, to: second, asking: ask, postable: postable, weights: weights, count: count)
      {
        candidates.insert(Pair(a: a, b: b))
      }
      for (b, a) in Self.candidates(
        from: second, to: first, asking: ask, postable: postable, weights: weights, count: count)
      {
        candidates.insert(Pair(a: a, b: b))
      }
    } else {
      for a in first.indices { for b in second.indices { candidates.insert(Pair(a: a, b: b)) } }
    }
    var scored: [(Int, Int, Double)] = []
    var bestFirst = [Double](repeating: 0, count: first.count)
    var bestSecond = [Double](repeating: 0, count: second.count)
    for pair in candidates {
      if let x = first[pair.a].day, let y = second[pair.b].day, abs(x - y) > options.dateWindowDays { continue }
      let score = self.score(pair.a, pair.b)
      bestFirst[pair.a] = max(bestFirst[pair.a], score)
      bestSecond[pair.b] = max(bestSecond[pair.b], score)
      if score >= options.minimumScore { scored.append((pair.a, pair.b, score)) }
    }
    scored.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
    var takenFirst = Set<Int>()
    var takenSecond = Set<Int>()
    var result: [(Int, Int, Double, [String])] = []
    // A pair far below what either document scores with its best candidate is what is left
    // once their partners are taken (or absent): the two stay unpaired.
    let share = options.minimumShareOfBest
    for (a, b, score) in scored
    where !takenFirst.contains(a) && !takenSecond.contains(b) && score >= share * max(bestFirst[a], bestSecond[b]) {
      takenFirst.insert(a)
      takenSecond.insert(b)
      result.append((a, b, (score * 1000).rounded() / 1000, evidence(a, b)))
    }
    return result
  }

  /// The score of first-pile document `a` with second-pile document `b`.
  func score(_ a: Int, _ b: Int) -> Double {
    let x = first[a]
    let y = second[b]
    var agreement = 1.0
    if options.signals.contains(.length) {
      let z = x.length > 0 && y.length > 0 ? log(y.length / (x.length * expectedRatio)) : 10
      agreement = exp(-z * z / (2 * Self.lengthSpread * Self.lengthSpread))
    }
    guard comparesKeys else { return agreement }
    guard x.norm > 0 && y.norm > 0 else { return 0 }
    let common = shared(x.keys, y.keys)
    let cosine = common.reduce(0) { $0 + weights[Int($1)] } / (x.norm * y.norm)
    // Two editions of one story give the same numbers; two stories of one topic seldom do.
    var numbers = 1.0
    let fewer = min(x.numbers, y.numbers)
    if fewer >= Self.numbersToCompare {
      let sharedNumbers = common.count { isNumber[Int($0)] }
      numbers = Self.numberFloor + (1 - Self.numberFloor) * min(1, Double(sharedNumbers) / Double(fewer))
    }
    return (options.signals.contains(.length) ? cosine * (0.5 + 0.5 * agreement) : cosine) * numbers
  }

  /// Documents with at least this many numbers each have their numbers compared.
  static let numbersToCompare = 2
  /// What a pair keeps of its score when it shares none of its numbers.
  static let numberFloor = 0.5

  /// Whether `key` is a number's (`n:`, `p:` percent, `d:` date, `m:` month, `y:` decade).
  static func isNumberKey(_ key: String) -> Bool {
    key.hasPrefix("n:") || key.hasPrefix("p:") || key.hasPrefix("d:") || key.hasPrefix("m:") || key.hasPrefix("y:")
  }

  /// The heaviest anchors `a` and `b` share, as keys.
  private func evidence(_ a: Int, _ b: Int) -> [String] {
    shared(first[a].keys, second[b].keys).sorted { weights[Int($0)] > weights[Int($1)] }.prefix(6).map {
      keyNames[Int($0)]
    }
  }

  /// The keys both sorted lists hold.
  private func shared(_ x: [Int32], _ y: [Int32]) -> [Int32] {
    var result: [Int32] = []
    var i = 0
    var j = 0
    while i < x.count && j < y.count {
      if x[i] < y[j] {
        i += 1
      } else if x[i] > y[j] {
        j += 1
      } else {
        result.append(x[i])
        i += 1
        j += 1
      }
    }
    return result
  }

  /// For each document of `from`, the `count` documents of `to` with the most weight in
  /// common over the keys `ask` gives it, found through `to`'s postings of the `postable` keys.
  private static func candidates(
    from: [Document], to: [Document], asking ask: (Document) -> [Int32], postable: [Bool], weights: [Double],
    count: Int
  ) -> [(Int, Int)] {
    var postings = [[Int32]](repeating: [], count: postable.count)
    for (n, document) in to.enumerated() {
      for key in document.keys where postable[Int(key)] { postings[Int(key)].append(Int32(n)) }
    }
    let index = postings
    let queries = from.map(ask)
    let found = Parallel.map(Array(queries.enumerated()), minimumPerChunk: 64, context: Scratch(count: to.count)) {
      scratch, item in
      let (a, keys) = item
      for key in keys {
        for b in index[Int(key)] { scratch.add(Int(b), weights[Int(key)]) }
      }
      return scratch.best(count).map { (a, $0) }
    }
    return found.flatMap { $0 }
  }

  /// One task's sums of shared rare weight per document, reset after each query.
  private final class Scratch {
    private var sums: [Double]
    private var touched: [Int] = []

    init(count: Int) { sums = [Double](repeating: 0, count: count) }

    func add(_ document: Int, _ weight: Double) {
      if sums[document] == 0 { touched.append(document) }
      sums[document] += weight
    }

    /// The `count` documents with the highest sums (ties to the lower index); then resets.
    func best(_ count: Int) -> [Int] {
      let best = touched.sorted { sums[$0] != sums[$1] ? sums[$0] > sums[$1] : $0 < $1 }.prefix(count)
      for document in touched { sums[document] = 0 }
      touched.removeAll(keepingCapacity: true)
      return Array(best)
    }
  }

  struct Pair: Hashable {
    var a: Int
    var b: Int
  }
}
