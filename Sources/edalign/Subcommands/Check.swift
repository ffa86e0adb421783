import ArgumentParser
import EditionAlign

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// `edalign check`: where two editions of an article disagree.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Report where two editions disagree: omissions, additions, numbers, dates, names, order, headlines.",
    discussion: """
      The Korean edition is the original when one of the two is Korean, otherwise the first \
      file. Formats: text (one finding a line: kind, ko#ids en#ids, values or \
      message, the sentence, [severity]), json ({"findings": [...], "summary": {...}}), html (a \
      self-contained review page, both editions side by side).
      Exit status: 0 when nothing at or above --min-severity (of the --fail-on kinds), 1 when \
      there are findings, 2 on bad input, 3 when the report cannot be written.
      """)

  @OptionGroup var pair: PairOptions

  @Option(name: .long, help: "Output format: text, json or html.")
  var format: ReportFormat = .text

  @Option(name: .long, help: "Report findings of this severity or above: low, medium or high.")
  var minSeverity: Severity = .medium

  @Option(
    name: .long,
    help:
      "Kinds that make the exit status 1, comma-separated (default: all): omission, addition, number, date, name, order, title."
  )
  var failOn: String?

  @OptionGroup var outputOptions: OutputOptions

  func validate() throws {
    _ = try failingKinds()
  }

  func failingKinds() throws -> Set<FindingKind> {
    guard let failOn else { return Set(FindingKind.allCases) }
    return try FindingKind.parsedList(failOn, option: "--fail-on")
  }

  func run() throws {
    var failing = false
    try Diagnostics.run {
      let (source, target) = try pair.read()
      let alignOptions = try pair.alignOptions()
      let alignment = Aligner(options: alignOptions).align(source, target)
      let checkOptions = CheckOptions(
        minimumSeverity: minSeverity, dictionary: alignOptions.dictionary,
        useBuiltInLexicon: alignOptions.useBuiltInLexicon)
      let report = Checker(options: checkOptions).check(alignment)
      try OutputFile.write(
        format.render(report, minimumSeverity: minSeverity), to: outputOptions.output, force: outputOptions.force)
      let kinds = try failingKinds()
      failing = report.findings.contains { kinds.contains($0.kind) }
    }
    if failing { throw ExitCode(1) }
  }
}
