/// Guesses the shape of an input from its lines.
///
/// - `page` when the lines carry page chrome: a dateline, a skip link, a language switch or
///   a copyright line;
/// - `article` when the first line reads as a headline (no final punctuation) and
///   paragraphs follow;
/// - `presplit` when lines are grouped in blocks and every line is exactly one sentence;
/// - `plain` otherwise.
struct ShapeDetector {
  let rules: CompiledBoilerplateRules

  func detect(_ lines: [Line], segmenter: SentenceSegmenter) -> InputShape {
    let content = lines.filter { !$0.isBlank }
    var chrome = 0
    for line in content.prefix(400) {
      if Dateline(line: line.text) != nil {
        chrome += 2
        continue
      }
      switch rules.classify(line.text, inHeader: false) {
      case .navigation, .languageSwitch, .copyright: chrome += 2
      case .widget, .byline: chrome += 1
      default: break
      }
    }
    if chrome >= 2 { return .page }
    guard content.count >= 2 else { return .plain }
    let first = content[0].text
    let rest = content.dropFirst()
    if !PageReader.endsLikeSentence(first) && first.count <= 200
      && rest.contains(where: { PageReader.endsLikeSentence($0.text) })
    {
      return .article
    }
    let lineCount = lines.count
    let blocks = Self.blockCount(lines)
    if content.count > blocks && lineCount >= 2
      && content.allSatisfy({ segmenter.sentenceRanges(in: $0.text).count == 1 })
    {
      return .presplit
    }
    return .plain
  }

  /// The number of runs of consecutive non-blank lines.
  static func blockCount(_ lines: [Line]) -> Int {
    var count = 0
    var inBlock = false
    for line in lines {
      if line.isBlank {
        inBlock = false
      } else if !inBlock {
        count += 1
        inBlock = true
      }
    }
    return count
  }
}
