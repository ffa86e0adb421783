import Foundation

/// How to read an edition; every field left nil is detected from the input.
public struct ReadOptions: Sendable, Hashable {
  public var language: Language?
  public var shape: InputShape?
  public var boilerplate: BoilerplateRules

  public init(language: Language? = nil, shape: InputShape? = nil, boilerplate: BoilerplateRules = .standard) {
    self.language = language
    self.shape = shape
    self.boilerplate = boilerplate
  }
}

/// Ingest, normalize and segment in one: reads a file (or bytes) into an `Edition`.
///
/// Not thread-safe (it holds ICU iterators): use one reader per task.
public final class EditionReader {
  public let options: ReadOptions
  private var segmenters: [Language: SentenceSegmenter] = [:]

  /// The boilerplate rules compiled: a user's when the reader is made (so that a bad pattern
  /// is an error there); the standard ones when a page first needs them — compiling them is
  /// most of a one-pair run's start-up, and presplit, plain text and articles never do.
  private var compiled: CompiledBoilerplateRules?
  private var rules: CompiledBoilerplateRules {
    if let compiled { return compiled }
    let rules = (try? CompiledBoilerplateRules(options.boilerplate)) ?? CompiledBoilerplateRules.none
    compiled = rules
    return rules
  }

  /// Throws when a boilerplate rule of `options` is not a valid regular expression.
  public init(options: ReadOptions = ReadOptions()) throws(BoilerplateRuleError) {
    self.options = options
    if options.boilerplate != .standard { compiled = try CompiledBoilerplateRules(options.boilerplate) }
  }

  /// Reads the edition at `path` (`-` reads standard input).
  public func read(file path: String) throws(IngestError) -> Edition {
    try read(bytes: try Self.bytes(of: path), source: path)
  }

  /// The bytes of `path`, or of standard input for `-`.
  public static func bytes(of path: String) throws(IngestError) -> [UInt8] {
    do { return try FileIO.contents(of: path) } catch {
      throw .unreadable(file: path == "-" ? "standard input" : path, reason: FileIO.reason(error))
    }
  }

