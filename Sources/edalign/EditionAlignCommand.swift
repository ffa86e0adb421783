import ArgumentParser
import EditionAlign

/// The `edalign` command: aligns the English and Korean editions of news articles.
@main
struct EditionAlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edalign",
    abstract: "Segment, align and check the English and Korean editions of news articles.",
    discussion: """
      Exit status: 0 success; 1 findings (check); 2 bad input (a file missing, empty, \
      not valid UTF-8/UTF-16, binary, or without a body); 3 output could not be written; \
      64 usage error.
      """,
    version: "0.1.0 (ICU \(ICU.version))",
    subcommands: [Segment.self, Align.self, Eval.self, Bench.self]
  )
}
