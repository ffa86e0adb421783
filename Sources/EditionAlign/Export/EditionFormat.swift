import Foundation

/// How `segment` writes an edition.
public enum EditionFormat: String, CaseIterable, Sendable {
  /// One sentence a line, a blank line between paragraphs.
  case text
  /// One object a sentence: `{"paragraph": 0, "index": 0, "text": "…", "start": 123, "end": 240}`.
  case jsonl
  /// The whole edition: language, shape, title, metadata, removed boilerplate, paragraphs.
  case json

  /// `edition` written in this format.
  public func render(_ edition: Edition) -> String {
    switch self {
    case .text:
      return edition.paragraphs.map { $0.sentences.map(\.text).joined(separator: "\n") + "\n" }
        .joined(separator: "\n")
    case .jsonl:
      var out = ""
      for sentence in edition.sentences {
        out += "{\"paragraph\": \(sentence.paragraph), \"index\": \(sentence.index), \"text\": "
        out += JSONText.quoted(sentence.text)
        out += ", \"start\": \(sentence.range.start), \"end\": \(sentence.range.end)}\n"
      }
      return out
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = (try? encoder.encode(edition)) ?? Data()
      return String(decoding: data, as: UTF8.self) + "\n"
    }
  }
}
