import ArgumentParser
import EditionAlign

/// `edalign align`: pairs the sentences of two editions.
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align the sentences of two editions of an article.",
    discussion: """
      Alignment formats: text (side by side with scores; omissions shown as gaps), jsonl (one \
      {"en": {"ids", "text"}, "ko": {"ids", "text"}, "score"} object a link, keyed by the \
      editions' languages; two editions of one language are ko and ko_2), vecalign ([3]:[4, 5]:cost, the first list indexing the first file), \
      ladder (hunalign's rungs).
      Corpus formats (omissions left out unless --keep-omissions): tsv (no quoting), csv (RFC 4180), tmx (TMX 1.4b), moses \
      (-o PREFIX writes PREFIX.en and PREFIX.ko), hf (Hugging Face translation records), xliff (XLIFF 2.0).
      Files are written atomically; an existing file is kept unless --force.
      """)

  @OptionGroup var pair: PairOptions
  @OptionGroup var exportOptions: ExportOptions
  @OptionGroup var outputOptions: OutputOptions

  func validate() throws {
    if exportOptions.format.writesFilePerLanguage && (outputOptions.output == nil || outputOptions.output == "-") {
      throw ValidationError(
        "--format \(exportOptions.format.rawValue) writes a file a language; name their prefix with -o PREFIX")
    }
  }

  func run() throws {
    try Diagnostics.run {
      let (source, target) = try pair.read()
      let alignment = Aligner(options: try pair.alignOptions()).align(source, target)
      let settings = try exportOptions.settings(keys: alignment.keys)
      let files = exportOptions.format.exporter(settings).export(alignment)
      try OutputFile.write(files, to: outputOptions.output, force: outputOptions.force)
    }
  }
}
