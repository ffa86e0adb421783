/// The review page of `check --format html`: one self-contained file (styles inline, no
/// scripts, fonts or images from anywhere), readable on a laptop and printable. The two
/// editions stand side by side, a row a link, tinted by score from red (doubtful) to green;
/// a sentence one side lacks shows as a hatched gap; each finding sits under its row with
/// its message, the conflicting values marked in the text; a list of findings heads the page.
enum HTMLReport {
  static func render(_ report: CheckReport, minimumSeverity: Severity) -> String {
    let original = report.original
    let translation = report.translation
    let originalSentences = original.sentences
    let translationSentences = translation.sentences
    let originalName = original.language.displayName
    let translationName = translation.language.displayName
    // Which findings go under which row: the first link that shares a sentence with them.
    var findingsByLink: [Int: [Int]] = [:]
    var titleFindings: [Int] = []
    for (number, finding) in report.findings.enumerated() {
      if finding.inTitle {
        titleFindings.append(number)
        continue
      }
      let row = report.alignment.links.firstIndex { link in
        let o = report.originalIDs(link)
        let t = report.translationIDs(link)
        return !Set(o).isDisjoint(with: finding.original.ids) || !Set(t).isDisjoint(with: finding.translation.ids)
      }
      findingsByLink[row ?? 0, default: []].append(number)
    }

    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>EditionAlign check — \(escape(report.translation.metadata.title ?? report.translation.source))</title>
      <style>\(style)</style>
      </head>
      <body>
      <header>
      <h1>Edition check</h1>
      <p class="files"><span class="lang">\(originalName)</span> \(escape(original.source)) &nbsp;↔&nbsp; <span class="lang">\(translationName)</span> \(escape(translation.source))</p>
      <p class="summary">\(summary(report, minimumSeverity: minimumSeverity))</p>
      <p class="legend">Rows are tinted by link score: <span class="swatch" style="\(tint(0.1))">doubtful</span> <span class="swatch" style="\(tint(0.6))">fair</span> <span class="swatch" style="\(tint(0.98))">sure</span> · <span class="gap-sample">gap</span> = a sentence the other edition lacks</p>

      """
    if !report.findings.isEmpty {
      out += "<ol class=\"findings\">\n"
      for (number, finding) in report.findings.enumerated() {
        out +=
          "<li class=\"\(finding.severity.rawValue)\"><a href=\"#f\(number + 1)\"><span class=\"badge \(finding.severity.rawValue)\">\(finding.kind.rawValue)</span> \(escape(finding.message))</a></li>\n"
      }
      out += "</ol>\n"
    }
    out +=
      "</header>\n<main>\n<table>\n<colgroup><col class=\"n\"><col class=\"text\"><col class=\"text\"><col class=\"score\"></colgroup>\n"
    out +=
      "<thead><tr><th>#</th><th>\(originalName) (original)</th><th>\(translationName)</th><th>score</th></tr></thead>\n<tbody>\n"
    if original.metadata.title != nil || translation.metadata.title != nil {
      let marks = titleFindings.map { report.findings[$0] }
      out += "<tr class=\"title-row\"><td class=\"n\">title</td>"
      out +=
        "<td lang=\"\(original.language)\">\(marked(original.metadata.title ?? "", marks.compactMap(\.originalValue)))</td>"
      out +=
        "<td lang=\"\(translation.language)\">\(marked(translation.metadata.title ?? "", marks.compactMap(\.translationValue)))</td><td></td></tr>\n"
      for number in titleFindings { out += findingRow(report.findings[number], number) }
    }
    for (row, link) in report.alignment.links.enumerated() {
      let o = report.originalIDs(link)
      let t = report.translationIDs(link)
      let marks = (findingsByLink[row] ?? []).map { report.findings[$0] }
      let severity = marks.map(\.severity).max()
      out += "<tr class=\"link\(severity.map { " has-\($0.rawValue)" } ?? "")\" style=\"\(tint(link.score))\">"
      out += "<td class=\"n\">\(row + 1)</td>"
      out += cell(
        o, originalSentences, original.language, report.keys.original, marks.compactMap(\.originalValue),
        missing: "not in the \(originalName) edition")
      out += cell(
        t, translationSentences, translation.language, report.keys.translation, marks.compactMap(\.translationValue),
        missing: "not in the \(translationName) edition")
      out += "<td class=\"score\">\(NumberText.score(link.score))</td></tr>\n"
      for number in findingsByLink[row] ?? [] { out += findingRow(report.findings[number], number) }
    }
    out += "</tbody>\n</table>\n</main>\n"
    out +=
      "<footer>EditionAlign \(Toolkit.version) · \(report.alignment.links.count) links · document score \(NumberText.score(report.alignment.documentScore)) · findings at \(minimumSeverity.rawValue) or above</footer>\n"
    out += "</body>\n</html>\n"
    return out
  }

  private static func summary(_ report: CheckReport, minimumSeverity: Severity) -> String {
    let total = report.findings.count
    if total == 0 { return "<span class=\"ok\">No findings</span> at \(minimumSeverity.rawValue) severity or above." }
    let severities = report.severityCounts
    let chips = Severity.allCases.reversed().compactMap { s in
      severities[s].map { "<span class=\"badge \(s.rawValue)\">\($0) \(s.rawValue)</span>" }
    }
    return
      "<strong>\(total) finding\(total == 1 ? "" : "s")</strong> \(chips.joined(separator: " ")) — \(escape(ReportText.counts(report)))"
  }

  private static func cell(
    _ ids: [Int], _ sentences: [Sentence], _ language: Language, _ key: String, _ values: [String], missing: String
  ) -> String {
    if ids.isEmpty { return "<td class=\"gap\">— \(missing) —</td>" }
    let text = ids.map { sentences[$0].text }.joined(separator: " ")
    let label = ids.map(String.init).joined(separator: ",")
    return "<td lang=\"\(language)\"><span class=\"id\">\(key)#\(label)</span> \(marked(text, values))</td>"
  }

  private static func findingRow(_ finding: Finding, _ number: Int) -> String {
    var values = ""
    if let o = finding.originalValue, let t = finding.translationValue {
      values = " <span class=\"values\"><mark>\(escape(o))</mark> ≠ <mark>\(escape(t))</mark></span>"
    }
    return
      "<tr class=\"finding \(finding.severity.rawValue)\" id=\"f\(number + 1)\"><td class=\"n\">⚑</td><td colspan=\"3\"><span class=\"badge \(finding.severity.rawValue)\">\(finding.kind.rawValue) · \(finding.severity.rawValue)</span> \(escape(finding.message))\(values)</td></tr>\n"
  }

  /// `text` escaped, with each value (as the sentence writes it, case aside) in `<mark>`.
  static func marked(_ text: String, _ values: [String]) -> String {
    var ranges: [Range<String.Index>] = []
    for value in values where !value.isEmpty {
      var from = text.startIndex
      while let found = text.range(of: value, options: [.caseInsensitive], range: from..<text.endIndex) {
        ranges.append(found)
        from = found.upperBound
      }
    }
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var out = ""
    var position = text.startIndex
    for range in ranges where range.lowerBound >= position {
      out += escape(String(text[position..<range.lowerBound])) + "<mark>" + escape(String(text[range])) + "</mark>"
      position = range.upperBound
    }
    return out + escape(String(text[position...]))
  }

  /// `text` for HTML: markup characters and quotes as references, characters XML forbids removed.
  static func escape(_ text: String) -> String { XMLText.attribute(text) }

  /// A background from red (score 0) through amber to green (score 1).
  static func tint(_ score: Double) -> String {
    let hue = Int((max(0, min(1, score)) * 120).rounded())
    return "background-color: hsl(\(hue), 65%, 94%)"
  }

  private static let style = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1280px; padding: 24px 28px 40px; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; color: #1d2330; background: #fff; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    header p { margin: 4px 0; }
    .files { color: #4a5263; font-size: 13px; word-break: break-all; }
    .lang { display: inline-block; padding: 0 6px; border-radius: 4px; background: #e8ecf3; color: #1d2330; font-weight: 600; }
    .summary { font-size: 15px; }
    .ok { color: #1e7b34; font-weight: 600; }
    .legend { font-size: 12px; color: #4a5263; }
    .swatch { padding: 1px 8px; border-radius: 3px; border: 1px solid #d5d9e2; }
    .gap-sample { padding: 1px 8px; background: repeating-linear-gradient(135deg, #f4f5f8 0 6px, #e2e5ec 6px 12px); border: 1px dashed #9aa3b5; }
    ol.findings { margin: 12px 0 16px; padding-left: 22px; font-size: 14px; }
    ol.findings a { color: inherit; text-decoration: none; }
    ol.findings a:hover { text-decoration: underline; }
    .badge { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .02em; text-transform: uppercase; padding: 1px 7px; border-radius: 10px; color: #fff; vertical-align: 1px; }
    .badge.high { background: #c62828; } .badge.medium { background: #d97706; } .badge.low { background: #64748b; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; }
    col.n { width: 44px; } col.score { width: 64px; }
    th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #4a5263; border-bottom: 2px solid #c9ced9; padding: 6px 8px; }
    td { vertical-align: top; padding: 7px 8px; border-bottom: 1px solid #e3e6ed; overflow-wrap: anywhere; }
    td.n { color: #6b7383; font-size: 12px; text-align: right; }
    td.score { font-variant-numeric: tabular-nums; text-align: right; color: #39404f; }
    .id { font-size: 11px; color: #7a8293; margin-right: 2px; }
    tr.title-row td { font-weight: 700; background: #f6f7fa; }
    td.gap { color: #5b6475; font-style: italic; text-align: center; background: repeating-linear-gradient(135deg, #f4f5f8 0 6px, #e2e5ec 6px 12px); border: 1px dashed #9aa3b5; }
    tr.has-high td:first-child { box-shadow: inset 4px 0 #c62828; } tr.has-medium td:first-child { box-shadow: inset 4px 0 #d97706; } tr.has-low td:first-child { box-shadow: inset 4px 0 #64748b; }
    tr.finding td { background: #fff8e6; border-bottom: 1px solid #f0d9a8; font-size: 14px; }
    tr.finding.high td { background: #fdecec; border-bottom-color: #f2c2c2; }
    tr.finding.low td { background: #f3f5f8; }
    tr.finding td.n { color: #c62828; font-size: 14px; }
    mark { background: #ffe066; padding: 0 2px; border-radius: 2px; }
    .values { margin-left: 6px; white-space: nowrap; }
    footer { margin-top: 18px; font-size: 12px; color: #6b7383; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      tr { break-inside: avoid; }
      thead { display: table-header-group; }
      ol.findings a { text-decoration: none; }
    }
    """
}
