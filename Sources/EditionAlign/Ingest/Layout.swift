/// What ingest makes of an input before segmentation: the title, metadata, the body
/// as paragraphs (ranges of the decoded UTF-8), and what was removed.
struct Layout {
  /// A body paragraph: one range to segment, or (presplit) one range a sentence.
  enum Block {
    case paragraph(Range<Int>)
    case sentences([Range<Int>])
  }

  var metadata = EditionMetadata()
  var blocks: [Block] = []
  var removed: [(kind: BoilerplateKind, range: Range<Int>)] = []

  /// Lays out `lines` as `shape` says.
  static func make(_ lines: [Line], shape: InputShape, rules: @autoclosure () -> CompiledBoilerplateRules) -> Layout {
    var layout = Layout()
    switch shape {
    case .plain, .html:
      layout.blocks = paragraphs(lines[...]).map { .paragraph($0) }
    case .article:
      var rest = lines.drop { $0.isBlank }
      if let title = rest.first {
        layout.metadata.title = title.text
        layout.removed.append((.title, title.range))
        rest = rest.dropFirst()
      }
      layout.blocks = paragraphs(rest).map { .paragraph($0) }
    case .presplit:
      var group: [Range<Int>] = []
      for line in lines {
        if line.isBlank {
          if !group.isEmpty { layout.blocks.append(.sentences(group)) }
          group = []
        } else {
          group.append(line.range)
        }
      }
      if !group.isEmpty { layout.blocks.append(.sentences(group)) }
    case .page:
      layout = PageReader(rules: rules()).read(lines)
    }
    return layout
  }

  /// Paragraphs of body lines: a line each, except that a text hard-wrapped at a fixed width
  /// (paragraphs separated by blank lines, lines broken inside sentences) has the lines of a
  /// paragraph joined where a line stops mid-sentence: it ends without final punctuation and
  /// the next line goes on in lower case, or it is about as long as the text's wrapped lines.
  static func paragraphs(_ lines: ArraySlice<Line>) -> [Range<Int>] {
    let body = lines.filter { !$0.isBlank }
    // Hard wrapping shows as runs of several lines between blank lines.
    var runs = 0
    var multiLineRuns = 0
    var length = 0
    for line in lines {
      if line.isBlank {
        if length > 0 { runs += 1 }
        if length > 1 { multiLineRuns += 1 }
        length = 0
      } else {
        length += 1
      }
    }
    if length > 0 { runs += 1 }
    if length > 1 { multiLineRuns += 1 }
    guard multiLineRuns > 0 && runs >= 2 else { return body.map(\.range) }
    let lengths = body.map { $0.text.count }.sorted()
    let wrapWidth = lengths[lengths.count * 9 / 10]
    var result: [Range<Int>] = []
    var current: Range<Int>?
    var previous: Line?
    for line in lines {
      if line.isBlank {
        if let range = current { result.append(range) }
        current = nil
        previous = nil
        continue
      }
      if let range = current, let previous, Self.continues(previous, with: line, wrapWidth: wrapWidth) {
        current = range.lowerBound..<line.range.upperBound
      } else {
        if let range = current { result.append(range) }
        current = line.range
      }
      previous = line
    }
    if let range = current { result.append(range) }
    return result
  }

  /// Whether `line` goes on with the sentence `previous` left open.
  static func continues(_ previous: Line, with line: Line, wrapWidth: Int) -> Bool {
    guard let last = previous.text.unicodeScalars.last, let first = line.text.unicodeScalars.first else { return false }
    if ".?!。…:\"”’')]」』".unicodeScalars.contains(last) { return false }
    if first.properties.isLowercase { return true }
    return previous.text.count * 10 >= wrapWidth * 7 && wrapWidth >= 30
  }
}
