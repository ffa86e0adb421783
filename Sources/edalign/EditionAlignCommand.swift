import ArgumentParser
import EditionAlign

/// The `edalign` command: aligns the English and Korean editions of news articles.
@main
struct EditionAlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edalign",
    abstract: "Segment, align, export and check the English and Korean editions of news articles.",
    discussion: """
      Editions are text (page dumps, articles, plain or presplit text) or saved HTML pages.
      Exit status: 0 success; 1 `check` found disagreements; 2 bad input (a file missing, \
      empty, not valid UTF-8/UTF-16 or its declared charset, binary, or without a body; a bad \
      dictionary or gold file); 3 output could not be written; 64 usage error; 141 the reader \
      of the output closed it (as for a tool killed by SIGPIPE).
      """,
    version: "\(Toolkit.version) (ICU \(ICU.version))",
    subcommands: [
      Segment.self, Align.self, Check.self, PairCommand.self, BatchCommand.self, StreamCommand.self, ExportCommand.self,
      ReportCommand.self,
      Eval.self,
      Bench.self,
    ]
  )
}
