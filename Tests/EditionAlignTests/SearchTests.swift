import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// The search's faster paths against the plain ones they replace, on the fixture pairs and
/// on one long pair made of them, whose narrow bands drift.
@Suite struct SearchTests {
  static let fixtures = [
    "brief-rate-hold", "merges-typhoon", "omitted-paragraph-chips", "added-sentence-chuseok", "swapped-pair-summit",
    "numbers-exports", "feature-rural-county",
  ]

  /// The features of every fixture pair, then of every one again in reverse order
  /// (sentences repeated far apart), as one pair.
  static func longPair() throws -> ([SentenceFeatures], [SentenceFeatures]) {
    var english = ""
    var korean = ""
    for name in fixtures + fixtures.reversed() {
      english += "\n\n" + (try String(contentsOfFile: Support.path("Fixtures/pairs/\(name).en.txt"), encoding: .utf8))
      korean += "\n\n" + (try String(contentsOfFile: Support.path("Fixtures/pairs/\(name).ko.txt"), encoding: .utf8))
    }
    let source = try Support.read(bytes: Array(english.utf8))
    let target = try Support.read(bytes: Array(korean.utf8))
    return FeatureExtractor(lexicon: Aligner().lexicon(for: source.language, target.language)).extract(source, target)
  }

  /// The features of the fixture pair `name`.
  static func features(_ name: String) throws -> ([SentenceFeatures], [SentenceFeatures]) {
    let source = try Support.read(Support.path("Fixtures/pairs/\(name).en.txt"))
    let target = try Support.read(Support.path("Fixtures/pairs/\(name).ko.txt"))
    return FeatureExtractor(lexicon: Aligner().lexicon(for: source.language, target.language)).extract(source, target)
  }

  /// The way back of every cell of `band`, filled on one thread or on two.
  static func wayBack(_ search: AlignmentSearch, _ band: AlignmentSearch.Band, twoThreads: Bool) -> [UInt8] {
    search.pairs.prepare(band)
    let grid = PathGrid(band)
    grid.setBest(0, 0, 0)
    if twoThreads { search.fillRowsOnTwoThreads(grid, band) } else { search.fillRowsOnOneThread(grid, band) }
    return band.lower.indices.flatMap { i in (band.lower[i]...band.upper[i]).map { grid.back(i, $0) } }
  }

  @Test func twoThreadsFillEveryCellAsOneThreadDoes() throws {
    let (source, target) = try Self.longPair()
    #expect(source.count > 150 && target.count > 150, "\(source.count) × \(target.count)")
    let search = AlignmentSearch(
      scorer: BeadScorer(source: source, target: target), pairs: PairMatrix(source: source, target: target))
    let (n, m) = (source.count, target.count)
    let diagonal = (1..<min(n, m)).map { ($0, $0 * m / n) }
    var bands: [AlignmentSearch.Band] = [.full(n, m)]
    for width in [1, 3, 8, 20] { bands.append(.around(diagonal, n: n, m: m, width: width)) }
    bands.append(.around(search.anchors(), n: n, m: m, width: 20))
    for band in bands {
      let one = Self.wayBack(search, band, twoThreads: false)
      let two = Self.wayBack(search, band, twoThreads: true)
      #expect(one.count == two.count)
      #expect(zip(one, two).filter { $0 != $1 }.count == 0, "cells whose way back differs")
      // The omissions carried across the split reach the cells of the right half.
      #expect(one.contains(UInt8(BeadScorer.targetOmissionIndex)))
    }
  }

  @Test func thePathScoresWhatScoringItsBeadsOneByOneGives() throws {
    let (source, target) = try Self.longPair()
    let search = AlignmentSearch(
      scorer: BeadScorer(source: source, target: target), pairs: PairMatrix(source: source, target: target))
    let (n, m) = (source.count, target.count)
    for band in [AlignmentSearch.Band.full(n, m), .around(search.anchors(), n: n, m: m, width: 8)] {
      search.pairs.prepare(band)
      let grid = PathGrid(band)
      grid.setBest(0, 0, 0)
      search.fillRowsOnOneThread(grid, band)
      var total = 0.0
      var lexical = 0
      for (bead, span) in zip(search.bestPath(band), Aligner.spans(search.bestPath(band))) {
        let shape = try #require(BeadScorer.shapeIndex(bead.shape))
        let scored = search.scorer.score(
          span.source.lowerBound, span.source.upperBound, span.target.lowerBound, span.target.upperBound,
          shape: shape, pairs: search.pairs)
        total += scored.total
        if scored.similarity > 0 { lexical += 1 }
      }
      #expect(abs(grid.bestScore(n, m) - total) < 1e-6 * max(1, abs(total)))
      #expect(lexical > n / 4)
    }
  }

