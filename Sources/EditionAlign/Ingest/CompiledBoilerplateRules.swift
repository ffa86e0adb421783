/// Boilerplate rules with their patterns compiled, ready to classify lines.
struct CompiledBoilerplateRules {
  struct Rule {
    let kind: BoilerplateKind
    let position: BoilerplateRule.Position
    let regex: Regex<AnyRegexOutput>
  }

  let rules: [Rule]
  let leadingBylines: [Regex<AnyRegexOutput>]

  init(_ source: BoilerplateRules) throws {
    rules = try source.rules.map {
      Rule(kind: $0.kind, position: $0.position, regex: try Regex($0.pattern).ignoresCase())
    }
    leadingBylines = try source.leadingBylines.map { try Regex($0).ignoresCase() }
  }

  /// The kind of boilerplate `line` is, or nil. `inHeader`: no title seen yet.
  func classify(_ line: String, inHeader: Bool) -> BoilerplateKind? {
    if line.count > 300 { return nil }
    for rule in rules where inHeader || rule.position == .anywhere {
      if (try? rule.regex.wholeMatch(in: line)) != nil { return rule.kind }
    }
    return nil
  }

  /// The length in UTF-8 bytes of a by-line opening `text` (`(서울=연합뉴스) 홍길동 기자 = `), or 0.
  func leadingBylineLength(_ text: String) -> Int {
    for regex in leadingBylines {
      if let match = try? regex.prefixMatch(in: text) {
        return text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
      }
    }
    return 0
  }
}
