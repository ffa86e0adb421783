import ArgumentParser
import EditionAlign

extension StoreReportFormat: ExpressibleByArgument {}

/// `edalign report`: a corpus store's batch at a glance.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Report on a corpus store: counts, failures, the documents with the most findings or lowest scores.")

  @Argument(help: "The corpus store (written by edalign batch).")
  var store: String

  @Option(name: .long, help: "text, json or html (a self-contained page).")
  var format: StoreReportFormat = .text

  @OptionGroup var outputOptions: OutputOptions

  func run() throws {
    try Diagnostics.run {
      let report = try CorpusStore(path: store, create: false).report()
      try OutputFile.write(format.render(report), to: outputOptions.output, force: outputOptions.force)
    }
  }
}
