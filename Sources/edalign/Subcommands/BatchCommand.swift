import ArgumentParser
import EditionAlign
import Foundation

/// `edalign batch`: aligns every pair of a manifest into a corpus store.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Align every pair of a manifest into a corpus store (SQLite), resumably.",
    discussion: """
      The manifest is TSV (id<TAB>first<TAB>second, a header line starting with id, # comments; a shape column) or \
      JSONL ({"id": …, "en": path, "ko": path}); relative paths resolve against its folder; - reads standard input.
      A rerun skips the pairs stored with the same file hashes and options, and realigns the others. A pair that \
      cannot be read is stored as failed with its message, and the batch goes on.
      With --pair ENDIR KODIR (or one mixed folder) instead of a manifest, the documents are paired first as \
      edalign pair pairs them (--min-score, --signals, --date-window, --no-links apply), then aligned.
      Exit status: 0 every pair aligned (or already stored); 4 some pairs failed, manifest lines were skipped, or \
      files of --pair could not be read; 2 the manifest, a pile or the store is unusable; 64 usage.
      """)

  @Argument(help: "The manifest of pairs (TSV or JSONL; '-' reads standard input).")
  var manifest: String?

  @Option(
    name: .long, parsing: .upToNextOption,
    help: "Pair the documents of two piles (or one mixed pile) first, as edalign pair does, and align those pairs.")
  var pair: [String] = []

  @OptionGroup var pairing: PairingFlags

  @Option(name: .long, help: "The corpus store to write (an SQLite file, created when missing).")
  var store: String

  /// `--langs` (for every pair; else the manifest's column names or keys, else detected),
  /// `--input`/`--presplit`, `--dictionary`, `--no-built-in-lexicon`: as `align` takes them.
  @OptionGroup var input: AlignInputOptions

  @Flag(name: .long, help: "Also run the consistency checker on every pair and store its findings.")
  var check = false

  @Option(name: .long, help: "Pairs aligned at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(name: .long, help: "A malformed manifest line stops the batch before anything runs.")
  var strict = false

  @Flag(name: .long, help: "No progress on standard error.")
  var quiet = false

  @Flag(name: .long, help: "Print the summary as one JSON object on standard output.")
  var json = false

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs takes a number of at least 1") }
    if (manifest == nil) == pair.isEmpty { throw ValidationError("give a manifest or --pair PILE [PILE], not both") }
    if pair.count > 2 { throw ValidationError("--pair takes one or two piles") }
  }

  func run() throws {
    var incomplete = false
    try Diagnostics.run {
      var unreadable = 0
      let manifest: Manifest
      if let path = self.manifest {
        manifest = try Manifest(file: path)
      } else {
        let outcome = try pairing.pair(pair, input: input)
        unreadable = outcome.failures.count
        manifest = Manifest(outcome.result)
      }
      for problem in manifest.problems { Diagnostics.error("\(problem) (line skipped)") }
      if strict && !manifest.problems.isEmpty {
        Diagnostics.error("\(self.manifest ?? "-"): \(manifest.problems.count) malformed lines; nothing run (--strict)")
        throw ExitCode(2)
      }
      // The dictionary is read once: its bytes give both the lexicon and the hash in each pair's options.
      let dictionaryBytes = try input.dictionary.map { path throws(IngestError) in try EditionReader.bytes(of: path) }
      let options = BatchOptions(
        languages: try input.languages(), shape: input.shapeOptions.shape,
        align: try input.alignOptions(dictionaryBytes: dictionaryBytes), check: check, jobs: jobs)
      let store = try CorpusStore(path: self.store)
      var line = ProgressLine(enabled: !quiet)
      let result = try Batch(options: options).run(
        manifest, into: store, dictionaryHash: dictionaryBytes.map(Batch.hash)
      ) { line.show($0) }
      line.finish()
      let summary = try store.summary()
      if json {
        var out = TextOutput()
        out.line(Self.json(result, store: summary, manifestProblems: manifest.problems.count))
        try out.write()
      } else if !quiet {
        let mean = result.meanDocumentScore.map { String(format: "%.3f", $0) } ?? "—"
        Diagnostics.note(
          "\(result.aligned) aligned, \(result.skipped) already stored, \(result.failed) failed, "
            + "\(manifest.problems.count) manifest lines skipped; \(result.sentences) sentences, \(result.links) links, "
            + "mean document score \(mean); \(String(format: "%.1f", result.elapsed)) s; the store holds "
            + "\(summary.documents) documents")
      }
      for failure in try store.failures() where !quiet { Diagnostics.error("\(failure.id): \(failure.error)") }
      incomplete = result.failed > 0 || !manifest.problems.isEmpty || unreadable > 0
    }
    if incomplete { throw ExitCode(4) }
  }

  static func json(_ result: BatchProgress, store: CorpusStore.Summary, manifestProblems: Int) -> String {
    let mean = result.meanDocumentScore.map { String(format: "%.4f", $0) } ?? "null"
    return "{\"pairs\": \(result.total), \"aligned\": \(result.aligned), \"skipped\": \(result.skipped), "
      + "\"failed\": \(result.failed), \"manifest_lines_skipped\": \(manifestProblems), "
      + "\"sentences\": \(result.sentences), \"links\": \(result.links), \"mean_document_score\": \(mean), "
      + "\"seconds\": \(String(format: "%.3f", result.elapsed)), \"store_documents\": \(store.documents), "
      + "\"store_failed\": \(store.failed)}"
  }
}

/// The batch's progress on standard error: one redrawn line on a terminal, a plain line
/// every five seconds otherwise.
struct ProgressLine {
  let enabled: Bool
  let terminal = StandardStreams.isTerminal(.error)
  var lastPrinted = Date.distantPast
  var drawn = false

  init(enabled: Bool) { self.enabled = enabled }

  mutating func show(_ progress: BatchProgress) {
    guard enabled else { return }
    let now = Date()
    if !terminal && now.timeIntervalSince(lastPrinted) < 5 && progress.done < progress.total { return }
    lastPrinted = now
    let rate = progress.pairsPerSecond
    let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
    let text =
      "\(progress.done)/\(progress.total) pairs, \(progress.failed) failed, \(String(format: "%.1f", rate)) pairs/s, "
      + "\(Self.clock(progress.elapsed)) elapsed, ETA \(Self.clock(left))"
    StandardStreams.report(terminal ? "\r\u{1B}[2K" + text : text + "\n")
    drawn = terminal
  }

  mutating func finish() {
    if drawn { StandardStreams.report("\n") }
    drawn = false
  }

  static func clock(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return "—" }
    let s = Int(seconds.rounded())
    return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
  }
}
