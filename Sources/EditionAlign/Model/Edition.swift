/// The shape of an input text, which decides how ingest reads it.
public enum InputShape: String, CaseIterable, Codable, Sendable {
  /// A web page dumped to text: navigation, repeated title, datelines, widgets, copyright.
  case page
  /// A title line, then paragraphs.
  case article
  /// Body text only, one paragraph a line (blank lines allowed), no title.
  case plain
  /// One sentence a line; a blank line ends a paragraph.
  case presplit
  /// A saved HTML page: parsed by libxml2, the article found among menus, scripts and lists.
  case html
}

/// What an edition's page says about it, apart from the body.
public struct EditionMetadata: Hashable, Codable, Sendable {
  public var title: String?
  public var section: String?
  public var bylines: [String] = []
  /// Publication time, ISO 8601 (`2023-09-05T08:22`, with an offset where the page gives one).
  public var published: String?
  /// Last update time, ISO 8601.
  public var updated: String?
  public var url: String?
  public var site: String?
  /// Every address the page gives for itself, resolved: its canonical link, `og:url`,
  /// JSON-LD `url` and `mainEntityOfPage`, and `url` above.
  public var addresses: [String] = []
  /// The page's links to its editions in other languages: `hreflang` alternates,
  /// language-switch anchors (`한국어`, `English`), JSON-LD `translationOfWork` and `workTranslation`.
  public var translations: [EditionLink] = []

  public init() {}
}

/// A link from a page to one of its editions in another language.
public struct EditionLink: Hashable, Codable, Sendable {
  /// The address, resolved against the page's own.
  public var url: String
  /// The language the link names, where it names one.
  public var language: Language?
  /// How the page gives it: `hreflang`, `switch` (an anchor's text) or `json-ld`.
  public var via: String

  public init(url: String, language: Language?, via: String) {
    self.url = url
    self.language = language
    self.via = via
  }
}

/// A line (or part of one) that ingest removed from the body, and why.
public struct RemovedText: Hashable, Codable, Sendable {
  public var kind: BoilerplateKind
  public var text: String
  public var range: SourceRange

  public init(kind: BoilerplateKind, text: String, range: SourceRange) {
    self.kind = kind
    self.text = text
    self.range = range
  }
}

/// Why ingest removed a piece of a page from the body.
public enum BoilerplateKind: String, Codable, Sendable, CaseIterable {
  case navigation, title, subtitle, section, dateline, byline
  case languageSwitch = "language-switch"
  case site
  case widget, copyright, caption, related, url
  /// Scripts, styles and other code of an HTML page.
  case code
}

/// One edition of an article: its language, metadata, body paragraphs of sentences,
/// and what ingest removed as boilerplate.
public struct Edition: Hashable, Codable, Sendable {
  /// Where the edition came from (a path, or `-` for standard input).
  public var source: String
  public var language: Language
  public var shape: InputShape
  public var metadata: EditionMetadata
  public var paragraphs: [Paragraph]
  public var removed: [RemovedText]
  /// What ingest did on its own judgement (a charset it did not trust, a parse cut short),
  /// for the user to know.
  public var notes: [String] = []

  public init(
    source: String, language: Language, shape: InputShape, metadata: EditionMetadata,
    paragraphs: [Paragraph], removed: [RemovedText]
  ) {
    self.source = source
    self.language = language
    self.shape = shape
    self.metadata = metadata
    self.paragraphs = paragraphs
    self.removed = removed
  }

  /// The title, where the input has one.
  public var title: String? { metadata.title }

  /// All body sentences in order; `sentences[i].index == i`.
  public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }
}
