import Foundation
import Synchronization

/// What the search keeps of the cells of a band: the best path score of each cell while a
/// bead can still reach back to its row (the last `ringRows` rows, in a ring), and for every
/// cell the way back (the place in `BeadScorer.shapes` of the best bead ending there).
///
/// A class over raw memory, so that the two threads of `fillRowsOnTwoThreads` write their
/// own cells of one row side by side; each cell is written by one thread only.
final class PathGrid: @unchecked Sendable {
  /// Rows a bead can reach back, and the row it ends on (the tallest shape, 3 rows, plus one).
  static let ringRows = 4
  /// The way back of a cell no bead reaches.
  static let unreached = UInt8.max

  let band: AlignmentSearch.Band
  /// Where each row's cells start in the way back, and the end.
  let offsets: [Int]
  /// Cells in the widest row.
  let widest: Int
  /// The ring of scores, `widest` a row.
  let best: UnsafeMutablePointer<Double>
  /// The way back of every cell, row after row.
  let backs: UnsafeMutablePointer<UInt8>

  init(_ band: AlignmentSearch.Band) {
    precondition(
      BeadScorer.shapes.allSatisfy { $0.source < Self.ringRows }, "a bead reaches further back than the ring holds")
    precondition(
      BeadScorer.shapes.indices.allSatisfy {
        (BeadScorer.shapes[$0].source == 0) == ($0 == BeadScorer.targetOmissionIndex)
      } && BeadScorer.targetOmissionIndex == BeadScorer.shapes.count - 1
        && BeadScorer.shapes[BeadScorer.targetOmissionIndex] == BeadShape(0, 1),
      "the omission of a target sentence must be the last shape and the only one within a row")
    self.band = band
    let rows = band.lower.count
    var offsets = [Int](repeating: 0, count: rows + 1)
    var widest = 0
    for i in 0..<rows {
      let width = band.upper[i] - band.lower[i] + 1
      offsets[i + 1] = offsets[i] + width
      widest = max(widest, width)
    }
    self.offsets = offsets
    self.widest = widest
    best = .allocate(capacity: Self.ringRows * widest)
    best.initialize(repeating: -.infinity, count: Self.ringRows * widest)
    backs = .allocate(capacity: offsets[rows])
    backs.initialize(repeating: Self.unreached, count: offsets[rows])
  }

  deinit {
    best.deallocate()
    backs.deallocate()
  }

  /// Cells of the band.
  var cellCount: Int { offsets[offsets.count - 1] }

  /// Where row `i`'s scores start in the ring.
  @inline(__always)
  func ringStart(_ i: Int) -> Int { (i % Self.ringRows) * widest }

  func setBest(_ i: Int, _ j: Int, _ score: Double) { best[ringStart(i) + j - band.lower[i]] = score }

  /// The best path score of cell (i, j), while row `i` is among the last `ringRows` filled.
  func bestScore(_ i: Int, _ j: Int) -> Double { best[ringStart(i) + j - band.lower[i]] }

  func back(_ i: Int, _ j: Int) -> UInt8 { backs[offsets[i] + j - band.lower[i]] }
}

extension AlignmentSearch {
  /// Fills every row of `grid` on two threads: this one takes the left half of each row's
  /// cells, a second thread the right half. A bead's score reads only rows before its last,
  /// so both halves of a row are scored at once; only the omission of a target sentence
  /// stays in its row, and the right half adds it from the left half's last cell
  /// (`carryOmissions`) before the next row starts. Every cell is worked out as a one-thread
  /// search works it out, comparison for comparison, so the path is the same.
  func fillRowsOnTwoThreads(_ grid: PathGrid, _ band: Band) {
    let n = band.lower.count - 1
    let handoff = RowHandoff()
    // The halves: the right one starts at `split[i]` (the left one may be empty, or the right).
    var split = [Int](repeating: 0, count: n + 1)
    for i in 0...n { split[i] = band.lower[i] + (band.upper[i] - band.lower[i] + 1) / 2 }
    let halves = split
    let search = self
    Parallel.concurrently(
      {
        for i in 0...n {
          search.fill(grid, row: i, from: halves[i], through: band.upper[i])
          handoff.waitForLeft(i)
          search.carryOmissions(grid, row: i, from: halves[i])
          handoff.finishRight(i)
        }
      },
      while: {
        for i in 0...n {
          if i > 0 { handoff.waitForRight(i - 1) }
          fill(grid, row: i, from: band.lower[i], through: halves[i] - 1)
          handoff.finishLeft(i)
        }
      })
  }

  /// The omission of target sentences carried along row `i` from the cell before `from`
  /// into the cells from `from` on, once both are scored: where the path through the cell
  /// to the left, plus the omission, beats a cell's best (as `fill` compares it, last of
  /// the shapes, strictly), it becomes the cell's best, and the next cell is tried.
  func carryOmissions(_ grid: PathGrid, row i: Int, from: Int) {
    let band = grid.band
    guard from > band.lower[i], from <= band.upper[i] else { return }
    let shape = BeadScorer.targetOmissionIndex
    let prior = scorer.logPriors[shape]
    let base = grid.ringStart(i) - band.lower[i]
    let rowStart = grid.offsets[i] - band.lower[i]
    for j in from...band.upper[i] {
      let previous = grid.best[base + j - 1]
      guard previous != -.infinity else { return }
      let total = previous + prior
      guard total > grid.best[base + j] else { return }
      grid.best[base + j] = total
      grid.backs[rowStart + j] = UInt8(shape)
    }
  }
}

/// How far each thread of `fillRowsOnTwoThreads` has come: the last row each has finished.
/// A waiting thread spins (a row takes microseconds), and yields its core after a while, in
/// case the other thread is waiting for one.
private final class RowHandoff: Sendable {
  private let left = Atomic<Int>(-1)
  private let right = Atomic<Int>(-1)

  func finishLeft(_ row: Int) { left.store(row, ordering: .releasing) }
  func finishRight(_ row: Int) { right.store(row, ordering: .releasing) }
  func waitForLeft(_ row: Int) { Self.wait { self.left.load(ordering: .acquiring) >= row } }
  func waitForRight(_ row: Int) { Self.wait { self.right.load(ordering: .acquiring) >= row } }

  @inline(__always)
  private static func wait(_ ready: () -> Bool) {
    var spins = 0
    while !ready() {
      spins += 1
      if spins > 2_000 { sched_yield() }
    }
  }
}
