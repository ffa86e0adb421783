import Foundation

/// A column of TSV output.
public enum TSVColumn: Hashable, Sendable {
  case sourceText, targetText, score, document, sourceIDs, targetIDs

  /// The column a name means, for sides named `keys`: the side keys (`en`, `ko`; `ko_2`
  /// for a second Korean edition) or `source`/`target` for the texts, `en_ids`/`source_ids`
  /// for the ids, `score`, `document`.
  public static func named(_ name: String, keys: SideKeys) -> TSVColumn? {
    switch name {
    case "source", keys.source: .sourceText
    case "target", keys.target: .targetText
    case "score": .score
    case "document": .document
    case "source_ids", keys.source + "_ids": .sourceIDs
    case "target_ids", keys.target + "_ids": .targetIDs
    default: nil
    }
  }

  /// The name in a header line.
  func header(_ keys: SideKeys) -> String {
    switch self {
    case .sourceText: keys.source
    case .targetText: keys.target
    case .score: "score"
    case .document: "document"
    case .sourceIDs: keys.source + "_ids"
    case .targetIDs: keys.target + "_ids"
    }
  }
}

/// The header row of a table of pairs (TSV, CSV), when asked for.
private func tableHeader(_ keys: SideKeys, _ settings: ExportSettings) -> [[String]] {
  settings.header ? [settings.columns.map { $0.header(keys) }] : []
}

/// The rows of a table of pairs (TSV, CSV): the settings' columns.
private func tableRows(_ alignment: Alignment, _ settings: ExportSettings) -> [[String]] {
  let document = settings.documentID(alignment)
  var rows: [[String]] = []
  for pair in settings.filter.pairs(alignment) {
    rows.append(
      settings.columns.map { column -> String in
        switch column {
        case .sourceText: pair.sourceText
        case .targetText: pair.targetText
        case .score: NumberText.score(pair.link.score)
        case .document: document
        case .sourceIDs: NumberText.list(pair.link.source)
        case .targetIDs: NumberText.list(pair.link.target)
        }
      })
  }
  return rows
}

/// Tab-separated pairs: by default the first edition's text, the second's, the score; a
/// pair a line. There is no quoting: tabs and line breaks inside a text become spaces, so a
/// row never breaks, and `"` is an ordinary character (read with quoting off:
/// `pandas.read_csv(f, sep="\t", quoting=csv.QUOTE_NONE)`).
struct TSVExporter: CorpusExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  private static func lines(_ rows: [[String]]) -> String {
    rows.map { $0.map(LineText.flattened).joined(separator: "\t") + "\n" }.joined()
  }

  public func head(_ keys: SideKeys, languages: (source: Language, target: Language)) -> [String] {
    [Self.lines(tableHeader(keys, settings))]
  }

  public func records(_ alignment: Alignment) -> [String] { [Self.lines(tableRows(alignment, settings))] }
}

/// Comma-separated pairs as RFC 4180 writes them: the columns of TSV, a field quoted when it
/// holds a comma, a quote or a line break (quotes doubled), rows ended by CRLF. Texts are
/// kept as they are, line breaks included; every CSV reader (Python's `csv`, pandas,
/// sqlite's `.import --csv`, spreadsheets) reads them back.
struct CSVExporter: CorpusExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  private static func lines(_ rows: [[String]]) -> String {
    rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
  }

  public func head(_ keys: SideKeys, languages: (source: Language, target: Language)) -> [String] {
    [Self.lines(tableHeader(keys, settings))]
  }

  public func records(_ alignment: Alignment) -> [String] { [Self.lines(tableRows(alignment, settings))] }

  /// A field, quoted where RFC 4180 requires it (and where a leading space would be lost).
  static func field(_ text: String) -> String {
    let needsQuotes =
      text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || text.unicodeScalars.first?.properties.isWhitespace == true
      || text.unicodeScalars.last?.properties.isWhitespace == true
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// Moses line pairs: one file a language (`.en`, `.ko` after the output path), the same
/// number of lines, a segment a line. Line breaks, tabs, VT, FF, NEL and U+2028/U+2029
/// inside a segment become spaces.
struct MosesExporter: CorpusExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func suffixes(_ keys: SideKeys) -> [String] { ["." + keys.source, "." + keys.target] }

  public func records(_ alignment: Alignment) -> [String] {
    var sourceLines = ""
    var targetLines = ""
    for pair in settings.filter.pairs(alignment) {
      sourceLines += LineText.flattened(pair.sourceText) + "\n"
      targetLines += LineText.flattened(pair.targetText) + "\n"
    }
    return [sourceLines, targetLines]
  }
}

/// Hugging Face translation records, a pair a line:
/// `{"translation": {"en": "…", "ko": "…"}, "score": 0.93, "document": "…"}`.
struct HuggingFaceExporter: CorpusExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func records(_ alignment: Alignment) -> [String] {
    let sourceKey = JSONText.quoted(alignment.keys.source)
    let targetKey = JSONText.quoted(alignment.keys.target)
    let document = JSONText.quoted(settings.documentID(alignment))
    let pairs = settings.filter.pairs(alignment)
    var out = ""
    out.reserveCapacity(CorpusFilter.estimatedSize(pairs, perPair: 64 + document.utf8.count))
    for pair in pairs {
      out +=
        "{\"translation\": {\(sourceKey): \(JSONText.quoted(pair.sourceText)), \(targetKey): \(JSONText.quoted(pair.targetText))}, "
      out += "\"score\": \(NumberText.score(pair.link.score)), \"document\": \(document)}\n"
    }
    return [out]
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
  /// The columns of a comma-separated list (`en,ko,score,document`) for sides named `keys`.
  public static func parse(_ list: String, keys: SideKeys) throws(ExportError) -> [TSVColumn] {
    var columns: [TSVColumn] = []
    for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let column = named(name, keys: keys) else {
        let known = [
          keys.source, keys.target, "score", "document", keys.source + "_ids", keys.target + "_ids", "source", "target",
          "source_ids", "target_ids",
        ]
        throw .unknownColumn(name: name, known: known)
      }
      columns.append(column)
    }
    return columns
  }
}
