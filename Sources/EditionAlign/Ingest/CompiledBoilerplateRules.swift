/// Boilerplate rules with their patterns compiled, ready to classify lines.
struct CompiledBoilerplateRules {
  struct Rule {
    let kind: BoilerplateKind
    let position: BoilerplateRule.Position
    let pattern: Pattern
  }

  let rules: [Rule]
  let leadingBylines: [Pattern]

  init(_ source: BoilerplateRules) throws {
    rules = try source.rules.map { Rule(kind: $0.kind, position: $0.position, pattern: try Pattern($0.pattern)) }
    leadingBylines = try source.leadingBylines.map { try Pattern($0) }
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
