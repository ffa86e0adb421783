/// Sentence-end rules for Korean: a quotation followed by a particle stays in its sentence
/// (“…했다”고 말했다, “…다. …다”며), a period with no space after it still ends a sentence
/// (넣었다.2월), Latin abbreviations and numbers (U.S., B.C., 2023. 9. 5.) do not, and an
/// ellipsis ends a sentence only after a sentence ending (다…).
struct KoreanRules: SegmentationRules {
  let s: [Unicode.Scalar]
  let english: EnglishRules
  /// For each scalar inside a closed quotation or bracket, true.
  /// Whether `position` lies inside a closed quotation or bracket.
  @inline(__always)
  private func isEnclosed(_ position: Int) -> Bool {
    if let many { return many.contains(position) }
    return enclosed.contains { $0.contains(position) }
  }

  /// The insides of closed quotations and brackets.
  private let enclosed: [Range<Int>]
  /// For a paragraph with very many of them, an index that answers in logarithmic time.
  private let many: SpanIndex?

  /// Spans sorted by start, with the furthest end reached up to each: a binary search
  /// tells whether a position lies inside any of them.
  final class SpanIndex {
    private let starts: [Int]
    private let reach: [Int]

    init(_ spans: [Range<Int>]) {
      let sorted = spans.sorted { $0.lowerBound < $1.lowerBound }
      starts = sorted.map(\.lowerBound)
      var reach: [Int] = []
      reach.reserveCapacity(sorted.count)
      for span in sorted { reach.append(max(reach.last ?? 0, span.upperBound)) }
      self.reach = reach
    }

    func contains(_ position: Int) -> Bool {
      var low = 0
      var high = starts.count
      while low < high {
        let mid = (low + high) / 2
        if starts[mid] <= position { low = mid + 1 } else { high = mid }
      }
      return low > 0 && reach[low - 1] > position
    }
  }

  init(scalars: [Unicode.Scalar], punctuation: [Int]) {
    self.s = scalars
    self.english = EnglishRules(scalars: scalars, language: .english)
    enclosed = Self.enclosedSpans(scalars, punctuation: punctuation)
    many = enclosed.count > 16 ? SpanIndex(enclosed) : nil
  }

  /// Final syllables of Korean sentence endings (다, 요, 까, 죠, 네, 지, …).
  static let endingSyllables: Set<Unicode.Scalar> = [
    "다", "요", "까", "죠", "네", "지", "라", "자", "니", "군", "나", "오", "세", "걸", "데", "음", "함", "임", "됨", "듯", "여",
  ]

  /// Conjunctions that end in an ending syllable but never end a sentence (그런데… 말이야).
  static let conjunctions: Set<String> = ["그런데", "근데", "그러나", "그러니", "그렇지만", "그러다", "그리고", "한데", "헌데"]

  func boundary(at candidate: Candidate, next: Int, sentenceStart: Int) -> Int? {
    if !candidate.hasTerminator { return nil }
    let before = candidate.termStart > 0 ? s[candidate.termStart - 1] : " "
    let hasCloser = candidate.hasClosers
    if isEnclosed(candidate.closersEnd - 1) { return nil }
    if !candidate.isFollowedBySpace(in: s) {
      // 넣었다.2월 — a missing space; but “…다”고 and ”라고 keep the quotation in the sentence.
      if hasCloser || !before.isHangul || !candidate.isSinglePeriod(in: s) { return nil }
      let following = s[candidate.end]
      return following.isHangul || following.isDigit || following.isOpener ? candidate.end : nil
    }
    if candidate.isEllipsis(in: s) {
      // 다… ends a sentence; 그런데… 말이야 does not.
      if hasCloser && before.isSentenceTerminator { return candidate.end }
      let word = BoundaryContext(s: s, candidate: candidate, next: next, tokenStarts: english.tokenStarts).tokenBefore
      return Self.endingSyllables.contains(before) && !Self.conjunctions.contains(word) ? candidate.end : nil
    }
    if candidate.isSinglePeriod(in: s) && !hasCloser {
      if before.isDigit { return nil }  // 2023. 9. 5.
      if before.isASCIILetter {
        // Latin inside Korean: U.S. 경찰은, B.C. 3세기 — English rules decide, Hangul counting as a capital.
        let context = BoundaryContext(s: s, candidate: candidate, next: next, tokenStarts: english.tokenStarts)
        let token = context.tokenBefore
        if Abbreviations.kind(of: s[context.tokenStart..<context.tokenEnd]) != nil { return nil }
        if token.contains(".") || token.unicodeScalars.count == 1 { return nil }
        if !s[next].isHangul { return english.boundary(at: candidate, next: next, sentenceStart: sentenceStart) }
      }
    }
    return candidate.end
  }

