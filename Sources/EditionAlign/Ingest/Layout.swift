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
  static func make(_ lines: [Line], shape: InputShape, rules: CompiledBoilerplateRules) -> Layout {
    var layout = Layout()
    switch shape {
    case .plain, .html:
      layout.blocks = lines.filter { !$0.isBlank }.map { .paragraph($0.range) }
    case .article:
      var rest = lines.drop { $0.isBlank }
      if let title = rest.first {
        layout.metadata.title = title.text
        layout.removed.append((.title, title.range))
        rest = rest.dropFirst()
      }
      layout.blocks = rest.filter { !$0.isBlank }.map { .paragraph($0.range) }
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
      layout = PageReader(rules: rules).read(lines)
    }
    return layout
  }
}
