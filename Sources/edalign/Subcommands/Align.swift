import ArgumentParser
import EditionAlign

extension AlignmentFormat: ExpressibleByArgument {}

/// `edalign align`: pairs the sentences of two editions.
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align the sentences of two editions of an article.",
    discussion: """
      Formats: text (side by side with scores; omissions shown as gaps), jsonl (one \
      {"en": {"ids", "text"}, "ko": {"ids", "text"}, "score"} object a link, keyed by the \
      editions' languages), tsv, vecalign ([3]:[4, 5]:cost, the first list indexing the first file).
      """)

  @Argument(help: "The first edition (any language; '-' reads standard input).")
  var first: String

  @Argument(help: "The second edition.")
  var second: String

  @Option(name: .long, help: "The two editions' languages in command-line order, e.g. en,ko; detected when omitted.")
  var langs: String?

  @OptionGroup var shapeOptions: ShapeOptions

  @Option(name: .long, help: "A bilingual dictionary in hunalign's format (english @ foreign lines), added to the built-in ko-en lexicon.")
  var dictionary: String?

  @Flag(name: .long, help: "Do not use the built-in Korean-English lexicon.")
  var noBuiltInLexicon = false

  @Flag(name: .long, help: "Show what each score was made from (similarity, length fit) in text and jsonl.")
  var explain = false

  @OptionGroup var outputOptions: OutputOptions

  @Option(name: .long, help: "Output format: text, jsonl, tsv or vecalign.")
  var format: AlignmentFormat = .text

  func validate() throws {
    if first == "-" && second == "-" { throw ValidationError("only one of the two editions can come from standard input") }
    if let langs, langs.split(separator: ",").count != 2 {
      throw ValidationError("--langs takes two language codes, e.g. en,ko")
    }
  }

  func run() throws {
    try Diagnostics.run {
      let codes = langs?.split(separator: ",").map { Language(String($0).trimmingCharacters(in: .whitespaces)) }
      let shape = shapeOptions.shape
      let (source, target) = try EditionReader.readPair(
        first, second,
        options: (ReadOptions(language: codes?[0], shape: shape), ReadOptions(language: codes?[1], shape: shape)))
      var options = AlignOptions(dictionary: try dictionary.map { path throws(LexiconError) in try Lexicon(file: path) })
      options.useBuiltInLexicon = !noBuiltInLexicon
      let alignment = Aligner(options: options).align(source, target)
      try OutputFile.write(format.render(alignment, explain: explain), to: outputOptions.output, force: outputOptions.force)
    }
  }
}
