import ArgumentParser
import EditionAlign

/// `edalign align`: pairs the sentences of two editions.
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align the sentences of two editions of an article.",
    discussion: """
      Alignment formats: text (side by side with scores; omissions shown as gaps), jsonl (one \
      {"en": {"ids", "text"}, "ko": {"ids", "text"}, "score"} object a link, keyed by the \
      editions' languages), vecalign ([3]:[4, 5]:cost, the first list indexing the first file), \
      ladder (hunalign's rungs).
      Corpus formats (omissions left out unless --keep-omissions): tsv, tmx (TMX 1.4b), moses \
      (-o PREFIX writes PREFIX.en and PREFIX.ko), hf (Hugging Face translation records), xliff (XLIFF 2.0).
      Files are written atomically; an existing file is kept unless --force.
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

  @OptionGroup var exportOptions: ExportOptions
  @OptionGroup var outputOptions: OutputOptions

  func validate() throws {
    if first == "-" && second == "-" { throw ValidationError("only one of the two editions can come from standard input") }
    if let langs, langs.split(separator: ",").count != 2 {
      throw ValidationError("--langs takes two language codes, e.g. en,ko")
    }
    if exportOptions.format.writesFilePerLanguage && (outputOptions.output == nil || outputOptions.output == "-") {
      throw ValidationError("--format \(exportOptions.format.rawValue) writes a file a language; name their prefix with -o PREFIX")
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
      let settings = try exportOptions.settings(source: source.language, target: target.language)
      let files = exportOptions.format.exporter(settings).export(alignment)
      try OutputFile.write(files, to: outputOptions.output, force: outputOptions.force)
    }
  }
}
