import Foundation

/// A column of TSV output.
public enum TSVColumn: Hashable, Sendable {
  case sourceText, targetText, score, document, sourceIDs, targetIDs

  /// The column a name means, for editions in `source` and `target`: the language codes
  /// (`en`, `ko`) or `source`/`target` for the texts, `en_ids`/`source_ids` for the ids,
  /// `score`, `document`.
  public static func named(_ name: String, source: Language, target: Language) -> TSVColumn? {
    switch name {
    case "source", source.rawValue: .sourceText
    case "target", target.rawValue: .targetText
    case "score": .score
    case "document": .document
    case "source_ids", source.rawValue + "_ids": .sourceIDs
    case "target_ids", target.rawValue + "_ids": .targetIDs
    default: nil
    }
  }

  /// The name in a header line.
  func header(source: Language, target: Language) -> String {
    switch self {
    case .sourceText: source.rawValue
    case .targetText: target.rawValue
    case .score: "score"
    case .document: "document"
    case .sourceIDs: source.rawValue + "_ids"
    case .targetIDs: target.rawValue + "_ids"
    }
  }
}

/// Tab-separated pairs: by default the first edition's text, the second's, the score; a
/// pair a line. Tabs and line breaks inside a text become spaces, so a row never breaks.
public struct TSVExporter: AlignmentExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    let source = alignment.source.language, target = alignment.target.language
    let document = LineText.flattened(settings.documentID(alignment))
    var out = ""
    if settings.header { out += settings.columns.map { $0.header(source: source, target: target) }.joined(separator: "\t") + "\n" }
    for pair in settings.filter.pairs(alignment) {
      let cells = settings.columns.map { column -> String in
        switch column {
        case .sourceText: LineText.flattened(pair.sourceText)
        case .targetText: LineText.flattened(pair.targetText)
        case .score: ExportNumber.score(pair.link.score)
        case .document: document
        case .sourceIDs: ExportNumber.list(pair.link.source)
        case .targetIDs: ExportNumber.list(pair.link.target)
        }
      }
      out += cells.joined(separator: "\t") + "\n"
    }
    return [ExportedFile(contents: out)]
  }
}

/// Moses line pairs: one file a language (`.en`, `.ko` after the output path), the same
/// number of lines, a segment a line. Line breaks, tabs, VT, FF, NEL and U+2028/U+2029
/// inside a segment become spaces.
public struct MosesExporter: AlignmentExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    var sourceLines = "", targetLines = ""
    for pair in settings.filter.pairs(alignment) {
      sourceLines += LineText.flattened(pair.sourceText) + "\n"
      targetLines += LineText.flattened(pair.targetText) + "\n"
    }
    return [
      ExportedFile(suffix: "." + alignment.source.language.rawValue, contents: sourceLines),
      ExportedFile(suffix: "." + alignment.target.language.rawValue, contents: targetLines),
    ]
  }
}

/// Hugging Face translation records, a pair a line:
/// `{"translation": {"en": "…", "ko": "…"}, "score": 0.93, "document": "…"}`.
public struct HuggingFaceExporter: AlignmentExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    let sourceKey = JSONText.quoted(alignment.source.language.rawValue)
    let targetKey = JSONText.quoted(alignment.target.language.rawValue)
    let document = JSONText.quoted(settings.documentID(alignment))
    var out = ""
    for pair in settings.filter.pairs(alignment) {
      out += "{\"translation\": {\(sourceKey): \(JSONText.quoted(pair.sourceText)), \(targetKey): \(JSONText.quoted(pair.targetText))}, "
      out += "\"score\": \(ExportNumber.score(pair.link.score)), \"document\": \(document)}\n"
    }
    return [ExportedFile(contents: out)]
  }
}

/// Why an export was asked for wrongly.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownColumn(name: String, known: [String])

  public var description: String {
    switch self {
    case .unknownColumn(let name, let known):
      "unknown TSV column '\(name)'; columns are \(known.joined(separator: ", "))"
    }
  }
}

extension TSVColumn {
  /// The columns of a comma-separated list (`en,ko,score,document`) for editions in
  /// `source` and `target`.
  public static func parse(_ list: String, source: Language, target: Language) throws(ExportError) -> [TSVColumn] {
    var columns: [TSVColumn] = []
    for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let column = named(name, source: source, target: target) else {
        let known = [source.rawValue, target.rawValue, "score", "document", source.rawValue + "_ids", target.rawValue + "_ids", "source", "target", "source_ids", "target_ids"]
        throw .unknownColumn(name: name, known: known)
      }
      columns.append(column)
    }
    return columns
  }
}
