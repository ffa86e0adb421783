import Foundation

/// Finds the article in an `HTMLDocument`: the element whose blocks hold the most text that
/// is not links (its parent gets half of a block's weight, as in Readability), weighted up by
/// class and id words of story containers (`article_body`, `itemprop="articleBody"`) and
/// down by those of chrome. The body is the blocks under it that are not chrome, not lists
/// of links, not the repeated headline, and not boilerplate lines (copyright, bylines,
/// datelines, `(END)`); everything else is kept aside as removed text.
struct ArticleExtractor {
  let document: HTMLDocument
  let rules: CompiledBoilerplateRules

  struct Result {
    var paragraphs: [HTMLDocument.Block]
    var removed: [(kind: BoilerplateKind, block: HTMLDocument.Block)]
    var metadata: EditionMetadata
  }

  func extract() -> Result {
    let metadata = self.metadata()
    let container = bestContainer()
    var paragraphs: [HTMLDocument.Block] = []
    var removed: [(kind: BoilerplateKind, block: HTMLDocument.Block)] = []
    var datelineMetadata = EditionMetadata()
    var bylines: [String] = []
    let title = metadata.title.map { HTMLDocument.collapsed(Array($0.utf8)) }
    for var block in document.blocks {
      let text = block.text
      if let kind = block.removal {
        if let dateline = Dateline(line: text) {
          datelineMetadata.fill(from: dateline)
          removed.append((.dateline, block))
          continue
        }
        removed.append((kind, block))
        if kind == .byline, text.count <= 60, !text.contains("@"), text != title { bylines.append(text) }
        continue
      }
      guard let container, isInside(block.owner, container) else {
        removed.append((.navigation, block))
        continue
      }
      if let title, text == title || (block.heading && title.hasPrefix(text)) {
        removed.append((.title, block))
        continue
      }
      if let dateline = Dateline(line: text) {
        datelineMetadata.fill(from: dateline)
        removed.append((.dateline, block))
        continue
      }
      if let kind = rules.classify(text, inHeader: false) {
        removed.append((kind, block))
        continue
      }
      if block.heading && paragraphs.isEmpty {
        removed.append((.subtitle, block))
        continue
      }
      let linkShare = Double(block.linkBytes) / Double(max(1, block.bytes.count))
      if linkShare > 0.5 {
        removed.append((.related, block))
        continue
      }
      // `(서울=연합뉴스) 홍길동 기자 = ` opening the first paragraph.
      if paragraphs.isEmpty {
        let length = rules.leadingBylineLength(text)
        if length > 0 && length < block.bytes.count {
          var byline = block
          byline.bytes = Array(block.bytes[..<length])
          byline.spans = block.spans.prefix(length)
          removed.append((.byline, byline))
          var cut = length
          while cut < block.bytes.count && block.bytes[cut] == 0x20 { cut += 1 }
          block.bytes.removeFirst(cut)
          block.spans.removeFirst(cut)
        }
      }
      paragraphs.append(block)
    }
    var result = metadata
    if result.published == nil { result.published = datelineMetadata.published }
    if result.updated == nil { result.updated = datelineMetadata.updated }
    if result.bylines.isEmpty { result.bylines = bylines }
    return Result(paragraphs: paragraphs, removed: removed, metadata: result)
  }

  /// Whether element `index` is `ancestor` or inside it.
  func isInside(_ index: Int, _ ancestor: Int) -> Bool {
    var node: Int? = index
    while let current = node {
      if current == ancestor { return true }
      node = document.elements[current].parent
    }
    return false
  }