  @Test func reorderingItemsRenumbersTheEntriesAsSettingTheKeysAfreshDoes() throws {
    let (source, target) = try Self.longPair()
    var reordered = 0
    for sentence in source + target where sentence.items.count > 1 {
      for order in [
        Array(sentence.items.indices.reversed()), sentence.items.indices.sorted { ($0 * 7) % 5 < ($1 * 7) % 5 },
      ] {
        var renumbered = sentence
        renumbered.reorderItems(order)
        var afresh = sentence
        let keys = afresh.itemKeys()
        afresh.items = order.map { afresh.items[$0] }
        afresh.setKeys(order.map { keys[$0] })
        #expect(renumbered.entryKeys == afresh.entryKeys)
        #expect(renumbered.entryItems == afresh.entryItems)
        #expect(renumbered.items.map(\.kind) == afresh.items.map(\.kind))
        reordered += 1
      }
    }
    #expect(reordered > 300)
  }

  @Test func workAlongsideRunsWhileThisThreadWorksAndGivesItsResult() {
    for items in [1, Parallel.minimumAlongside] {
      var here = 0
      let there = Parallel.alongside(
        items, { (1...1000).reduce(0, +) },
        while: {
          for k in 1...1000 { here += k }
        })
      #expect(there == 500_500)
      #expect(here == 500_500)
    }
  }

  @Test func sortingInHalvesGivesWhatOneSortGives() {
    var generator = SystemRandomNumberGenerator()
    for count in [0, 5, 40_000, 100_001] {
      // Repeats among them (few distinct values), as co-occurring pairs have.
      let values = (0..<count).map { _ in UInt64.random(in: 0..<5_000, using: &generator) << 32 }
      #expect(Parallel.sorted(values) == values.sorted())
    }
  }

  @Test func aCellsSharedSumsGiveEachBeadItsOwnLexicalTerm() throws {
    let (source, target) = try Self.longPair()
    let scorer = BeadScorer(source: source, target: target)
    let pairs = PairMatrix(source: source, target: target)
    let (n, m) = (source.count, target.count)
    pairs.prepare(.full(n, m))
    var compared = 0
    var matched = 0
    for i in 3...n {
      // The window a row of the search reads: rows i-3..<i, every column.
      var rows = [(UInt64, UInt64)](repeating: (0, 0), count: 3 * m)
      rows.withUnsafeMutableBufferPointer { buffer in
        for d in 1...3 {
          pairs.copyRow(i - d, 0..<m, into: UnsafeMutableBufferPointer(rebasing: buffer[((3 - d) * m)..<((4 - d) * m)]))
        }
        let window = MaskWindow(base: buffer.baseAddress!, firstRow: i - 3, firstColumn: 0, width: m)
        for j in stride(from: 3, through: m, by: 7) {
          var cell = CellLexicon(window: window, i: i, j: j)
          for (shape, step) in BeadScorer.shapes.enumerated() where !step.isOmission {
            let shared = cell.lexical(shape, scorer)
            let own = scorer.lexicalTerm(i - step.source, i, j - step.target, j, pairs: pairs, countingMatches: true)
            if shared != own.0 { Issue.record("cell (\(i), \(j)), shape \(shape): \(shared) against \(own.0)") }
            compared += 1
            if own.1 > 0 { matched += 1 }
          }
        }
      }
    }
    #expect(compared > 10_000)
    #expect(matched > compared / 20)
  }

  @Test func eachElementMapsInOrderWithAtMostWidthAtOnce() {
    final class Gauge: @unchecked Sendable {
      let lock = NSLock()
      var running = 0
      var most = 0
      func enter() {
        lock.lock()
        running += 1
        most = max(most, running)
        lock.unlock()
      }
      func leave() {
        lock.lock()
        running -= 1
        lock.unlock()
      }
    }
    for width in [1, 2] {
      let gauge = Gauge()
      let squares = Parallel.mapEach(Array(0..<40), width: width) { k -> Int in
        gauge.enter()
        usleep(2_000)
        gauge.leave()
        return k * k
      }
      #expect(squares == (0..<40).map { $0 * $0 })
      // (At most: how many run at once beyond one depends on what else holds the cores.)
      #expect(gauge.most <= width)
    }
  }

