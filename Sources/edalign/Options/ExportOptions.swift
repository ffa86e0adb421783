import ArgumentParser
import EditionAlign

extension ExportFormat: ExpressibleByArgument {}

/// How `align` writes its result: the format, the corpus filters and format details.
struct ExportOptions: ParsableArguments {
  @Option(name: .long, help: "Output format: text, jsonl, tsv, csv, vecalign, ladder, tmx, moses, hf or xliff.")
  var format: ExportFormat = .text

  @Option(name: .long, help: "Leave out links scoring below this (0...1).")
  var minScore: Double?

  @Flag(name: .long, help: "Keep omissions (one side empty) in corpus formats (tsv, csv, tmx, moses, hf, xliff).")
  var keepOmissions = false

  @Flag(name: .long, help: "Keep only links of one sentence on each side.")
  var oneToOne = false

  @Flag(name: .long, help: "Leave out a pair whose two texts equal an earlier pair's.")
  var dedupe = false

  @Option(
    name: .long,
    help: "The document id written in tmx, hf, tsv and csv (default: the first file's name without extension).")
  var document: String?

  @Option(name: .long, help: "TSV columns, comma-separated: the language codes (texts), score, document, <lang>_ids.")
  var columns: String?

  @Flag(name: .long, help: "Start TSV with a line naming the columns.")
  var header = false

  @Flag(name: .long, help: "Show what each score was made from (similarity, length fit) in text and jsonl.")
  var explain = false

  func validate() throws {
    if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score takes a score between 0 and 1") }
    if format.isWholeAlignment && (minScore != nil || keepOmissions || oneToOne || dedupe) {
      throw ValidationError(
        "\(format.rawValue) describes the whole alignment; --min-score, --keep-omissions, --one-to-one and --dedupe do not apply"
      )
    }
    if keepOmissions && !format.isCorpus {
      throw ValidationError(
        "--keep-omissions is for corpus formats (tsv, csv, tmx, moses, hf, xliff); \(format.rawValue) always shows omissions"
      )
    }
    if (columns != nil || header) && format != .tsv && format != .csv {
      throw ValidationError("--columns and --header are for --format tsv or csv")
    }
    if explain && format != .text && format != .jsonl {
      throw ValidationError("--explain is for --format text or jsonl")
    }
  }

  /// The exporter settings these flags ask for, for sides named `keys`.
  func settings(keys: SideKeys) throws(ExportError) -> ExportSettings {
    let filter = CorpusFilter(
      minimumScore: minScore, keepOmissions: keepOmissions, oneToOne: oneToOne, dropDuplicates: dedupe)
    var settings = ExportSettings(filter: filter, document: document, explain: explain, header: header)
    if let columns { settings.columns = try TSVColumn.parse(columns, keys: keys) }
    return settings
  }
}
