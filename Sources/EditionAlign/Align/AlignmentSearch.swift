/// The search for the best sequence of beads: dynamic programming over the sentence
/// grid, restricted to a band around a first-pass path so time and memory grow linearly.
struct AlignmentSearch {
  /// The cells `(i, j)` the search may visit: for each source position `i` in `0...N`,
  /// target positions `lower[i]...upper[i]`, both non-decreasing.
  struct Band {
    var lower: [Int]
    var upper: [Int]

    /// Every cell of an `n` × `m` grid.
    static func full(_ n: Int, _ m: Int) -> Band {
      Band(lower: Array(repeating: 0, count: n + 1), upper: Array(repeating: m, count: n + 1))
    }

    /// Cells within `width` of the path through `points` (sorted, from (0, 0) to (n, m)).
    static func around(_ points: [(Int, Int)], n: Int, m: Int, width: Int) -> Band {
      // The path: (0, 0), the points strictly increasing, (n, m).
      var path: [(Int, Int)] = [(0, 0)]
      var last = (0, 0)
      for point in points where point.0 > last.0 && point.1 > last.1 && point.0 < n && point.1 < m {
        path.append(point)
        last = point
      }
      path.append((n, m))
      var lower = [Int](repeating: 0, count: n + 1)
      var upper = [Int](repeating: m, count: n + 1)
      var k = 0
      for i in 0...n {
        while k + 2 < path.count && path[k + 1].0 <= i { k += 1 }
        let (i0, j0) = path[k]
        let (i1, j1) = path[k + 1]
        let expected = i1 == i0 ? j0 : j0 + (j1 - j0) * (i - i0) / (i1 - i0)
        lower[i] = max(0, expected - width)
        upper[i] = min(m, expected + width)
      }
      for i in stride(from: 1, through: n, by: 1) { lower[i] = max(lower[i], lower[i - 1]) }
      for i in stride(from: n - 1, through: 0, by: -1) { upper[i] = min(upper[i], upper[i + 1]) }
      lower[0] = 0
      upper[n] = m
      for i in 0...n where upper[i] < lower[i] { upper[i] = lower[i] }
      return Band(lower: lower, upper: upper)
    }

    func contains(_ i: Int, _ j: Int) -> Bool { j >= lower[i] && j <= upper[i] }
  }

  let scorer: BeadScorer
  let pairs: PairMatrix
  /// Each shape's sentences a side and prior, in the order of `BeadScorer.shapes`: what a
  /// cell reads of every shape, read from one array.
  private let steps: [(di: Int, dj: Int, prior: Double)]
  /// The places of the shapes with an empty side.
  private static let omissionShapes = BeadScorer.shapes.indices.filter { BeadScorer.shapes[$0].isOmission }

  init(scorer: BeadScorer, pairs: PairMatrix) {
    self.scorer = scorer
    self.pairs = pairs
    steps = BeadScorer.shapes.indices.map {
      (di: BeadScorer.shapes[$0].source, dj: BeadScorer.shapes[$0].target, prior: scorer.logPriors[$0])
    }
  }

  /// Bands of at least this many cells, each row of at least `twoThreadRowCells` on average,
  /// are searched by two threads, each row split between them (`fillRowsOnTwoThreads`): the
  /// hand-over costs about a microsecond a row, a tenth of what half a row of 17 cells saves;
  /// below this the second thread's start (tens of microseconds) outweighs what it spares.
  /// Measured on the 10k × 10k pair of `scripts/bench-align` (both passes' bands qualify).
  static let twoThreadCells = 50_000
  static let twoThreadRowCells = 12

  /// The best path of beads from (0, 0) to (n, m) within `band`.
  func bestPath(_ band: Band) -> [Bead] {
    let n = scorer.source.count
    let m = scorer.target.count
    pairs.prepare(band)
    let grid = PathGrid(band)
    grid.setBest(0, 0, 0)
    if Parallel.cores >= 2 && grid.cellCount >= Self.twoThreadCells
      && grid.cellCount >= Self.twoThreadRowCells * (n + 1)
    {
      fillRowsOnTwoThreads(grid, band)
    } else {
      fillRowsOnOneThread(grid, band)
    }
    var beads: [Bead] = []
    var i = n
    var j = m
    let shapes = BeadScorer.shapes
    while i > 0 || j > 0 {
      let shape = Int(grid.back(i, j))
      guard shape < shapes.count else { break }
      let (di, dj) = (shapes[shape].source, shapes[shape].target)
      beads.append(Bead(Array((i - di)..<i), Array((j - dj)..<j)))
      i -= di
      j -= dj
    }
    return beads.reversed()
  }

  /// Fills every row of `grid`, one after another, on this thread.
  func fillRowsOnOneThread(_ grid: PathGrid, _ band: Band) {
    for i in band.lower.indices { fill(grid, row: i, from: band.lower[i], through: band.upper[i]) }
  }

