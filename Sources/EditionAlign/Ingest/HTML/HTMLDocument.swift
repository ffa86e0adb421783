/// An HTML page read into what the article finder needs: blocks of text (white space
/// collapsed as a browser shows it, each byte with the span of the page it came from), the
/// elements that hold them, what the markup marks as chrome, and the metadata a page
/// carries in its head (meta tags, JSON-LD, canonical link, `<title>`, `<time>`).
struct HTMLDocument {
  struct Element {
    var name: String
    var parent: Int?
    /// Lower-case words of the class and id (`article_body` → `article`, `body`).
    var tokens: [String]
    /// Why the element's text is not body text (its own reason or an ancestor's).
    var removal: BoilerplateKind?
    var itemprop: String?
  }

  /// Text between block boundaries, as one line of a page dump.
  struct Block {
    /// The innermost block-level element holding the text.
    var owner: Int
    var bytes: [UInt8] = []
    /// For each byte of `bytes`, the span of the parsed UTF-8 it stands for.
    var spans = ByteSpans()
    /// For code (scripts, styles), kept aside whole: the span it covers, in place of `starts`/`ends`.
    var span: Range<Int>?
    /// Bytes of text inside links.
    var linkBytes = 0
    var removal: BoilerplateKind?
    /// Whether the text sits in a heading (`h1`…`h3`).
    var heading = false

    var text: String { String(decoding: bytes, as: UTF8.self) }
  }

  var elements: [Element] = []
  var blocks: [Block] = []
  var title: String?
  var headings: [String] = []
  var meta: [String: String] = [:]
  var canonical: String?
  /// `<base href>`, against which relative links resolve.
  var base: String?
  /// `<link rel="alternate" hreflang="…" href="…">`: (language, address).
  var alternates: [(language: String, href: String)] = []
  /// Anchors whose text or `hreflang` names a language (`한국어`, `English`, `KOR`):
  /// (the text, the `hreflang` if any, address).
  var languageAnchors: [(text: String, hreflang: String?, href: String)] = []
  var times: [String] = []
  var jsonLD: [String] = []

