/// Reads a page dump: finds the title, the metadata lines (datelines, bylines, section,
/// site, URL), the chrome around the article, and the body paragraphs.
struct PageReader {
  let rules: CompiledBoilerplateRules

  /// What a line of the page turned out to be.
  private enum Role {
    case removed(BoilerplateKind)
    case title
    case body
  }

  func read(_ lines: [Line]) -> Layout {
    var layout = Layout()
    let content = lines.filter { !$0.isBlank }
    var roles: [Role] = []
    var titleKey: String?
    var footer: BoilerplateKind?
    var bodySeen = false

    for line in content {
      if let footer {
        roles.append(.removed(footer))
        continue
      }
      if let dateline = Dateline(line: line.text) {
        if layout.metadata.published == nil { layout.metadata.published = dateline.published }
        if layout.metadata.updated == nil { layout.metadata.updated = dateline.updated }
        roles.append(.removed(.dateline))
        continue
      }
      if let kind = rules.classify(line.text, inHeader: titleKey == nil) {
        record(kind, line.text, in: &layout.metadata)
        roles.append(.removed(kind))
        if bodySeen && (kind == .copyright || kind == .related) { footer = kind }
        continue
      }
      let key = MatchingForm.of(line.text)
      if titleKey == nil {
        // Short unknown labels above the title are navigation (`Opinion`, `Home > News`).
        if line.text.count < 8 && !line.text.unicodeScalars.contains(where: \.isSentenceTerminator) {
          roles.append(.removed(.navigation))
          continue
        }
        titleKey = key
        layout.metadata.title = line.text
        roles.append(.title)
        continue
      }
      if key == titleKey {
        roles.append(.removed(.title))
        continue
      }
      roles.append(.body)
      bodySeen = true
    }

    markSubtitles(&roles, content)
    markTrailingChrome(&roles, content)

    var firstBody = true
    for (line, role) in zip(content, roles) {
      switch role {
      case .removed(let kind): layout.removed.append((kind, line.range))
      case .title: layout.removed.append((.title, line.range))
      case .body:
        var range = line.range
        if firstBody {
          let prefix = rules.leadingBylineLength(line.text)
          if prefix > 0 && prefix < range.count {
            layout.removed.append((.byline, range.lowerBound..<range.lowerBound + prefix))
            layout.metadata.bylines.append(
              String(decoding: Array(line.text.utf8.prefix(prefix)), as: UTF8.self).trimmingSpaces)
            range = range.lowerBound + prefix..<range.upperBound
          }
          firstBody = false
        }
        layout.blocks.append(.paragraph(range))
      }
    }
    return layout
  }

  private func record(_ kind: BoilerplateKind, _ text: String, in metadata: inout EditionMetadata) {
    switch kind {
    case .byline: metadata.bylines.append(text)
    case .section: if metadata.section == nil { metadata.section = text }
    case .site: if metadata.site == nil { metadata.site = text }
    case .url:
      if metadata.url == nil { metadata.url = text }
      if text.contains("://"), !metadata.addresses.contains(text) { metadata.addresses.append(text) }
    default: break
    }
  }

  /// Lines between the title and a dateline or byline that precedes the article's first
  /// sentence are subtitles (decks, which carry no final punctuation), not body.
  private func markSubtitles(_ roles: inout [Role], _ content: [Line]) {
    guard let title = roles.firstIndex(where: { if case .title = $0 { true } else { false } }) else { return }
    var lastMeta: Int?
    for index in (title + 1)..<roles.count {
      switch roles[index] {
      case .removed(.dateline), .removed(.byline): lastMeta = index
      case .body:
        if Self.endsLikeSentence(content[index].text) {
          if let lastMeta {
            for k in (title + 1)..<lastMeta {
              if case .body = roles[k] { roles[k] = .removed(.subtitle) }
            }
          }
          return
        }
      default: continue
      }
    }
  }

  /// Short lines without final punctuation after the last body sentence are page chrome
  /// (tags, reporter pages, menus).
  private func markTrailingChrome(_ roles: inout [Role], _ content: [Line]) {
    guard
      let lastSentence = roles.indices.last(where: { index in
        if case .body = roles[index] { return Self.endsLikeSentence(content[index].text) }
        return false
      })
    else { return }
    for index in (lastSentence + 1)..<roles.count {
      if case .body = roles[index], content[index].text.count < 40 { roles[index] = .removed(.navigation) }
    }
  }

  static func endsLikeSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.reversed().first(where: { !$0.isCloser }) else { return false }
    return last.isSentenceTerminator
  }
}

extension String {
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }), let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return "" }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
    return String(scalars[first...last])
  }
}
