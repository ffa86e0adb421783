/// How many sentences of each edition a bead holds: `1-1`, `2-1`, `1-0` (a sentence the
/// second edition lacks) ….
public struct BeadShape: Hashable, Sendable, CustomStringConvertible {
  /// Sentences of the first edition.
  public var source: Int
  /// Sentences of the second edition.
  public var target: Int

  public init(_ source: Int, _ target: Int) {
    self.source = source
    self.target = target
  }

  /// One sentence each: the common case, and the one most surely right.
  public static let oneToOne = BeadShape(1, 1)

  /// Whether the bead holds one sentence of each edition.
  public var isOneToOne: Bool { self == .oneToOne }
  /// Whether one side is empty: a sentence one edition has and the other lacks.
  public var isOmission: Bool { source == 0 || target == 0 }
  /// `"1-2"`.
  public var description: String { "\(source)-\(target)" }
}

/// Sentences of the first edition and of the second that stand for each other (either side
/// may be empty): a step of the aligner's path, a line of a gold alignment file, the
/// sentences of a link.
public struct Bead: Hashable, Sendable {
  /// Body sentence indices of the first edition, ascending.
  public var source: [Int]
  /// Body sentence indices of the second edition, ascending.
  public var target: [Int]

  public init(_ source: [Int], _ target: [Int]) {
    self.source = source
    self.target = target
  }

  public var shape: BeadShape { BeadShape(source.count, target.count) }
}

extension Link {
  /// The link's sentences as a bead.
  public var bead: Bead { Bead(source, target) }
}

extension Alignment {
  /// The links as beads (what evaluation compares with a gold alignment).
  public var beads: [Bead] { links.map(\.bead) }
}
