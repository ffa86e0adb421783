/// How `check` writes its findings.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// One finding a line, grep-able: `number  ko#6 en#6  3.2% ≠ 2.3%  “…”  [high]`.
  case text
  /// `{"findings": [{"kind", "severity", "en": {"ids", "text"}, "ko": {…}, "values", "message"}], "summary": {…}}`.
  case json
  /// One self-contained page: both editions side by side, findings highlighted.
  case html

  public func render(_ report: CheckReport, minimumSeverity: Severity = .medium) -> String {
    switch self {
    case .text: TextReport.render(report, minimumSeverity: minimumSeverity)
    case .json: JSONReport.render(report, minimumSeverity: minimumSeverity)
    case .html: HTMLReport.render(report, minimumSeverity: minimumSeverity)
    }
  }
}

/// Pieces every report shows the same way.
enum ReportText {
  /// `ko#6`, `en#3,4`, `ko#—`, `en#title` (`ko_2#6` for a second Korean edition).
  static func place(_ key: String, _ side: FindingSide, inTitle: Bool) -> String {
    if inTitle { return "\(key)#title" }
    return "\(key)#" + (side.ids.isEmpty ? "—" : side.ids.map(String.init).joined(separator: ","))
  }

  /// `3.2% ≠ 2.3%` (original first), or the message when the finding has no values.
  static func summary(_ finding: Finding) -> String {
    if let o = finding.originalValue, let t = finding.translationValue { return "\(o) ≠ \(t)" }
    return finding.message
  }

  /// Up to `limit` characters of `text` on one line.
  static func snippet(_ text: String, limit: Int = 90) -> String {
    let flat = LineText.flattened(text)
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
  }

  /// `2 number, 1 omission`.
  static func counts(_ report: CheckReport) -> String {
    let counts = report.counts
    return FindingKind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }.joined(
      separator: ", ")
  }
}

/// One finding a line; a last comment line sums them up.
enum TextReport {
  static func render(_ report: CheckReport, minimumSeverity: Severity) -> String {
    let (original, translation) = report.keys
    var out = ""
    for finding in report.findings {
      let quoted = finding.translation.text.isEmpty ? finding.original.text : finding.translation.text
      // The kind padded to the longest kind's width, then two spaces between every field.
      out +=
        [
          finding.kind.rawValue.padding(toLength: FindingKind.longestName, withPad: " ", startingAt: 0),
          ReportText.place(original, finding.original, inTitle: finding.inTitle) + " "
            + ReportText.place(translation, finding.translation, inTitle: finding.inTitle),
          ReportText.summary(finding), "“" + ReportText.snippet(quoted) + "”", "[\(finding.severity.rawValue)]",
        ].joined(separator: "  ") + "\n"
    }
    let total = report.findings.count
    out += "# \(total) finding\(total == 1 ? "" : "s") at \(minimumSeverity.rawValue) or above"
    out += total > 0 ? ": \(ReportText.counts(report))" : ""
    out += " — \(report.original.source) (\(original)) ↔ \(report.translation.source) (\(translation))\n"
    return out
  }
}

/// The findings and a summary as one JSON object, sides keyed by language code.
enum JSONReport {
  static func render(_ report: CheckReport, minimumSeverity: Severity) -> String {
    let original = JSONText.quoted(report.keys.original)
    let translation = JSONText.quoted(report.keys.translation)
    func side(_ side: FindingSide) -> String {
      "{\"ids\": [\(side.ids.map(String.init).joined(separator: ", "))], \"text\": \(JSONText.quoted(side.text))}"
    }
    var findings: [String] = []
    for finding in report.findings {
      var record = "{\"kind\": \"\(finding.kind.rawValue)\", \"severity\": \"\(finding.severity.rawValue)\", "
      record += "\(translation): \(side(finding.translation)), \(original): \(side(finding.original)), "
      if let t = finding.translationValue, let o = finding.originalValue {
        record += "\"values\": {\(translation): \(JSONText.quoted(t)), \(original): \(JSONText.quoted(o))}, "
      } else {
        record += "\"values\": null, "
      }
      record += "\"title\": \(finding.inTitle), \"message\": \(JSONText.quoted(finding.message))}"
      findings.append(record)
    }
    let counts = report.counts
    let severities = report.severityCounts
    let byKind = FindingKind.allCases.map { "\"\($0.rawValue)\": \(counts[$0] ?? 0)" }.joined(separator: ", ")
    let bySeverity = Severity.allCases.map { "\"\($0.rawValue)\": \(severities[$0] ?? 0)" }.joined(separator: ", ")
    var out = "{\"findings\": [" + (findings.isEmpty ? "" : "\n  " + findings.joined(separator: ",\n  ") + "\n") + "], "
    out +=
      "\"summary\": {\"findings\": \(report.findings.count), \"by_kind\": {\(byKind)}, \"by_severity\": {\(bySeverity)}, "
    out +=
      "\"minimum_severity\": \"\(minimumSeverity.rawValue)\", \"original\": \(original), \"translation\": \(translation), "
    out +=
      "\"links\": \(report.alignment.links.count), \"document_score\": \(NumberText.score(report.alignment.documentScore)), "
    out +=
      "\"sources\": {\(original): \(JSONText.quoted(report.original.source)), \(translation): \(JSONText.quoted(report.translation.source))}}}\n"
    return out
  }
}
