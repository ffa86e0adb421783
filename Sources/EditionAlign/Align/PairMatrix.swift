/// The pair masks a row of the search reads (the three source rows before it, the columns
/// its beads reach), copied out of a `PairMatrix` once a row into plain memory: a cell's
/// beads read 15 pairs, and a row reads each pair about five times.
struct MaskWindow {
  let base: UnsafeMutablePointer<(UInt64, UInt64)>
  let firstRow: Int
  let firstColumn: Int
  let width: Int

  /// `PairMatrix.masks(i, j)` of a pair inside the window.
  @inline(__always)
  func masks(_ i: Int, _ j: Int) -> (source: UInt64, target: UInt64) {
    base[(i &- firstRow) &* width &+ (j &- firstColumn)]
  }
}

/// Which items of each sentence pair match. Pairs inside the band the search runs in are
/// computed once; others (anchor candidates) on demand. Most pairs of a band share nothing,
/// so the band is kept sparse: a bit a pair saying whether it matches at all, and the masks
/// of the pairs that do, one after another (a dense band cost 16 bytes a pair, most of the
/// search's memory on long documents). A band of every pair (the full search of short
/// documents, at most `AlignmentParameters.fullSearchCells`) is kept dense, read at once.
///
/// Sendable unchecked: `prepare` writes it, on one thread; between two `prepare`s it is only
/// read, from as many threads as the search uses.
final class PairMatrix: @unchecked Sendable {
  private let source: [SentenceFeatures]
  private let target: [SentenceFeatures]
  /// For each source sentence, the first target index of its row, and the end.
  private var rowStart: [Int] = []
  private var rowEnd: [Int] = []
  /// For each source sentence, the first word of its row in `nonzero`.
  private var rowWord: [Int] = []
  /// Bit k of a row's words: whether pair (i, rowStart[i] + k) matches anything.
  private var nonzero: [UInt64] = []
  /// For each word of `nonzero`, how many matching pairs come before it.
  private var rank: [UInt32] = []
  /// The masks of the matching pairs, in row order.
  private var values: [(UInt64, UInt64)] = []
  /// When the band holds every pair: each pair's masks, row after row (`denseWidth` a row),
  /// and nothing sparse.
  private var dense: [(UInt64, UInt64)] = []
  private var denseWidth = 0

  /// The target sentences holding each key (for `prepare`, and for the search's anchors).
  let targetPostings: KeyPostings

  init(source: [SentenceFeatures], target: [SentenceFeatures]) {
    self.source = source
    self.target = target
    targetPostings = KeyPostings(target)
  }