  /// The element holding the story, or nil when no block looks like prose.
  func bestContainer() -> Int? {
    var scores: [Int: Double] = [:]
    for block in document.blocks where block.removal == nil {
      let characters = String(decoding: block.bytes, as: UTF8.self).count
      let linkShare = Double(block.linkBytes) / Double(max(1, block.bytes.count))
      guard characters >= 20, linkShare < 0.5 else { continue }
      let sentenceEnds = block.bytes.filter { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 }.count
      let weight = (Double(characters) * (1 - linkShare)).squareRoot() * 4 + Double(min(sentenceEnds, 10)) * 5
      scores[block.owner, default: 0] += weight
      if let parent = document.elements[block.owner].parent { scores[parent, default: 0] += weight / 2 }
    }
    var best: (Int, Double)?
    for (element, score) in scores {
      let weighted = score * factor(element)
      if best == nil || weighted > best!.1 { best = (element, weighted) }
    }
    guard let (element, _) = best else { return nil }
    // Blocks split by <br> inside the story element belong to it; prose in <p>s belongs to their parent.
    let name = document.elements[element].name
    if ["p", "li", "td", "span", "font", "b", "strong"].contains(name), let parent = document.elements[element].parent {
      return parent
    }
    return element
  }

  /// How much an element's class and id say it holds a story.
  func factor(_ element: Int) -> Double {
    let node = document.elements[element]
    if node.itemprop?.lowercased() == "articlebody" { return 3 }
    var factor = 1.0
    if !HTMLDocument.bodyTokens.isDisjoint(with: node.tokens) { factor *= 1.6 }
    if ["article", "main"].contains(node.name) { factor *= 1.3 }
    return factor
  }

  /// The metadata the page's head and JSON-LD give.
  func metadata() -> EditionMetadata {
    var metadata = EditionMetadata()
    let article = Self.newsArticle(document.jsonLD)
    let meta = document.meta
    metadata.title =
      (article?["headline"] as? String).map(clean) ?? document.headings.first.map(clean) ?? meta["og:title"].map(clean)
      ?? document.title.map(Self.withoutSiteName)
    metadata.published =
      [
        article?["datePublished"] as? String, meta["article:published_time"], meta["og:article:published_time"],
        meta["pubdate"], meta["publishdate"], meta["date"], document.times.first,
      ]
      .compactMap { $0 }.compactMap(Self.iso).first
    metadata.updated =
      [article?["dateModified"] as? String, meta["article:modified_time"], meta["og:updated_time"]]
      .compactMap { $0 }.compactMap(Self.iso).first
    metadata.section = (article?["articleSection"] as? String) ?? meta["article:section"]
    metadata.url = document.canonical ?? meta["og:url"]
    metadata.site = meta["og:site_name"]
    addLinks(to: &metadata, article: article)
    if let authors = article?["author"] {
      let list = (authors as? [Any]) ?? [authors]
      metadata.bylines = list.compactMap { ($0 as? [String: Any])?["name"] as? String ?? $0 as? String }
    } else if let author = meta["author"] ?? meta["article:author"] {
      metadata.bylines = [author]
    }
    return metadata
  }

  private func clean(_ text: String) -> String { HTMLDocument.collapsed(Array(text.utf8)) }

  /// The page's own addresses and its links to other-language editions, resolved against
  /// `<base>`, then its own address.
  private func addLinks(to metadata: inout EditionMetadata, article: [String: Any]?) {
    let meta = document.meta
    let own = [
      document.canonical, meta["og:url"], article.flatMap(Self.jsonLDAddress),
      article.flatMap {
        $0["mainEntityOfPage"].flatMap(Self.jsonLDAddress)
      },
    ]
    let base = (document.base ?? own.compactMap { $0 }.first).flatMap { URL(string: $0) }
    func resolved(_ href: String) -> String? {
      let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.lowercased().hasPrefix("javascript:") else {
        return nil
      }
      guard let url = URL(string: trimmed, relativeTo: base) else { return nil }
      let absolute = url.absoluteString
      return absolute.contains("://") ? absolute : nil
    }
    var addresses: [String] = []
    for address in own.compactMap({ $0 }).compactMap(resolved) where !addresses.contains(address) {
      addresses.append(address)
    }
    metadata.addresses = addresses
    var links: [EditionLink] = []
    func add(_ href: String, _ language: Language?, _ via: String) {
      guard let url = resolved(href), !links.contains(where: { $0.url == url }) else { return }
      links.append(EditionLink(url: url, language: language, via: via))
    }
    for (tag, href) in document.alternates {
      if let language = LanguageSwitch.language(ofTag: tag) { add(href, language, "hreflang") }
    }
    for (text, hreflang, href) in document.languageAnchors {
      add(href, hreflang.flatMap(LanguageSwitch.language(ofTag:)) ?? LanguageSwitch.language(named: text), "switch")
    }
    for key in ["translationOfWork", "workTranslation"] {
      guard let value = article?[key] else { continue }
      for item in (value as? [Any]) ?? [value] {
        guard let href = Self.jsonLDAddress(item) else { continue }
        let language = ((item as? [String: Any])?["inLanguage"] as? String).flatMap(LanguageSwitch.language(ofTag:))
        add(href, language, "json-ld")
      }
    }
    metadata.translations = links
  }

