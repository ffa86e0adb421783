import ArgumentParser
import EditionAlign

extension EditionFormat: ExpressibleByArgument {}

/// `edalign segment`: an edition's body sentences.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Split an edition into sentences.",
    discussion: """
      Formats: text (one sentence a line, a blank line between paragraphs), jsonl (one \
      {"paragraph", "index", "text", "start", "end"} object a sentence; start/end are byte \
      offsets into the input file), json (the whole edition with title, metadata and the \
      boilerplate removed).
      """)

  @Argument(help: "The edition to read; '-' reads standard input.")
  var file: String

  @OptionGroup var inputOptions: InputOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(name: .long, help: "Output format: text, jsonl or json.")
  var format: EditionFormat = .text

  func run() throws {
    try Diagnostics.run {
      let edition = try EditionReader(options: inputOptions.readOptions).read(file: file)
      Diagnostics.notes(of: edition)
      try OutputFile.write(format.render(edition), to: outputOptions.output, force: outputOptions.force)
    }
  }
}