  static let blockTags: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
    "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot",
    "th", "thead", "tr", "ul", "br", "html", "head", "title", "select", "button", "textarea",
  ]

  /// Elements whose text is never body text, and why.
  static let removedTags: [String: BoilerplateKind] = [
    "script": .code, "style": .code, "noscript": .code, "template": .code, "svg": .code, "iframe": .code,
    "object": .code, "canvas": .code, "head": .code, "nav": .navigation, "menu": .navigation, "aside": .related,
    "figure": .caption, "figcaption": .caption, "footer": .copyright, "form": .widget, "button": .widget,
    "select": .widget, "textarea": .widget, "label": .widget,
  ]

  /// Class and id words that mark chrome, by kind (checked in this order).
  static let removedTokens: [(BoilerplateKind, Set<String>)] = [
    (.caption, ["caption", "figcaption", "photo", "img", "image", "thumb", "thumbnail", "imgbox", "photobox", "desc"]),
    (
      .related,
      [
        "related", "relation", "relate", "linked", "recommend", "recommended", "popular", "ranking", "rank", "mostread",
        "most", "more", "othernews", "hot", "series", "aside", "sidebar", "side",
      ]
    ),
    (
      .widget,
      [
        "share", "sns", "social", "sharing", "subscribe", "subscription", "newsletter", "banner", "ad", "ads", "advert",
        "advertisement", "adsense", "promotion", "popup", "modal", "toolbar", "comment", "comments", "reply", "tag",
        "tags", "keyword", "keywords", "font", "print", "btn", "button", "login", "search", "quiz", "poll", "video",
        "player",
      ]
    ),
    (.byline, ["byline", "reporter", "writer", "author", "journalist", "profile"]),
    (.copyright, ["copyright", "copy", "footer", "foot", "license"]),
    (.dateline, ["date", "dateline", "datetime", "time", "published", "updated", "pubdate"]),
    (
      .navigation,
      [
        "nav", "navigation", "gnb", "lnb", "snb", "menu", "breadcrumb", "breadcrumbs", "header", "masthead", "sitemap",
        "skip", "topbar", "category", "tab", "tabs", "pagination", "paging",
      ]
    ),
  ]

  /// The kind of chrome class and id words mark, if any.
  static func removal(of tokens: [String]) -> BoilerplateKind? {
    removedTokens.first { !$0.1.isDisjoint(with: tokens) }?.0
  }

  /// Class and id words of the element that holds a story.
  static let bodyTokens: Set<String> = [
    "article", "articlebody", "content", "contents", "body", "news", "text", "story", "post", "entry", "view", "viewer",
    "txt", "cont", "detail", "main", "read", "newsct", "dic", "par",
  ]

  /// The document of the parsed UTF-8 `utf8`.
  init(events: [HTMLEvent], utf8: [UInt8]) {
    var open = OpenElements()
    var current: Block?
    var previous = 0
    var floor = 0
    var linkDepth = 0
    var titleText: [UInt8]? = nil
    var jsonText: [UInt8]? = nil
    var anchor: (href: String, hreflang: String?, text: [UInt8])? = nil
    var headingText: [UInt8]? = nil
    var headingDepth = 0

    func flush() {
      guard var block = current else { return }
      current = nil
      while block.span == nil && block.bytes.last == 0x20 {
        block.bytes.removeLast()
        block.spans.removeLast()
      }
      if !block.bytes.isEmpty { blocks.append(block) }
    }

    for event in events {
      switch event {
      case .start(let name, let attributes, let position):
        if Self.blockTags.contains(name) { flush() }
        let parent = open.last
        let tokens = Self.tokens(attributes["class"], attributes["id"])
        var removal = parent.flatMap { elements[$0].removal }
        // Inside chrome, a byline, dateline or caption still says what it is.
        if removal == .navigation, let own = Self.removal(of: tokens), [.byline, .dateline, .caption].contains(own) {
          removal = own
        }
        if removal == nil {
          removal = Self.removedTags[name]
          // A header inside the article holds its headline and byline, not the site's chrome.
          if name == "header" && !open.isOpen("article") && !open.isOpen("main") { removal = .navigation }
          if removal == nil && attributes["itemprop"] != "articleBody"
            && !["html", "body", "main", "article"].contains(name)
          {
            removal = Self.removal(of: tokens)
          }
        }
        if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true { jsonText = [] }
        elements.append(
          Element(name: name, parent: parent, tokens: tokens, removal: removal, itemprop: attributes["itemprop"]))
        if name != "br" && name != "hr" && name != "meta" && name != "link" && name != "img" && name != "input" {
          open.push(elements.count - 1, name: name, isBlock: Self.blockTags.contains(name))
        }
        switch name {
        case "a":
          linkDepth += 1
          if let href = attributes["href"], !href.isEmpty { anchor = (href, attributes["hreflang"], []) }
        case "base":
          if base == nil, let href = attributes["href"] { base = href }
        case "title": titleText = []
        case "h1", "h2", "h3":
          headingText = []
          headingDepth = open.depth
        case "meta":
          let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
          if !key.isEmpty, let content = attributes["content"], meta[key] == nil { meta[key] = content }
        case "link":
          let rel = attributes["rel"]?.lowercased().split(separator: " ") ?? []
          if rel.contains("canonical"), let href = attributes["href"] { canonical = href }
          if rel.contains("alternate"), let language = attributes["hreflang"], let href = attributes["href"] {
            alternates.append((language, href))
          }
        case "time":
          if let datetime = attributes["datetime"] { times.append(datetime) }
        default: break
        }
        previous = position
      case .end(let name, let position):
        if Self.blockTags.contains(name) { flush() }
        open.close(name) { elements[$0].name }
        switch name {
        case "a":
          linkDepth = max(0, linkDepth - 1)
          if let (href, hreflang, text) = anchor {
            let words = Self.collapsed(text)
            if hreflang != nil || (words.unicodeScalars.count <= 32 && LanguageSwitch.language(named: words) != nil) {
              languageAnchors.append((words, hreflang, href))
            }
          }
          anchor = nil
        case "title":
          if let text = titleText, title == nil { title = Self.collapsed(text) }
          titleText = nil
        case "script":
          if let text = jsonText { jsonLD.append(String(decoding: text, as: UTF8.self)) }
          jsonText = nil
        case "h1", "h2", "h3":
          if let text = headingText, name == "h1" { headings.append(Self.collapsed(text)) }
          headingText = nil
        default: break
        }
        previous = position
      case .text(let bytes, let position):
        defer { previous = position }
        if titleText != nil { titleText! += bytes }
        if anchor != nil { anchor!.text += bytes }
        if jsonText != nil { jsonText! += bytes }
        if headingText != nil && open.depth >= headingDepth { headingText! += bytes }
        guard let owner = open.owner else { continue }
        let removal = open.last.flatMap { elements[$0].removal }
        if removal == .code {
          // Scripts and styles are kept aside whole, without a span for each byte.
          if current == nil || current!.owner != owner || current!.removal != .code {
            flush()
            current = Block(owner: owner, removal: .code)
            current!.span = min(previous, position)..<position
          }
          current!.bytes += bytes
          current!.span = current!.span!.lowerBound..<position
          continue
        }
        // Where the chunk stands in the page: right before `position` when the page holds
        // it verbatim (libxml2 may report the event before it at the same position, after
        // reading ahead through a broken tag); else (entities, `&amp;`) the span from the
        // last `&`, and never an empty span.
        // Spans are handed out in page order: a chunk never starts before `floor`, the start
        // of the last byte's span, even where libxml2 reports a position behind it.
        let position = max(position, floor)
        let lower = max(min(previous, position), floor)
        var start = lower
        var exact = false
        if position - bytes.count >= floor, utf8[(position - bytes.count)..<position].elementsEqual(bytes) {
          start = position - bytes.count
          exact = true
        } else if let ampersand = utf8[lower..<position].lastIndex(of: 0x26) {
          start = ampersand
        } else if start == position {
          start = max(floor, position - bytes.count)
        }
        start = min(start, utf8.count - 1)
        let end = max(position, start + 1)
        floor = exact ? max(floor, position - 1) : start
        if current == nil || current!.owner != owner || current!.removal != removal {
          flush()
          current = Block(owner: owner, removal: removal)
          current!.heading = open.isInHeading
        }
        var i = 0
        while i < bytes.count {
          let byte = bytes[i]
          let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
          let isNBSP = byte == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
          let width = isNBSP ? 2 : 1
          let span = exact ? (start + i)..<(start + i + width) : start..<end
          if isSpace || isNBSP {
            if !current!.bytes.isEmpty && current!.bytes.last != 0x20 {
              current!.bytes.append(0x20)
              current!.spans.append(span)
            }
          } else {
            current!.bytes.append(byte)
            current!.spans.append(exact ? span.lowerBound..<(span.lowerBound + 1) : span)
            if linkDepth > 0 { current!.linkBytes += 1 }
          }
          i += width
        }
      }
    }
    flush()
  }

  /// The words of `class` and `id` values, lower case, split at `-`, `_`, white space and case changes.
  static func tokens(_ values: String?...) -> [String] {
    var tokens: [String] = []
    for value in values.compactMap({ $0 }) {
      var word = ""
      for scalar in value.unicodeScalars {
        if scalar == "-" || scalar == "_" || scalar == " " || scalar == "\t" || scalar.properties.numericType != nil {
          if !word.isEmpty { tokens.append(word.lowercased()) }
          word = ""
        } else {
          if scalar.properties.isUppercase && !word.isEmpty && word.unicodeScalars.last?.properties.isLowercase == true
          {
            tokens.append(word.lowercased())
            word = ""
          }
          word.unicodeScalars.append(scalar)
        }
      }
      if !word.isEmpty { tokens.append(word.lowercased()) }
    }
    return tokens
  }

  /// UTF-8 text with white space runs as one space, trimmed.
  static func collapsed(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{00A0}", with: " ")
      .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