  /// Reads an edition from `bytes`; `source` names it in errors and in the edition.
  public func read(bytes: [UInt8], source: String) throws(IngestError) -> Edition {
    if options.shape == .html || (options.shape == nil && HTMLPage.looksLikeHTML(bytes, source: source)) {
      return try readHTML(bytes: bytes, source: source)
    }
    let decoded = try DecodedText(bytes: bytes, file: source)
    let lines = Line.split(decoded.utf8)
    let language = options.language ?? Language.detect(in: Substring(decoded.string))
    let segmenter = segmenter(for: language)
    let shape = options.shape ?? ShapeDetector(rules: rules).detect(lines, segmenter: segmenter)
    let layout = Layout.make(lines, shape: shape, rules: rules)

    var paragraphs: [Paragraph] = []
    var sentenceIndex = 0
    for block in layout.blocks {
      var sentences: [Sentence] = []
      let ranges: [Range<Int>]
      let blockRange: Range<Int>
      switch block {
      case .sentences(let lineRanges):
        guard let first = lineRanges.first, let last = lineRanges.last else { continue }
        ranges = lineRanges
        blockRange = first.lowerBound..<last.upperBound
      case .paragraph(let range):
        let text = decoded.unwrappedText(range)
        ranges = segmenter.sentenceRanges(in: text).map {
          ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound)
        }
        blockRange = range
      }
      for range in ranges where VisibleText.contains(decoded.utf8[range]) {
        let text = decoded.unwrappedText(range)
        sentences.append(
          Sentence(
            index: sentenceIndex, paragraph: paragraphs.count, text: text,
            range: decoded.fileRange(range)))
        sentenceIndex += 1
      }
      if !sentences.isEmpty {
        paragraphs.append(
          Paragraph(index: paragraphs.count, range: decoded.fileRange(blockRange), sentences: sentences))
      }
    }
    if paragraphs.isEmpty { throw .noBody(file: source, shape: shape) }
    let removed = layout.removed.map {
      RemovedText(kind: $0.kind, text: decoded.text($0.range), range: decoded.fileRange($0.range))
    }.sorted { $0.range.start < $1.range.start }
    return Edition(
      source: source, language: language, shape: shape, metadata: layout.metadata, paragraphs: paragraphs,
      removed: removed)
  }

  /// Reads two editions at once, each on its own core (the two halves of `align` and `check`).
  /// The first error, in argument order, is thrown.
  public static func readPair(
    _ first: String, _ second: String, options: (ReadOptions, ReadOptions)
  ) throws -> (Edition, Edition) {
    let jobs = [(first, options.0), (second, options.1)]
    let results = Parallel.map(jobs, minimumPerChunk: 1) { job -> Result<Edition, Error> in
      Result { try EditionReader(options: job.1).read(file: job.0) }
    }
    return (try results[0].get(), try results[1].get())
  }

  /// An HTML page: decoded by its charset, parsed by libxml2, the article found and segmented;
  /// offsets point into the page's bytes.
  private func readHTML(bytes: [UInt8], source: String) throws(IngestError) -> Edition {
    let page = try HTMLPage(bytes: bytes, file: source)
    let decoded = page.decoded
    var notes = page.notes
    let (events, stopped) = HTMLParser.events(decoded.utf8)
    if stopped != 0 {
      notes.append(
        "libxml2 stopped reading the page early (error \(stopped), e.g. nesting too deep); the text before that point is used"
      )
    }
    let article = ArticleExtractor(document: HTMLDocument(events: events, utf8: decoded.utf8), rules: rules).extract()
    let bodyText = article.paragraphs.map(\.text).joined(separator: "\n")
    let language =
      options.language ?? Language.detect(in: Substring(bodyText.isEmpty ? (article.metadata.title ?? "") : bodyText))
    @Sendable func fileRange(_ block: HTMLDocument.Block, _ range: Range<Int>) -> SourceRange {
      if let span = block.span { return decoded.fileRange(span) }
      return SourceRange(
        start: decoded.fileOffset(block.spans.span(range.lowerBound).lowerBound),
        end: decoded.fileOffset(block.spans.span(range.upperBound - 1).upperBound))
    }
    // Segmenting, paragraphs spread over the cores.
    let segmented = Parallel.map(
      article.paragraphs, minimumPerChunk: 64, context: SentenceSegmenter(language: language)
    ) {
      segmenter, block -> [(text: String, range: SourceRange)] in
      let text = block.text
      let utf8 = Array(text.utf8)
      return segmenter.sentenceRanges(in: text).filter { !$0.isEmpty }.map { range in
        let sentence = String(decoding: utf8[range], as: UTF8.self)
        return (sentence, fileRange(block, range))
      }
    }
    var paragraphs: [Paragraph] = []
    var sentenceIndex = 0
    for (block, pieces) in zip(article.paragraphs, segmented) where !pieces.isEmpty {
      var sentences: [Sentence] = []
      for piece in pieces {
        sentences.append(
          Sentence(index: sentenceIndex, paragraph: paragraphs.count, text: piece.text, range: piece.range))
        sentenceIndex += 1
      }
      paragraphs.append(
        Paragraph(index: paragraphs.count, range: fileRange(block, 0..<block.bytes.count), sentences: sentences))
    }
    if paragraphs.isEmpty { throw .noBody(file: source, shape: .html) }
    let removed = article.removed.filter { !$0.block.bytes.isEmpty }.map {
      RemovedText(kind: $0.kind, text: $0.block.text, range: fileRange($0.block, 0..<$0.block.bytes.count))
    }.sorted { $0.range.start < $1.range.start }
    var edition = Edition(
      source: source, language: language, shape: .html, metadata: article.metadata, paragraphs: paragraphs,
      removed: removed)
    edition.notes = notes
    return edition
  }

  private func segmenter(for language: Language) -> SentenceSegmenter {
    if let segmenter = segmenters[language] { return segmenter }
    let segmenter = SentenceSegmenter(language: language)
    segmenters[language] = segmenter
    return segmenter
  }
}