  /// Scores the cells `from...through` of row `i`: for each, the best bead ending there and
  /// the path score it gives. Every row before `i` must be done; of row `i` itself, the
  /// cells before `from` are not read (the one bead that stays in its row, an omission of a
  /// target sentence, is left out at `from`: `carryOmissions` adds it once they are done).
  func fill(_ grid: PathGrid, row i: Int, from: Int, through: Int) {
    guard from <= through else { return }
    // The scorer bound here once: passed from `self` to each bead, it was copied (464 bytes) a bead.
    let scorer = self.scorer
    let band = grid.band
    let best = grid.best
    let back = grid.backs
    // Per row a bead can start on (d rows back): where its cells sit in the ring (less the
    // row's first column) and its columns — worked out once a row, not once a bead.
    // (Fixed-size vectors on the stack: no array is made a row.)
    var bases = SIMD4<Int>(repeating: 0)
    var lowers = SIMD4<Int>(repeating: 0)
    var uppers = SIMD4<Int>(repeating: -1)  // no such row: no column is inside
    for d in 0..<PathGrid.ringRows where i - d >= 0 {
      let row = i - d
      bases[d] = grid.ringStart(row) - band.lower[row]
      lowers[d] = d == 0 ? from : band.lower[row]
      uppers[d] = band.upper[row]
    }
    let rowStart = grid.offsets[i] - band.lower[i]
    // The pairs the row's beads read: rows i-3..<i, columns from-3..<through.
    let firstColumn = max(0, from - 3)
    let width = max(0, through - firstColumn)
    withUnsafeTemporaryAllocation(of: (UInt64, UInt64).self, capacity: max(1, 3 * width)) { buffer in
      for d in 1...3 where i - d >= 0 && width > 0 {
        let start = (3 - d) * width
        pairs.copyRow(
          i - d, firstColumn..<through, into: UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + width)]))
      }
      let window = MaskWindow(base: buffer.baseAddress!, firstRow: i - 3, firstColumn: firstColumn, width: width)
      let steps = self.steps
      let omissionShapes = Self.omissionShapes
      let rowTerms = scorer.sourceTerms[i]
      let targetTerms = scorer.targetTerms
      for j in from...through {
        if i == 0 && j == 0 { continue }
        let columnTerms = targetTerms[j]
        var bestScore = -Double.infinity
        var bestShape = PathGrid.unreached
        // What an omission reaches the cell with (cheap: a prior) bounds from the start
        // which beads can win: one that cannot beat it is not scored in full.
        var omissions = -Double.infinity
        var cell = CellLexicon(window: window, i: i, j: j)
        for shape in omissionShapes {
          let step = steps[shape]
          let pj = j - step.dj
          guard pj >= lowers[step.di], pj <= uppers[step.di] else { continue }
          let previous = best[bases[step.di] + pj]
          if previous == -.infinity { continue }
          omissions = max(omissions, previous + step.prior)
        }
        for (shape, step) in steps.enumerated() {
          let (di, dj) = (step.di, step.dj)
          let pi = i - di
          let pj = j - dj
          guard pj >= lowers[di], pj <= uppers[di] else { continue }
          let previous = best[bases[di] + pj]
          if previous == -.infinity { continue }
          let toBeat = max(bestScore, omissions)
          let extended =
            di == 0 || dj == 0
            ? previous + step.prior
            : scorer.extend(
              previous, pi, i, pj, j, shape: shape, prior: step.prior, lexical: cell.lexical(shape, scorer),
              best: toBeat, source: rowTerms, target: columnTerms)
          guard let total = extended else { continue }
          if total > bestScore {
            bestScore = total
            bestShape = UInt8(shape)
          }
        }
        best[bases[0] + j] = bestScore
        back[rowStart + j] = bestShape
      }
    }
  }

  /// Sure 1-1 pairs: sentences that share rare evidence (numbers, names, rare words), that
  /// score well on their own, and that form the longest chain increasing on both sides.
  func anchors() -> [(Int, Int)] {
    let source = scorer.source
    let parameters = scorer.parameters
    let rare = parameters.anchorMaximumKeyFrequency
    // Key ids are dense: how many source sentences hold each key in an array, and the target
    // sentences holding it in an inverted index.
    var sourceFrequency: [Int32] = []
    for sentence in source {
      for key in sentence.keySet {
        if Int(key) >= sourceFrequency.count {
          sourceFrequency += repeatElement(0, count: Int(key) + 1 - sourceFrequency.count)
        }
        sourceFrequency[Int(key)] += 1
      }
    }
    let frequency = sourceFrequency
    let holders = pairs.targetPostings
    let scorer = self.scorer
    let pairs = self.pairs
    // Each source sentence's candidates, in parallel (they are apart), in key order.
    let found = Parallel.map(Array(source.indices), minimumPerChunk: 512) { i -> [(Int, Int)] in
      var found: [(Int, Int)] = []
      var seen: [Int] = []
      for key in source[i].keySet where frequency[Int(key)] <= rare {
        let js = holders.sentences(holding: key)
        guard !js.isEmpty, js.count <= rare else { continue }
        for j32 in js {
          let j = Int(j32)
          guard !seen.contains(j) else { continue }
          seen.append(j)
          let scored = scorer.score(i, i + 1, j, j + 1, shape: BeadScorer.oneToOneIndex, pairs: pairs)
          if scored.similarity >= parameters.anchorMinimumSimilarity
            && scored.length > parameters.anchorMinimumLengthLogProbability
          {
            found.append((i, j))
          }
        }
      }
      return found
    }
    var candidates = Array(found.joined())
    // Longest chain strictly increasing in both i and j (patience sorting).
    candidates.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
    var tails: [Int] = []  // index into candidates of the chain end for each length
    var previous = [Int](repeating: -1, count: candidates.count)
    for (k, candidate) in candidates.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let mid = (low + high) / 2
        if candidates[tails[mid]].1 < candidate.1 { low = mid + 1 } else { high = mid }
      }
      if low > 0 { previous[k] = tails[low - 1] }
      if low == tails.count { tails.append(k) } else { tails[low] = k }
    }
    var chain: [(Int, Int)] = []
    var k = tails.last ?? -1
    while k >= 0 {
      chain.append(candidates[k])
      k = previous[k]
    }
    return chain.reversed()
  }
}
