/// The lexical terms of the beads that end at one cell (i, j), from the sentence sums they
/// share: of the 20 sums their six two-sided shapes add, 12 differ (the 1-1 bead's source
/// sentence is also the last of the 2-1 and 3-1 beads', in the same lane and with the same
/// mask). Each is worked out once, when a bead first needs it, and added in `lexicalTerm`'s
/// order (sources, then targets, from 0), so every term is the same number.
struct CellLexicon {
  let window: MaskWindow
  let i: Int
  let j: Int
  // Source sentence i-d in a bead of `lane` target sentences: sourceDLaneL; target j-d: targetDLaneL.
  private var source1Lane1: Double?
  private var source1Lane2: Double?
  private var source1Lane3: Double?
  private var source2Lane1: Double?
  private var source2Lane2: Double?
  private var source3Lane1: Double?
  private var target1Lane1: Double?
  private var target1Lane2: Double?
  private var target1Lane3: Double?
  private var target2Lane1: Double?
  private var target2Lane2: Double?
  private var target3Lane1: Double?

  init(window: MaskWindow, i: Int, j: Int) {
    (self.window, self.i, self.j) = (window, i, j)
  }

  @inline(__always)
  private static func memo(_ slot: inout Double?, _ make: () -> Double) -> Double {
    if let known = slot { return known }
    let value = make()
    slot = value
    return value
  }

  /// Source sentence i-1 in a bead of `lane` target sentences (j-lane..<j).
  @inline(__always)
  private mutating func s1(_ lane: Int, _ scorer: borrowing BeadScorer) -> Double {
    let (i, j, w) = (self.i, self.j, self.window)
    switch lane {
    case 1: return Self.memo(&source1Lane1) { scorer.sourceSum(i - 1, w.masks(i - 1, j - 1).source, lane: 1) }
    case 2:
      return Self.memo(&source1Lane2) {
        scorer.sourceSum(i - 1, w.masks(i - 1, j - 1).source | w.masks(i - 1, j - 2).source, lane: 2)
      }
    default:
      return Self.memo(&source1Lane3) {
        scorer.sourceSum(
          i - 1, w.masks(i - 1, j - 1).source | w.masks(i - 1, j - 2).source | w.masks(i - 1, j - 3).source, lane: 3)
      }
    }
  }

  @inline(__always)
  private mutating func t1(_ lane: Int, _ scorer: borrowing BeadScorer) -> Double {
    let (i, j, w) = (self.i, self.j, self.window)
    switch lane {
    case 1: return Self.memo(&target1Lane1) { scorer.targetSum(j - 1, w.masks(i - 1, j - 1).target, lane: 1) }
    case 2:
      return Self.memo(&target1Lane2) {
        scorer.targetSum(j - 1, w.masks(i - 1, j - 1).target | w.masks(i - 2, j - 1).target, lane: 2)
      }
    default:
      return Self.memo(&target1Lane3) {
        scorer.targetSum(
          j - 1, w.masks(i - 1, j - 1).target | w.masks(i - 2, j - 1).target | w.masks(i - 3, j - 1).target, lane: 3)
      }
    }
  }

  /// `lexicalTerm` of the bead of `shape` (two-sided) ending at the cell.
  @inline(__always)
  mutating func lexical(_ shape: Int, _ scorer: borrowing BeadScorer) -> Double {
    let (i, j, w) = (self.i, self.j, self.window)
    var lexical = 0.0
    switch shape {
    case 0:  // 1-1
      lexical += s1(1, scorer)
      lexical += t1(1, scorer)
    case 1:  // 1-2
      lexical += s1(2, scorer)
      lexical += Self.memo(&target2Lane1) { scorer.targetSum(j - 2, w.masks(i - 1, j - 2).target, lane: 1) }
      lexical += t1(1, scorer)
    case 2:  // 2-1
      lexical += Self.memo(&source2Lane1) { scorer.sourceSum(i - 2, w.masks(i - 2, j - 1).source, lane: 1) }
      lexical += s1(1, scorer)
      lexical += t1(2, scorer)
    case 3:  // 2-2
      lexical += Self.memo(&source2Lane2) {
        scorer.sourceSum(i - 2, w.masks(i - 2, j - 1).source | w.masks(i - 2, j - 2).source, lane: 2)
      }
      lexical += s1(2, scorer)
      lexical += Self.memo(&target2Lane2) {
        scorer.targetSum(j - 2, w.masks(i - 1, j - 2).target | w.masks(i - 2, j - 2).target, lane: 2)
      }
      lexical += t1(2, scorer)
    case 4:  // 1-3
      lexical += s1(3, scorer)
      lexical += Self.memo(&target3Lane1) { scorer.targetSum(j - 3, w.masks(i - 1, j - 3).target, lane: 1) }
      lexical += Self.memo(&target2Lane1) { scorer.targetSum(j - 2, w.masks(i - 1, j - 2).target, lane: 1) }
      lexical += t1(1, scorer)
    default:  // 3-1
      lexical += Self.memo(&source3Lane1) { scorer.sourceSum(i - 3, w.masks(i - 3, j - 1).source, lane: 1) }
      lexical += Self.memo(&source2Lane1) { scorer.sourceSum(i - 2, w.masks(i - 2, j - 1).source, lane: 1) }
      lexical += s1(1, scorer)
      lexical += t1(3, scorer)
    }
    return lexical
  }
}
