import ArgumentParser
import EditionAlign
import Foundation

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

  @Option(
    name: .long,
    help:
      "With --format html: write each document's review page (as check --format html) into this folder, linked from the report."
  )
  var pages: String?

  func validate() throws {
    if pages != nil && format != .html { throw ValidationError("--pages is for --format html") }
  }

  func run() throws {
    try Diagnostics.run {
      let corpus = try CorpusStore(path: store, create: false)
      let report = try corpus.report()
      var link: String?
      if let pages {
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        for id in report.documents.filter({ $0.status == "ok" }).map(\.id) {
          guard let check = try corpus.checkReport(id: id) else { continue }
          try OutputFile.write(
            ReportFormat.html.render(check, minimumSeverity: .low), to: pages + "/" + StoreReport.pageName(id),
            force: true)
        }
        link = Self.relative(pages, from: outputOptions.output)
      }
      try OutputFile.write(format.render(report, pages: link), to: outputOptions.output, force: outputOptions.force)
    }
  }

  /// `folder` as the report at `report` links to it.
  static func relative(_ folder: String, from report: String?) -> String {
    guard let report, report != "-" else { return folder }
    let base = URL(fileURLWithPath: report).deletingLastPathComponent().standardizedFileURL.pathComponents
    let target = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
    var common = 0
    while common < min(base.count, target.count) && base[common] == target[common] { common += 1 }
    let parts = Array(repeating: "..", count: base.count - common) + target[common...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }
}
