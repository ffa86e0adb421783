/// How `align` writes an alignment. Corpus formats (TMX, Moses, XLIFF, …) come with the
/// exporter; each format here is one `render` case.
public enum AlignmentFormat: String, CaseIterable, Sendable {
  /// Side by side for reading, scores shown, omissions as gaps.
  case text
  /// One link a line: `{"en": {"ids": [3], "text": "…"}, "ko": {"ids": [4, 5], "text": "…"}, "score": 0.93}`.
  case jsonl
  /// `en`, `ko`, `score` columns, a header line first.
  case tsv
  /// `[3]:[4, 5]:0.07` a line (Vecalign's format; the number after the second colon is a cost, 1 − score).
  case vecalign

  /// `alignment` in this format; with `explain`, jsonl records carry `"evidence"` and text
  /// shows the similarity and length fit of each link.
  public func render(_ alignment: Alignment, explain: Bool = false) -> String {
    let source = alignment.source, target = alignment.target
    let sourceSentences = source.sentences, targetSentences = target.sentences
    func text(_ ids: [Int], _ sentences: [Sentence]) -> String { ids.map { sentences[$0].text }.joined(separator: " ") }
    var out = ""
    switch self {
    case .jsonl:
      let sourceKey = JSONText.quoted(source.language.rawValue), targetKey = JSONText.quoted(target.language.rawValue)
      for link in alignment.links {
        out += "{\(sourceKey): {\"ids\": \(Self.list(link.source)), \"text\": \(JSONText.quoted(text(link.source, sourceSentences)))}, "
        out += "\(targetKey): {\"ids\": \(Self.list(link.target)), \"text\": \(JSONText.quoted(text(link.target, targetSentences)))}, "
        out += "\"score\": \(Self.number(link.score))"
        if explain, let evidence = link.evidence {
          out += ", \"evidence\": {\"similarity\": \(Self.number(evidence.similarity)), "
          out += "\"length_log_probability\": \(Self.number(evidence.lengthLogProbability)), \"shape\": \"\(link.shape)\"}"
        }
        out += "}\n"
      }
    case .tsv:
      out += "\(source.language.rawValue)\t\(target.language.rawValue)\tscore\n"
      for link in alignment.links {
        out += Self.cell(text(link.source, sourceSentences)) + "\t" + Self.cell(text(link.target, targetSentences))
        out += "\t" + Self.number(link.score) + "\n"
      }
    case .vecalign:
      for link in alignment.links {
        out += "\(Self.list(link.source)):\(Self.list(link.target)):\(Self.number(1 - link.score))\n"
      }
    case .text:
      out += "# \(source.source) (\(source.language)) ↔ \(target.source) (\(target.language)): "
      out += "\(alignment.links.count) links, document score \(Self.number(alignment.documentScore))\n"
      for link in alignment.links {
        let flag = link.isOmission ? "  GAP" : (link.score < 0.5 ? "  ?  " : "     ")
        let sourceIds = link.source.isEmpty ? "—" : link.source.map(String.init).joined(separator: ",")
        let targetIds = link.target.isEmpty ? "—" : link.target.map(String.init).joined(separator: ",")
        out += "\n\(flag) \(source.language)#\(sourceIds) ↔ \(target.language)#\(targetIds)  score \(Self.number(link.score))"
        if explain, let evidence = link.evidence {
          out += "  (similarity \(Self.number(evidence.similarity)), length \(Self.number(evidence.lengthLogProbability)))"
        }
        out += "\n"
        out += "  \(source.language): \(link.source.isEmpty ? "(missing)" : text(link.source, sourceSentences))\n"
        out += "  \(target.language): \(link.target.isEmpty ? "(missing)" : text(link.target, targetSentences))\n"
      }
    }
    return out
  }

  static func list(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ", ") + "]" }

  /// A score with at most three decimals.
  static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
  }

  /// A TSV cell: tabs and line breaks become spaces so a row stays one line.
  static func cell(_ text: String) -> String {
    String(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
  }
}
