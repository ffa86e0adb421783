/// What kind of disagreement between two editions a finding reports.
public enum FindingKind: String, Codable, Sendable, CaseIterable, Comparable {
  /// Sentences of the original (Korean) edition that the translation leaves out.
  case omission
  /// Sentences of the translation with no counterpart in the original.
  case addition
  /// A number, amount, percentage or count on one side with a different value on the other.
  case number
  /// A date that differs (8월 18일 vs August 17), or a weekday that does not fall on it.
  case date
  /// A person's name romanized as someone else (윤태경 vs Yoon Tae-min).
  case name
  /// Sentences the translation gives in another order.
  case order
  /// Headlines that disagree (a number, date or name in the title).
  case title

  /// The length of the longest kind's name (text reports pad the kind to it).
  static let longestName = allCases.map(\.rawValue.count).max() ?? 0

  public static func < (a: FindingKind, b: FindingKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// How much a finding matters to an editor.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
  /// Worth a look, often a matter of style (a detail left out, a loose sentence).
  case low
  /// Likely a real difference (an omitted sentence, swapped sentences).
  case medium
  /// A fact that differs (a number, a date, a name, a dropped paragraph).
  case high

  public static func < (a: Severity, b: Severity) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// One side of a finding: the sentence ids (as `segment` numbers them) and their text.
public struct FindingSide: Hashable, Codable, Sendable {
  public var ids: [Int]
  public var text: String

  public init(ids: [Int], text: String) {
    self.ids = ids
    self.text = text
  }
}

/// A place where the two editions disagree.
public struct Finding: Hashable, Codable, Sendable {
  public var kind: FindingKind
  public var severity: Severity
  /// The translation's side (the English edition for ko–en).
  public var translation: FindingSide
  /// The original's side (the Korean edition for ko–en).
  public var original: FindingSide
  /// The conflicting values as each side writes them (`2.3%`, `3.2%`), where there are any.
  public var translationValue: String?
  public var originalValue: String?
  /// One line for a person: what differs.
  public var message: String
  /// Whether the finding is about the headlines rather than body sentences.
  public var inTitle: Bool

  public init(
    kind: FindingKind, severity: Severity, translation: FindingSide, original: FindingSide,
    translationValue: String? = nil, originalValue: String? = nil, message: String, inTitle: Bool = false
  ) {
    self.kind = kind
    self.severity = severity
    self.translation = translation
    self.original = original
    self.translationValue = translationValue
    self.originalValue = originalValue
    self.message = message
    self.inTitle = inTitle
  }
}

/// What `Checker` found in an alignment: the findings at or above the severity asked for,
/// in document order, and the alignment they were found in.
public struct CheckReport: Sendable {
  public var alignment: Alignment
  /// Which edition is the original (the Korean one for ko–en).
  public var originalIsSource: Bool
  public var findings: [Finding]

  public init(alignment: Alignment, originalIsSource: Bool, findings: [Finding]) {
    self.alignment = alignment
    self.originalIsSource = originalIsSource
    self.findings = findings
  }

  public var original: Edition { originalIsSource ? alignment.source : alignment.target }

  /// The original's sentence ids of `link`.
  public func originalIDs(_ link: Link) -> [Int] { Self.originalIDs(link, originalIsSource: originalIsSource) }
  /// The translation's sentence ids of `link`.
  public func translationIDs(_ link: Link) -> [Int] { Self.translationIDs(link, originalIsSource: originalIsSource) }

  static func originalIDs(_ link: Link, originalIsSource: Bool) -> [Int] {
    originalIsSource ? link.source : link.target
  }
  static func translationIDs(_ link: Link, originalIsSource: Bool) -> [Int] {
    originalIsSource ? link.target : link.source
  }
  public var translation: Edition { originalIsSource ? alignment.target : alignment.source }

  /// The keys of the original's and the translation's sides in records (see `SideKeys`).
  public var keys: (original: String, translation: String) {
    let keys = alignment.keys
    return originalIsSource ? (keys.source, keys.target) : (keys.target, keys.source)
  }

  /// Findings by kind.
  public var counts: [FindingKind: Int] { findings.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

  /// Findings by severity.
  public var severityCounts: [Severity: Int] { findings.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 } }
}
