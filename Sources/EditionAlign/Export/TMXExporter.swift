import Foundation

/// A TMX 1.4b translation memory, as CAT tools (OmegaT, Trados, memoQ) read it: a header
/// with the seven required attributes and the creation date; one `<tu>` a pair, its
/// properties (`x-score`, `x-document`, and each edition's `x-url`, `x-published` where the
/// page gave them) before a `<tuv xml:lang="…"><seg>` per side. Text is escaped, characters
/// XML 1.0 forbids are removed; an omission kept (`keepOmissions`) is a `<tu>` of one `<tuv>`.
struct TMXExporter: CorpusExporter {
  public var settings: ExportSettings
  /// The `tuid` of the last unit written (units are numbered across the documents of a corpus).
  private var units = 0

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  /// `date` as TMX writes it: `YYYYMMDDThhmmssZ`, in UTC.
  static func tmxDate(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    return "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
  }

  public func head(_ keys: SideKeys, languages: (source: Language, target: Language)) -> [String] {
    let sourceLanguage = XMLText.attribute(languages.source.rawValue)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
    out += "  <header creationtool=\"\(Toolkit.name)\" creationtoolversion=\"\(Toolkit.version)\" segtype=\"sentence\" "
    out += "o-tmf=\"\(Toolkit.name)\" adminlang=\"en\" srclang=\"\(sourceLanguage)\" datatype=\"plaintext\" "
    out += "creationdate=\"\(Self.tmxDate(settings.creationDate))\"/>\n  <body>\n"
    return [out]
  }

  public mutating func records(_ alignment: Alignment) -> [String] {
    let source = alignment.source
    let target = alignment.target
    let sourceLanguage = XMLText.attribute(source.language.rawValue)
    let targetLanguage = XMLText.attribute(target.language.rawValue)
    let document = XMLText.content(settings.documentID(alignment))
    var editionProps = ""
    for (edition, language) in [(source, sourceLanguage), (target, targetLanguage)] {
      if let url = edition.metadata.url {
        editionProps += "      <prop type=\"x-url\" xml:lang=\"\(language)\">\(XMLText.content(url))</prop>\n"
      }
      if let published = edition.metadata.published {
        editionProps +=
          "      <prop type=\"x-published\" xml:lang=\"\(language)\">\(XMLText.content(published))</prop>\n"
      }
    }
    var out = ""
    for pair in settings.filter.pairs(alignment) {
      units += 1
      out += "    <tu tuid=\"\(units)\">\n"
      out += "      <prop type=\"x-score\">\(NumberText.score(pair.link.score))</prop>\n"
      out += "      <prop type=\"x-document\">\(document)</prop>\n"
      out += editionProps
      if !pair.link.source.isEmpty {
        out += "      <tuv xml:lang=\"\(sourceLanguage)\"><seg>\(XMLText.content(pair.sourceText))</seg></tuv>\n"
      }
      if !pair.link.target.isEmpty {
        out += "      <tuv xml:lang=\"\(targetLanguage)\"><seg>\(XMLText.content(pair.targetText))</seg></tuv>\n"
      }
      out += "    </tu>\n"
    }
    return [out]
  }

  public func tail(_ keys: SideKeys) -> [String] { ["  </body>\n</tmx>\n"] }
}

/// An XLIFF 2.0 file (`urn:oasis:names:tc:xliff:document:2.0`): the first edition's
/// language as `srcLang`, the second's as `trgLang`; one `<file>` for the document, one
/// `<unit>` a pair with the score in a note and one `<segment>` of `<source>` and `<target>`.
/// Ids are unique (`u1`, `s1`, …); white space is kept (`xml:space="preserve"`). An
/// omission kept has no `<target>`, or an empty `<source/>`.
struct XLIFFExporter: CorpusExporter {
  public var settings: ExportSettings
  /// The `<file>` elements written so far (one a document of a corpus: `f1`, `f2`, …).
  private var files = 0

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func head(_ keys: SideKeys, languages: (source: Language, target: Language)) -> [String] {
    let sourceLanguage = XMLText.attribute(languages.source.rawValue)
    let targetLanguage = XMLText.attribute(languages.target.rawValue)
    return [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"\(sourceLanguage)\" "
        + "trgLang=\"\(targetLanguage)\">\n"
    ]
  }

  public mutating func records(_ alignment: Alignment) -> [String] {
    files += 1
    var out = "  <file id=\"f\(files)\" original=\"\(XMLText.attribute(settings.documentID(alignment)))\">\n"
    for (index, pair) in settings.filter.pairs(alignment).enumerated() {
      let n = index + 1
      out += "    <unit id=\"u\(n)\" xml:space=\"preserve\">\n"
      out += "      <notes><note category=\"x-score\">\(NumberText.score(pair.link.score))</note></notes>\n"
      out += "      <segment id=\"s\(n)\">\n"
      out += "        <source>\(XMLText.content(pair.sourceText))</source>\n"
      if !pair.link.target.isEmpty { out += "        <target>\(XMLText.content(pair.targetText))</target>\n" }
      out += "      </segment>\n    </unit>\n"
    }
    out += "  </file>\n"
    return [out]
  }

  public func tail(_ keys: SideKeys) -> [String] { ["</xliff>\n"] }
}