  /// The insides of closed quotations and brackets: in Korean a quotation or a
  /// parenthesis is part of the sentence around it, however many sentences it holds
  /// (“…다. …다”며, (…했다. …이다) 기다렸다, <죽자. 민우야.>).
  static func enclosedSpans(_ s: [Unicode.Scalar], punctuation: [Int]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    // Pair kinds: 0 “” 1 ‘’ 2 「」 3 『』 4 《》 5 〈〉 6 <> 7 () 8 （） — and straight quotes 9 " 10 '.
    var open: [(kind: Int, index: Int)] = []
    var openDouble: Int?
    var openSingle: Int?  // straight quotes " and ' waiting for their close
    for i in punctuation {
      let c = s[i]
      // Most scalars are letters: skip all but ASCII punctuation, curly quotes, CJK brackets.
      let v = c.value
      if v >= 0x80
        ? !((0x2018...0x201D).contains(v) || (0x3008...0x300F).contains(v) || v == 0xFF08 || v == 0xFF09)
        : !(v == 0x22 || v == 0x27 || v == 0x28 || v == 0x29 || v == 0x3C || v == 0x3E)
      {
        continue
      }
      switch c {
      case "\u{201C}": open.append((0, i))
      case "\u{2018}": open.append((1, i))
      case "\u{300C}": open.append((2, i))
      case "\u{300E}": open.append((3, i))
      case "\u{300A}": open.append((4, i))
      case "\u{3008}": open.append((5, i))
      case "<": open.append((6, i))
      case "(": open.append((7, i))
      case "\u{FF08}": open.append((8, i))
      case "\u{201D}", "\u{2019}", "\u{300D}", "\u{300F}", "\u{300B}", "\u{3009}", ">", ")", "\u{FF09}":
        let kind: Int
        switch c {
        case "\u{201D}": kind = 0
        case "\u{2019}": kind = 1
        case "\u{300D}": kind = 2
        case "\u{300F}": kind = 3
        case "\u{300B}": kind = 4
        case "\u{3009}": kind = 5
        case ">": kind = 6
        case ")": kind = 7
        default: kind = 8
        }
        // The innermost opening mark of the same kind among the last few (marks of other
        // kinds left open inside it are dropped); looking no further keeps this linear.
        var position = open.count - 1
        while position >= max(0, open.count - 8) && open[position].kind != kind { position -= 1 }
        if position >= 0 && position >= open.count - 8 && open[position].kind == kind {
          let start = open[position].index
          if i > start + 1 { spans.append((start + 1)..<i) }
          open.removeSubrange(position...)
        }
      case "\"":
        if let start = openDouble {
          if i > start + 1 { spans.append((start + 1)..<i) }
          openDouble = nil
        } else {
          openDouble = i
        }
      case "'":
        // An apostrophe in a Latin word (don't, Korea's) is no quotation mark.
        if openSingle == nil && i > 0 && s[i - 1].isLetter && !s[i - 1].isHangul { continue }
        if let start = openSingle {
          if i > start + 1 { spans.append((start + 1)..<i) }
          openSingle = nil
        } else {
          openSingle = i
        }
      default: continue
      }
    }
    return spans
  }
}