  /// Computes every pair a bead inside `band` can touch, rows in parallel.
  func prepare(_ band: AlignmentSearch.Band) {
    let n = source.count
    let m = target.count
    let reach = BeadScorer.shapes.map { max($0.source, $0.target) }.max() ?? 3  // the widest bead
    var starts = [Int](repeating: 0, count: n)
    var ends = [Int](repeating: 0, count: n)
    for i in 0..<n {
      var low = m
      var high = 0
      for row in max(0, i - reach + 1)...min(n, i + 1) {
        low = min(low, band.lower[row])
        high = max(high, band.upper[row])
      }
      starts[i] = max(0, low - reach)
      ends[i] = max(starts[i], min(m, high + reach))
    }
    let source = self.source
    let postings = targetPostings
    if m > 0 && starts.allSatisfy({ $0 == 0 }) && ends.allSatisfy({ $0 == m }) {
      var dense = [(UInt64, UInt64)](repeating: (0, 0), count: n * m)
      dense.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let all = buffer  // each row writes only its own cells
        Parallel.forEach(0..<n, minimumPerChunk: 256) { i in
          postings.match(source[i], 0..<m, into: UnsafeMutableBufferPointer(rebasing: all[(i * m)..<(i * m + m)]))
        }
      }
      (self.dense, denseWidth) = (dense, m)
      (rowStart, rowEnd, rowWord, nonzero, rank, values) = ([], [], [], [], [], [])
      return
    }
    (dense, denseWidth) = ([], 0)
    var words = [Int](repeating: 0, count: n + 1)
    for i in 0..<n { words[i + 1] = words[i] + (ends[i] - starts[i] + 63) / 64 }
    let (rowStarts, rowEnds) = (starts, ends)
    // Each row's pairs matched once, rows in parallel: which match at all (a bit each), and
    // the masks of those that do.
    let widest = zip(starts, ends).reduce(0) { max($0, $1.1 - $1.0) }
    let rows = Parallel.map(
      Array(0..<n), minimumPerChunk: 256, context: RowScratch(count: widest)
    ) { scratch, i -> ([UInt64], [(UInt64, UInt64)]) in
      let width = rowEnds[i] - rowStarts[i]
      let row = UnsafeMutableBufferPointer(rebasing: scratch.cells[0..<width])
      postings.match(source[i], rowStarts[i]..<rowEnds[i], into: row)
      var bits = [UInt64](repeating: 0, count: (width + 63) / 64)
      var masks: [(UInt64, UInt64)] = []
      for k in 0..<width where row[k].0 | row[k].1 != 0 {
        bits[k >> 6] |= 1 << UInt64(k & 63)
        masks.append(row[k])
        row[k] = (0, 0)
      }
      return (bits, masks)
    }
    var nonzero: [UInt64] = []
    var rank: [UInt32] = []
    var values: [(UInt64, UInt64)] = []
    nonzero.reserveCapacity(words[n])
    rank.reserveCapacity(words[n])
    values.reserveCapacity(rows.reduce(0) { $0 + $1.1.count })
    var total = 0  // the matching pairs before each word
    for (bits, masks) in rows {
      for word in bits {
        rank.append(UInt32(truncatingIfNeeded: total))
        nonzero.append(word)
        total += word.nonzeroBitCount
      }
      values += masks
    }
    (rowStart, rowEnd, rowWord, self.nonzero, self.rank, self.values) = (starts, ends, words, nonzero, rank, values)
  }

  private func compute(_ i: Int, _ j: Int) -> (source: UInt64, target: UInt64) {
    SentenceFeatures.matches(source[i], target[j])
  }

  /// The prepared pairs of row `i` in `columns`, into `row` (one a column); (0, 0) for the
  /// columns outside the prepared pairs, which no bead inside the band touches.
  func copyRow(_ i: Int, _ columns: Range<Int>, into row: UnsafeMutableBufferPointer<(UInt64, UInt64)>) {
    if denseWidth > 0 {
      for j in columns { row[j - columns.lowerBound] = dense[i * denseWidth + j] }
      return
    }
    guard i < rowStart.count else {
      for k in row.indices { row[k] = (0, 0) }
      return
    }
    for j in columns {
      row[j - columns.lowerBound] = j >= rowStart[i] && j < rowEnd[i] ? masks(i, j) : (0, 0)
    }
  }

  /// (source items matched by target sentence j, target items matched by source sentence i).
  func masks(_ i: Int, _ j: Int) -> (source: UInt64, target: UInt64) {
    if denseWidth > 0 { return dense[i * denseWidth + j] }
    if i < rowStart.count && j >= rowStart[i] && j < rowEnd[i] {
      let k = j - rowStart[i]
      let w = rowWord[i] + k >> 6
      let bit = UInt64(1) << UInt64(k & 63)
      let word = nonzero[w]
      guard word & bit != 0 else { return (0, 0) }
      let (s, t) = values[Int(rank[w]) + (word & (bit - 1)).nonzeroBitCount]
      return (s, t)
    }
    return compute(i, j)
  }
}

/// One row of pair masks for a thread of `PairMatrix.prepare` to match into, all zero
/// between rows.
private final class RowScratch {
  let cells: UnsafeMutableBufferPointer<(UInt64, UInt64)>

  init(count: Int) {
    cells = .allocate(capacity: max(count, 1))
    cells.initialize(repeating: (0, 0))
  }

  deinit { cells.deallocate() }
}