  /// The address a JSON-LD value gives: a string, or an object's `url` or `@id`.
  static func jsonLDAddress(_ value: Any) -> String? {
    if let text = value as? String { return text }
    guard let object = value as? [String: Any] else { return nil }
    return (object["url"] as? String) ?? (object["@id"] as? String)
  }

  /// `Headline | Site`, `Headline - Site`, `Headline :: Site` → `Headline`.
  static func withoutSiteName(_ title: String) -> String {
    let collapsed = HTMLDocument.collapsed(Array(title.utf8))
    for separator in [" | ", " :: ", " - ", " – ", " — ", " : "] {
      if let range = collapsed.range(of: separator, options: .backwards) {
        let head = String(collapsed[..<range.lowerBound])
        if head.count >= 8 { return head }
      }
    }
    return collapsed
  }

  /// The first JSON-LD object typed as a news article (also inside `@graph` and arrays).
  static func newsArticle(_ scripts: [String]) -> [String: Any]? {
    func search(_ value: Any) -> [String: Any]? {
      if let array = value as? [Any] { return array.lazy.compactMap(search).first }
      guard let object = value as? [String: Any] else { return nil }
      let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
      if types.contains(where: { $0.hasSuffix("NewsArticle") || $0 == "Article" || $0 == "BlogPosting" }) {
        return object
      }
      if let graph = object["@graph"] { return search(graph) }
      return nil
    }
    for script in scripts {
      guard let data = script.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) else {
        continue
      }
      if let found = search(value) { return found }
    }
    return nil
  }

  /// An ISO 8601 time as the edition keeps it: `2024-03-15T10:00` (seconds when not zero),
  /// with the offset where the page gives one (`+09:00`, `Z` as `+00:00`).
  static func iso(_ text: String) -> String? {
    let value = text.trimmingCharacters(in: .whitespaces)
    let s = Array(value.unicodeScalars)
    func digits(_ from: Int, _ count: Int) -> String? {
      guard from + count <= s.count, s[from..<from + count].allSatisfy(\.isASCIIDigit) else { return nil }
      return String(String.UnicodeScalarView(s[from..<from + count]))
    }
    guard let year = digits(0, 4), s.count >= 10, s[4] == "-", let month = digits(5, 2), s[7] == "-",
      let day = digits(8, 2)
    else {
      return Dateline(line: value)?.published
    }
    var out = "\(year)-\(month)-\(day)"
    var i = 10
    if i < s.count && (s[i] == "T" || s[i] == " "), let hour = digits(i + 1, 2), i + 3 < s.count, s[i + 3] == ":",
      let minute = digits(i + 4, 2)
    {
      out += "T\(hour):\(minute)"
      i += 6
      if i < s.count && s[i] == ":", let second = digits(i + 1, 2) {
        if second != "00" { out += ":\(second)" }
        i += 3
        while i < s.count && (s[i] == "." || s[i].isASCIIDigit) { i += 1 }
      }
      if i < s.count {
        if s[i] == "Z" {
          out += "+00:00"
        } else if s[i] == "+" || s[i] == "-", let h = digits(i + 1, 2) {
          let m = digits(i + 3, 2) ?? digits(i + 4, 2) ?? "00"
          out += "\(s[i])\(h):\(m)"
        }
      }
    }
    return out
  }
}

extension EditionMetadata {
  /// Takes the times of a dateline where none is set yet.
  mutating func fill(from dateline: Dateline) {
    if published == nil { published = dateline.published }
    if updated == nil { updated = dateline.updated }
  }
}
