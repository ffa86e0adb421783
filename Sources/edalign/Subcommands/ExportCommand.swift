import ArgumentParser
import EditionAlign
import Foundation

/// `edalign export`: one corpus from a whole corpus store.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write one corpus (tmx, xliff, moses, tsv, csv, hf, jsonl) from a corpus store.",
    discussion: """
      Documents are written in manifest order, one at a time (memory does not grow with the store), through the same \
      writers as align; each record keeps its document's id (TMX x-document, HF document, the TSV document column, \
      the XLIFF file's original). --dedupe leaves out a pair of texts written before from any document. Nothing is \
      named until the whole corpus is written.
      """)

  @Argument(help: "The corpus store (written by edalign batch).")
  var store: String

  @OptionGroup var exportOptions: ExportOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(name: .long, parsing: .upToNextOption, help: "Only these documents (ids).")
  var documents: [String] = []

  @Option(name: .long, help: "Only documents whose document score is at least this (0...1).")
  var minDocumentScore: Double?

  @Option(
    name: .long,
    help: "Leave out the links a stored finding of these kinds names (comma-separated; batch --check stores findings).")
  var excludeFindings: String?

  @Flag(name: .long, help: "With --exclude-findings: leave out whole documents that have such a finding.")
  var excludeDocumentsWithFindings = false

  /// The kinds `--exclude-findings` names.
  func excludedKinds() throws(ValidationError) -> Set<FindingKind> {
    try FindingKind.parsedList(excludeFindings ?? "", option: "--exclude-findings")
  }

  func validate() throws {
    if exportOptions.format.corpusExporter() == nil {
      throw ValidationError(
        "--format \(exportOptions.format.rawValue) describes one alignment; export writes tmx, xliff, moses, tsv, csv, hf or jsonl"
      )
    }
    if exportOptions.document != nil {
      throw ValidationError("--document does not apply: each record keeps its document's id")
    }
    if exportOptions.explain {
      throw ValidationError("--explain does not apply: the store keeps scores, not their evidence")
    }
    if excludeDocumentsWithFindings && excludeFindings == nil {
      throw ValidationError("--exclude-documents-with-findings needs --exclude-findings KINDS")
    }
    _ = try excludedKinds()
    if let minDocumentScore, !(0...1).contains(minDocumentScore) {
      throw ValidationError("--min-document-score takes a score between 0 and 1")
    }
    if exportOptions.format.writesFilePerLanguage && (outputOptions.output == nil || outputOptions.output == "-") {
      throw ValidationError(
        "--format \(exportOptions.format.rawValue) writes a file a language; name their prefix with -o PREFIX")
    }
  }

  func run() throws {
    try Diagnostics.run {
      let corpus = try CorpusStore(path: store, create: false)
      let keys = try corpus.firstKeys() ?? SideKeys(source: .english, target: .korean)
      let settings = try exportOptions.settings(keys: keys)
      let selection = DocumentSelection(
        ids: documents.isEmpty ? nil : documents, minimumDocumentScore: minDocumentScore,
        excludedFindings: try excludedKinds(), excludeWholeDocuments: excludeDocumentsWithFindings)
      let counts = try corpus.export(
        exportOptions.format, settings: settings, selection: selection, dedupe: exportOptions.dedupe,
        to: outputOptions.output, force: outputOptions.force)
      if outputOptions.output != nil && outputOptions.output != "-" {
        Diagnostics.note(
          "\(counts.documents) documents, \(counts.pairs) pairs"
            + (exportOptions.dedupe ? ", \(counts.duplicates) repeated pairs left out" : ""))
      }
    }
  }
}
