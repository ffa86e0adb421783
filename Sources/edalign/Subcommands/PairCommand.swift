import ArgumentParser
import EditionAlign
import Foundation

extension PairingResult.Format: ExpressibleByArgument {}

/// `edalign pair`: which document of one pile translates which of the other.
struct PairCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pair",
    abstract: "Pair the documents of two piles (or of one mixed pile) as editions of one article.",
    discussion: """
      A pile is a folder (searched recursively), a file, or a manifest of paths (one file a line). With one pile, \
      the languages are told apart by script. Pages that link each other (a language switch, hreflang, JSON-LD) pair \
      by link; the rest by content: shared numbers, names, lexicon words and Latin tokens, weighted by rarity, and \
      length. A document whose best partner scores below --min-score stays unpaired.
      The output is a batch manifest (edalign batch reads it): id, first, second, score, method (link or content). \
      Unpaired files are listed on standard error.
      Exit status: 0 every file was read (unpaired ones included); 4 some files could not be read (listed); \
      2 a pile cannot be read; 3 the output cannot be written; 64 usage.
      """)

  @Argument(help: "The first pile (or the only one, mixed).")
  var first: String

  @Argument(help: "The second pile.")
  var second: String?

  /// `--langs` (the piles' languages), `--input`/`--presplit`, `--dictionary`, `--no-built-in-lexicon`.
  @OptionGroup var input: AlignInputOptions
  @OptionGroup var pairing: PairingFlags
  @OptionGroup var output: OutputOptions

  @Option(name: .long, help: "Output format: tsv or jsonl (both are batch manifests).")
  var format: PairingResult.Format = .tsv

  @Option(name: .long, help: "Also write the unpaired files to this file, one path a line.")
  var unpaired: String?

  @Flag(name: .long, help: "Add each pair's strongest shared anchors (or its link).")
  var explain = false

  func run() throws {
    var incomplete = false
    try Diagnostics.run {
      let outcome = try pairing.pair([first] + (second.map { [$0] } ?? []), input: input)
      let folder = output.output.flatMap { $0 == "-" ? nil : ($0 as NSString).deletingLastPathComponent }
      let text = outcome.result.manifest(
        format, relativeTo: folder ?? FileManager.default.currentDirectoryPath, explain: explain)
      try OutputFile.write(text, to: output.output, force: output.force)
      if let unpaired {
        let paths = (outcome.result.unpairedFirst + outcome.result.unpairedSecond).map(\.path)
        try OutputFile.write(paths.map { $0 + "\n" }.joined(), to: unpaired, force: output.force)
      }
      incomplete = !outcome.failures.isEmpty
    }
    if incomplete { throw ExitCode(4) }
  }
}

/// How `pair` and `batch --pair` pair documents (how they read them: `AlignInputOptions`).
struct PairingFlags: ParsableArguments {
  @Option(name: .long, help: "Content pairs scoring below this stay unpaired (0…1; default 0.1).")
  var minScore: Double = PairingOptions().minimumScore

  @Option(
    name: .long,
    help:
      "The content evidence compared, a comma-separated list of numbers, names, words, latin, length (default: all).")
  var signals: String?

  @Option(name: .long, help: "Editions whose publication dates are further apart than this many days are not compared.")
  var dateWindow: Int = PairingOptions().dateWindowDays

  @Flag(name: .long, help: "Do not pair by the pages' links; content only.")
  var noLinks = false

  func validate() throws {
    _ = try parsedSignals()
    if !(0...1).contains(minScore) { throw ValidationError("--min-score takes a number from 0 to 1") }
    if dateWindow < 0 { throw ValidationError("--date-window takes a number of days, 0 or more") }
  }

  func parsedSignals() throws(ValidationError) -> PairingSignals {
    guard let signals else { return .all }
    var result: PairingSignals = []
    for name in signals.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let signal = PairingSignals.byName.first(where: { $0.0 == name })?.1 else {
        throw ValidationError(
          "--signals: unknown signal '\(name)'; signals are \(PairingSignals.byName.map(\.0).joined(separator: ", "))")
      }
      result.insert(signal)
    }
    if result.isEmpty { throw ValidationError("--signals names no signal") }
    return result
  }

  /// The pairer's options these flags (and the lexicon flags of `input`) ask for.
  func options(input: AlignInputOptions) throws -> PairingOptions {
    var options = PairingOptions()
    options.minimumScore = minScore
    options.signals = try parsedSignals()
    options.dateWindowDays = dateWindow
    options.useLinks = !noLinks
    let align = try input.alignOptions()
    options.useBuiltInLexicon = align.useBuiltInLexicon
    options.dictionary = align.dictionary
    return options
  }

  /// The piles gathered, read and paired; unreadable files and unpaired ones reported on
  /// standard error. A pile that cannot be gathered is an error (exit 2).
  func pair(_ piles: [String], input: AlignInputOptions) throws -> DocumentPairer.Outcome {
    let outcome: DocumentPairer.Outcome
    do {
      outcome = try DocumentPairer(options: try options(input: input)).pair(
        piles: piles, languages: try input.languages(), shape: input.shapeOptions.shape)
    } catch let error as PairingInputError {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    for failure in outcome.failures { Diagnostics.error("\(failure) (not paired)") }
    let result = outcome.result
    let unpaired = result.unpairedFirst + result.unpairedSecond
    for document in unpaired { Diagnostics.note("\(document.path): unpaired (\(document.language.rawValue))") }
    let links = result.pairs.count { $0.method == .link }
    Diagnostics.note(
      "\(result.pairs.count) pairs (\(links) by link, \(result.pairs.count - links) by content), "
        + "\(unpaired.count) documents unpaired, \(outcome.failures.count) unreadable")
    return outcome
  }
}
