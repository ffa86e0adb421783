import Foundation

/// Writes an alignment in one format: the library face of `edalign align --format`.
public protocol AlignmentExporter: Sendable {
  /// The files of `alignment` in this format: one for most formats, one a language for Moses.
  func export(_ alignment: Alignment) -> [ExportedFile]
}

/// A format that holds many documents in one output (TMX, XLIFF, Moses, TSV, CSV, HF,
/// JSONL): what comes before the first document, each document's records, and what comes
/// after the last — one text for each file, in the order of `suffixes`. A corpus of a whole
/// store is written document by document through these; `export` of one alignment is the
/// three together, so each format has one writer.
public protocol CorpusExporter: AlignmentExporter {
  /// The filter and document id (a corpus sets the id of each document before its records).
  var settings: ExportSettings { get set }
  /// What follows the output path for each file: `[""]`, or `.en`, `.ko` for Moses.
  func suffixes(_ keys: SideKeys) -> [String]
  /// The start of each file; the languages and keys are the first document's.
  func head(_ keys: SideKeys, languages: (source: Language, target: Language)) -> [String]
  /// One document's records for each file (numbering continues across documents).
  mutating func records(_ alignment: Alignment) -> [String]
  /// The end of each file.
  func tail(_ keys: SideKeys) -> [String]
}

extension CorpusExporter {
  public func suffixes(_ keys: SideKeys) -> [String] { [""] }
  public func head(_ keys: SideKeys, languages: (source: Language, target: Language)) -> [String] {
    suffixes(keys).map { _ in "" }
  }
  public func tail(_ keys: SideKeys) -> [String] { suffixes(keys).map { _ in "" } }

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    var writer = self
    let keys = alignment.keys
    let head = writer.head(keys, languages: (alignment.source.language, alignment.target.language))
    let body = writer.records(alignment)
    let tail = writer.tail(keys)
    return suffixes(keys).indices.map { k in
      ExportedFile(suffix: suffixes(keys)[k], contents: head[k] + body[k] + tail[k])
    }
  }
}

/// What the exporters share: the corpus filter and what to say of the document.
public struct ExportSettings: Sendable {
  /// Which links become pairs. Alignment formats (ladder, vecalign) always show every link.
  public var filter: CorpusFilter
  /// The document's id in TMX, Hugging Face and TSV records; nil: the first edition's file
  /// name without its extension.
  public var document: String?
  /// Show what each score was made from (text and jsonl).
  public var explain: Bool
  /// The columns of TSV.
  public var columns: [TSVColumn]
  /// A first TSV line naming the columns.
  public var header: Bool
  /// When the file is made, for the TMX header.
  public var creationDate: Date

  public init(
    filter: CorpusFilter = CorpusFilter(), document: String? = nil, explain: Bool = false,
    columns: [TSVColumn] = [.sourceText, .targetText, .score], header: Bool = false, creationDate: Date = Date()
  ) {
    self.filter = filter
    self.document = document
    self.explain = explain
    self.columns = columns
    self.header = header
    self.creationDate = creationDate
  }

  /// The document id for `alignment`: `document`, or the first edition's file name without
  /// its extension (`stdin` for standard input).
  public func documentID(_ alignment: Alignment) -> String {
    if let document { return document }
    let source = alignment.source.source
    if source == "-" || source.isEmpty { return "stdin" }
    let name = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    return name.isEmpty ? source : name
  }
}

/// The formats `edalign align` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Side by side for reading, scores shown, omissions as gaps.
  case text
  /// One link a line: `{"en": {"ids": [3], "text": "…"}, "ko": {"ids": [4, 5], "text": "…"}, "score": 0.93}`.
  case jsonl
  /// Source text, target text, score (and more columns on request), a pair a line; no quoting.
  case tsv
  /// The columns of TSV as RFC 4180 CSV (quoted fields, CRLF rows).
  case csv
  /// `[3]:[4, 5]:0.07` a line (Vecalign's format; the number is a cost, 1 − score).
  case vecalign
  /// hunalign's ladder: `n<TAB>m<TAB>score` rungs from (0, 0) to (N, M).
  case ladder
  /// A TMX 1.4b translation memory.
  case tmx
  /// Moses line pairs: PREFIX.en and PREFIX.ko, a segment a line.
  case moses
  /// Hugging Face translation records: `{"translation": {"en": …, "ko": …}, "score": …, "document": …}`.
  case hf
  /// An XLIFF 2.0 file.
  case xliff

  /// Formats that make a parallel corpus: omissions are left out unless asked for.
  public var isCorpus: Bool { [.tsv, .csv, .tmx, .moses, .hf, .xliff].contains(self) }

  /// Formats that describe the whole alignment, rung by rung: filters do not apply.
  public var isWholeAlignment: Bool { self == .ladder || self == .vecalign }

  /// Whether the format writes one file a language (and so needs an output path).
  public var writesFilePerLanguage: Bool { self == .moses }

  /// The exporter of this format as a corpus writer, for the formats that hold many
  /// documents (`edalign export`); nil for text, vecalign and ladder.
  public func corpusExporter(_ settings: ExportSettings = ExportSettings()) -> (any CorpusExporter)? {
    switch self {
    case .text, .vecalign, .ladder: nil
    case .jsonl: JSONLExporter(settings: settings)
    case .tsv: TSVExporter(settings: settings)
    case .csv: CSVExporter(settings: settings)
    case .tmx: TMXExporter(settings: settings)
    case .moses: MosesExporter(settings: settings)
    case .hf: HuggingFaceExporter(settings: settings)
    case .xliff: XLIFFExporter(settings: settings)
    }
  }

  /// The exporter of this format.
  public func exporter(_ settings: ExportSettings = ExportSettings()) -> any AlignmentExporter {
    switch self {
    case .text: TextExporter(settings: settings)
    case .jsonl: JSONLExporter(settings: settings)
    case .tsv: TSVExporter(settings: settings)
    case .csv: CSVExporter(settings: settings)
    case .vecalign: VecalignExporter()
    case .ladder: LadderExporter()
    case .tmx: TMXExporter(settings: settings)
    case .moses: MosesExporter(settings: settings)
    case .hf: HuggingFaceExporter(settings: settings)
    case .xliff: XLIFFExporter(settings: settings)
    }
  }
}