  @Test func keyPostingsMatchWhatMergingTheKeysMatches() throws {
    let (source, target) = try Self.longPair()
    for (from, to) in [(source, target), (target, source)] {
      let postings = KeyPostings(to)
      var row = [(UInt64, UInt64)](repeating: (0, 0), count: to.count)
      var matched = 0
      for (i, sentence) in from.enumerated() {
        // The whole edition, and a stretch around the sentence.
        for range in [0..<to.count, min(to.count, max(0, i - 7))..<min(to.count, i + 9)] {
          row.withUnsafeMutableBufferPointer { buffer in
            for k in buffer.indices { buffer[k] = (0, 0) }
            postings.match(sentence, range, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<range.count]))
          }
          for j in range {
            let merged = SentenceFeatures.matches(sentence, to[j])
            if row[j - range.lowerBound] != merged { Issue.record("sentence \(i) against \(j): postings differ") }
            if merged.0 != 0 { matched += 1 }
          }
        }
      }
      #expect(matched > from.count)
    }
  }

  /// Dictionary induction's pairs against counting every pair of every link: the words of
  /// fewer sentences than the least count, passed over, lose no pair.
  @Test func inductionKeepsThePairsThatCountingEveryLinkKeeps() throws {
    var learned = 0
    for name in Self.fixtures {
      let (sourceFeatures, targetFeatures) = try Self.features(name)
      let parameters = AlignmentParameters.standard
      // Beads of a plain diagonal, some of two sentences, some omissions: links of every kind.
      var beads: [Bead] = []
      var (i, j) = (0, 0)
      while i < sourceFeatures.count || j < targetFeatures.count {
        let di = i < sourceFeatures.count ? (beads.count % 5 == 3 ? min(2, sourceFeatures.count - i) : 1) : 0
        let dj = j < targetFeatures.count ? (beads.count % 7 == 4 ? 0 : 1) : 0
        beads.append(Bead(Array(i..<(i + di)), Array(j..<(j + dj))))
        (i, j) = (i + di, j + dj)
      }
      var counts: [DictionaryInduction.Pair: Int] = [:]
      var sourceFrequency: [Int32: Int] = [:]
      var targetFrequency: [Int32: Int] = [:]
      for sentence in sourceFeatures { for key in sentence.inducible { sourceFrequency[key, default: 0] += 1 } }
      for sentence in targetFeatures { for key in sentence.inducible { targetFrequency[key, default: 0] += 1 } }
      for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
        let left = Set(bead.source.flatMap { sourceFeatures[$0].inducible })
        let right = Set(bead.target.flatMap { targetFeatures[$0].inducible })
        for a in left where sourceFrequency[a]! <= parameters.inductionMaximumFrequency {
          for b in right where targetFrequency[b]! <= parameters.inductionMaximumFrequency {
            counts[DictionaryInduction.Pair(source: a, target: b), default: 0] += 1
          }
        }
      }
      let expected = counts.filter { pair, count in
        count >= parameters.inductionMinimumCount
          && Double(count) / Double(max(sourceFrequency[pair.source]!, targetFrequency[pair.target]!))
            >= parameters.inductionMinimumShare
      }.keys.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
      let found = DictionaryInduction.pairs(
        beads, source: sourceFeatures, target: targetFeatures, parameters: parameters)
      #expect(found == expected, "\(name)")
      learned += found.count
    }
    #expect(learned > 0)
  }

  /// After learned pairs are added, setting the chances of only the sentences made again
  /// leaves every sentence as setting them all does (the pairs learned from each fixture
  /// pair's first pass, as the aligner learns them).
  @Test func chancesSetAgainOnlyWhereInductionRemadeASentenceAreAllTheChances() throws {
    var (learnedPairs, remadeSentences, untouchedSentences) = (0, 0, 0)
    for name in Self.fixtures {
      let (source, target) = try Self.features(name)
      let search = AlignmentSearch(
        scorer: BeadScorer(source: source, target: target), pairs: PairMatrix(source: source, target: target))
      let beads = search.bestPath(.full(source.count, target.count))
      let learned = DictionaryInduction.pairs(beads, source: source, target: target, parameters: .standard)
      let highest = (source + target).reduce(Int32(0)) { max($0, $1.entryKeys.last ?? 0) }
      var (allSource, allTarget) = (source, target)
      DictionaryInduction.apply(learned, source: &allSource, target: &allTarget, firstKey: highest + 1)
      FeatureExtractor.setChances(&allSource, other: allTarget)
      FeatureExtractor.setChances(&allTarget, other: allSource)
      var (someSource, someTarget) = (source, target)
      let remade = DictionaryInduction.apply(learned, source: &someSource, target: &someTarget, firstKey: highest + 1)
      FeatureExtractor.setChances(&someSource, other: someTarget, only: remade.source)
      #expect(remade.source.allSatisfy { someSource[$0].holdsEveryItemInEntries })
      FeatureExtractor.setChances(&someTarget, other: someSource, only: remade.target)
      for (all, some) in zip(allSource + allTarget, someSource + someTarget) {
        #expect(all.items.map(\.kind) == some.items.map(\.kind), "\(name)")
        #expect(all.entryKeys == some.entryKeys && all.entryItems == some.entryItems, "\(name)")
        #expect(all.matchableCount == some.matchableCount, "\(name)")
      }
      learnedPairs += learned.count
      remadeSentences += remade.source.count + remade.target.count
      untouchedSentences += source.count + target.count - remade.source.count - remade.target.count
    }
    #expect(learnedPairs > 0 && remadeSentences > 0 && untouchedSentences > 0)
  }
}
