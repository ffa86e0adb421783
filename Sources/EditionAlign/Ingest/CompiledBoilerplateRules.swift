/// Boilerplate rules with their patterns compiled, ready to classify lines.
struct CompiledBoilerplateRules {
  struct Rule {
    let kind: BoilerplateKind
    let position: BoilerplateRule.Position
    let pattern: Pattern
  }

  let rules: [Rule]
  let leadingBylines: [Pattern]

  /// No rules (what a reader falls back to if the standard rules ever failed to compile;
  /// `BoilerplateRuleTests` keeps them compiling).
  static let none = CompiledBoilerplateRules(rules: [], leadingBylines: [])

  private init(rules: [Rule], leadingBylines: [Pattern]) {
    self.rules = rules
    self.leadingBylines = leadingBylines
  }

  init(_ source: BoilerplateRules) throws(BoilerplateRuleError) {
    func compiled(_ pattern: String) throws(BoilerplateRuleError) -> Pattern {
      do { return try Pattern(pattern) } catch { throw BoilerplateRuleError(pattern: pattern, reason: "\(error)") }
    }
    var rules: [Rule] = []
    for rule in source.rules {
      rules.append(Rule(kind: rule.kind, position: rule.position, pattern: try compiled(rule.pattern)))
    }
    self.rules = rules
    var bylines: [Pattern] = []
    for pattern in source.leadingBylines { bylines.append(try compiled(pattern)) }
    leadingBylines = bylines
  }

  /// The kind of boilerplate `line` is, or nil. `inHeader`: no title seen yet.
  func classify(_ line: String, inHeader: Bool) -> BoilerplateKind? {
    if line.count > 300 { return nil }
    for rule in rules where inHeader || rule.position == .anywhere {
      if rule.pattern.matchesWhole(line) { return rule.kind }
    }
    return nil
  }

  /// The length in UTF-8 bytes of a by-line opening `text` (`(서울=연합뉴스) 홍길동 기자 = `), or 0.
  func leadingBylineLength(_ text: String) -> Int {
    for pattern in leadingBylines {
      if let length = pattern.prefixLength(text) { return length }
    }
    return 0
  }
}

/// A boilerplate rule whose pattern is not a valid regular expression.
public struct BoilerplateRuleError: Error, CustomStringConvertible, Hashable {
  /// The pattern as given.
  public var pattern: String
  /// What the regular-expression compiler said.
  public var reason: String

  public var description: String {
    "boilerplate rule pattern \(JSONText.quoted(pattern)) is not a valid regular expression: \(reason)"
  }
}
