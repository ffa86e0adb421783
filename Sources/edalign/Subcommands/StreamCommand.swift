import ArgumentParser
import EditionAlign
import Foundation
import SystemPackage

extension StreamFormat: ExpressibleByArgument {}

/// `edalign stream`: pairs inside JSON records in, results out, one a line, in order.
struct StreamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stream",
    abstract: "Align pairs carried in JSON records (standard input) to JSON records (standard output), in order.",
    discussion: """
      A record: {"id": …, "en": {"text": …} | {"html": …} | {"bytes_base64": …} | {"path": …}, "ko": {…}, \
      "shape": {"en": …}, "url": {"en": …}} — the two edition keys are language codes. Each output line is flushed \
      as it is written: with --format links the id, both editions' metadata, the links (ids, texts, scores), the \
      document score (and findings with --check); with --format corpus one Hugging Face translation record a link. \
      A record that fails gives {"id": …, "error": {"kind", "message"}} and the stream goes on. Logs go to standard \
      error only. For Spark's RDD.pipe, Hadoop streaming, GNU parallel.
      Exit status: 0 the input was read to its end (error records included); 2 standard input cannot be read; \
      3 standard output cannot be written; 64 usage.
      """)

  @Flag(name: .long, help: "Also run the consistency checker on every record and write its findings.")
  var check = false

  @Option(name: .long, help: "Output: links (one object a record) or corpus (one HF translation record a link).")
  var format: StreamFormat = .links

  @Option(name: .long, help: "Records aligned at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// `--langs` (for every record; else the record's keys), `--input`/`--presplit`, `--dictionary`, `--no-built-in-lexicon`.
  @OptionGroup var input: AlignInputOptions

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs takes a number of at least 1") }
  }

  func run() throws {
    try Diagnostics.run {
      let options = BatchOptions(
        languages: try input.languages(), shape: input.shapeOptions.shape, align: try input.alignOptions(),
        check: check, jobs: jobs)
      do {
        try PairStream(options: options, format: format).run(.standardInput) { text in
          try OutputFile.write(text, to: nil, force: false)
        }
      } catch let error as Errno {
        Diagnostics.error("standard input: \(error)")
        throw ExitCode(2)
      }
    }
  }
}
