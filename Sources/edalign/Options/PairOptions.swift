import ArgumentParser
import EditionAlign

/// How to read and align a pair of editions, for `align`, `check` and every pair of `batch`:
/// the two languages, the input shape, and the aligner's lexicon.
struct AlignInputOptions: ParsableArguments {
  @Option(name: .long, help: "The two editions' languages in order, e.g. en,ko; detected when omitted.")
  var langs: String?

  @OptionGroup var shapeOptions: ShapeOptions

  @Option(
    name: .long,
    help: "A bilingual dictionary in hunalign's format (english @ foreign lines), added to the built-in ko-en lexicon.")
  var dictionary: String?

  @Flag(name: .long, help: "Do not use the built-in Korean-English lexicon.")
  var noBuiltInLexicon = false

  func validate() throws { _ = try languages() }

  /// The two languages `--langs` names, or nil to detect them.
  func languages() throws(ValidationError) -> [Language]? {
    guard let langs else { return nil }
    let codes = langs.split(separator: ",", omittingEmptySubsequences: false)
    guard codes.count == 2 else { throw ValidationError("--langs takes two language codes, e.g. en,ko") }
    var languages: [Language] = []
    for code in codes { languages.append(try Language.parsed(String(code))) }
    return languages
  }

  /// The aligner's options these flags ask for.
  func alignOptions() throws -> AlignOptions {
    options(with: try dictionary.map { path throws(LexiconError) in try Lexicon(file: path) })
  }

  /// The aligner's options, the dictionary made from its bytes read already (`batch` hashes them too).
  func alignOptions(dictionaryBytes bytes: [UInt8]?) throws -> AlignOptions {
    options(
      with: try dictionary.flatMap { path throws(LexiconError) in
        try bytes.map { bytes throws(LexiconError) in try Lexicon(bytes: bytes, source: path) }
      })
  }

  private func options(with dictionary: Lexicon?) -> AlignOptions {
    var options = AlignOptions(dictionary: dictionary)
    options.useBuiltInLexicon = !noBuiltInLexicon
    return options
  }
}

/// The two editions of `align` and `check`, how to read them, and the aligner's lexicon.
struct PairOptions: ParsableArguments {
  @Argument(help: "The first edition (any language; '-' reads standard input).")
  var first: String

  @Argument(help: "The second edition.")
  var second: String

  @OptionGroup var input: AlignInputOptions

  func validate() throws {
    if first == "-" && second == "-" {
      throw ValidationError("only one of the two editions can come from standard input")
    }
  }

  /// Both editions, read in parallel.
  func read() throws -> (Edition, Edition) {
    let codes = try input.languages()
    let shape = input.shapeOptions.shape
    let (a, b) = try EditionReader.readPair(
      first, second,
      options: (ReadOptions(language: codes?[0], shape: shape), ReadOptions(language: codes?[1], shape: shape)))
    Diagnostics.notes(of: a)
    Diagnostics.notes(of: b)
    return (a, b)
  }

  /// The aligner's options these flags ask for.
  func alignOptions() throws -> AlignOptions { try input.alignOptions() }
}
