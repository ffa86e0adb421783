import ArgumentParser
import EditionAlign

/// The `edalign` command: aligns the English and Korean editions of news articles.
@main
struct EditionAlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edalign",
    abstract: "Segment and align the English and Korean editions of news articles.",
    discussion: """
      Exit status: 0 success; 2 bad input (a file missing, empty, not valid UTF-8/UTF-16, \
      binary, or without a body; a bad dictionary or gold file); 3 output could not be \
      written; 64 usage error. (1 is kept for the findings of a consistency check.)
      """,
    version: "\(Toolkit.version) (ICU \(ICU.version))",
    subcommands: [Segment.self, Align.self, Check.self, Eval.self, Bench.self]
  )
}
