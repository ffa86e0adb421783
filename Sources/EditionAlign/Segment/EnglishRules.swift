/// Sentence-end rules for English (and the default for other Latin-script languages):
/// abbreviations, initials, dotted acronyms, decimals, ellipses, quotations, datelines.
struct EnglishRules: SegmentationRules {
  let s: [Unicode.Scalar]
  let language: Language

  init(scalars: [Unicode.Scalar], language: Language) {
    self.s = scalars
    self.language = language
  }

  private let lowercaseWords = LowercaseWordStarts()
  /// Where the tokens before candidates start (shared with `KoreanRules`' Latin rules).
  let tokenStarts = TokenStarts()

  func boundary(at candidate: Candidate, next: Int, sentenceStart: Int) -> Int? {
    let context = BoundaryContext(s: s, candidate: candidate, next: next, tokenStarts: tokenStarts)
    if !candidate.hasTerminator { return candidate.end }
    if !candidate.isFollowedBySpace(in: s) {
      // Chinese and Japanese full stops need no space after them.
      return s[candidate.termEnd - 1].isIdeographicTerminator ? candidate.end : nil
    }
    if context.nextStartsLowercase { return nil }
    // A quotation followed by its source: `"… [...]" (Smith 55).`
    if candidate.hasClosers && s[candidate.closersEnd - 1] != ")" && s[next] == "(" { return nil }
    if candidate.isEllipsis(in: s) { return ellipsisBoundary(candidate, context) }
    if candidate.isSinglePeriod(in: s) {
      return periodBoundary(candidate, context, sentenceStart: sentenceStart) ? candidate.end : nil
    }
    return candidate.end
  }

  /// `that.... She` ends; `compounds. . . . The` ends after the first period, the
  /// spaced ellipsis opening the next sentence (a quotation resumed).
  private func ellipsisBoundary(_ candidate: Candidate, _ context: BoundaryContext) -> Int? {
    guard context.nextStartsUppercase || context.nextStartsDigit else { return nil }
    let t = candidate.termStart
    // ` . . . ` (three spaced periods after a space) marks an omission inside a sentence.
    if t > 0, s[t - 1].isSpace, candidate.termEnd - t == 5, !candidate.hasClosers { return nil }
    if t > 0, s[t].value == 0x2E, s[t - 1].isLetter, t + 1 < s.count, s[t + 1] == " ",
      Candidate.isSpacedEllipsis(s, from: t + 2)
    {
      return t + 1
    }
    return candidate.end
  }

  /// Whether a single period followed by white space and a word that is not lower case ends a sentence.
  private func periodBoundary(_ candidate: Candidate, _ context: BoundaryContext, sentenceStart: Int) -> Bool {
    if context.tokenLength == 0 { return true }
    if candidate.hasClosers { return true }  // `… “Hello.” Then …`
    // Abbreviations are short; a long token (`intensifies`) ends its sentence.
    let key = context.tokenLength <= Abbreviations.longest ? context.tokenKey : nil
    let kind = key.flatMap { Abbreviations.kinds[$0] }
    // `September. 05, 2023`, `No. 5`, `p. 55`
    if context.nextStartsDigit {
      if let kind, kind == .beforeNumber || kind == .title || kind == .inner { return false }
      return true
    }
    if let kind {
      switch kind {
      case .inner, .title: return false
      case .beforeNumber:
        return !Abbreviations.isMonth(key!) && hasLowercaseWord(from: sentenceStart, to: context.tokenStart)
      case .suffix: return hasLowercaseWord(from: sentenceStart, to: context.tokenStart)
      }
    }
    if context.tokenLength > 12 { return true }
    let token = Array(s[context.tokenStart..<context.tokenEnd])
    let letters = token.filter(\.isLetter)
    // Initials: `Jonas E. Smith`, `J. P. Morgan`; but `you and I. Did …`.
    if token.count == 1 && letters.count == 1 && letters[0].isUppercaseLetter {
      return !context.previousWordIsCapitalized && !context.nextIsInitial
    }
    // Dotted acronyms: `U.S. Government` goes on, `the U.S. How about you?` ends.
    if token.contains(".") && letters.count >= 2 && letters.count * 2 - 1 <= token.count {
      return hasLowercaseWord(from: sentenceStart, to: context.tokenStart)
        && Abbreviations.sentenceStarters.contains(context.nextWord.lowercased())
    }
    return true
  }

  /// Whether `s[from..<to]` holds a word starting with a lower-case letter (a sentence has one;
  /// `At 5 a.m.` has none).
  private func hasLowercaseWord(from: Int, to: Int) -> Bool {
    lowercaseWords.first(atOrAfter: from, in: s) < to
  }
}

/// Where words starting with a lower-case letter start, found once per paragraph on first
/// use, so that asking about every abbreviation of a long paragraph stays linear.
final class LowercaseWordStarts {
  /// For each index, the answer (32 bits: a paragraph has fewer scalars than that, and a
  /// long one-line paragraph would otherwise hold 8 bytes a character here).
  private var next: [Int32] = []

  /// The first index at or after `index` where a word starts with a lower-case letter
  /// (`s.count` when none).
  func first(atOrAfter index: Int, in s: [Unicode.Scalar]) -> Int {
    if next.isEmpty {
      var table = [Int32](repeating: Int32(truncatingIfNeeded: s.count), count: s.count + 1)
      var following = s.count
      for i in stride(from: s.count - 1, through: 0, by: -1) {
        let atWordStart = i == 0 || s[i - 1].isSpace || s[i - 1].isOpener || s[i - 1] == "-"
        if atWordStart && s[i].isLowercaseLetter { following = i }
        table[i] = Int32(truncatingIfNeeded: following)
      }
      next = table
    }
    return Int(next[min(index, s.count)])
  }
}

/// Where the white-space-delimited token before an index starts. Candidates are asked about
/// in rising order, and a token start found once is reused while no space comes between,
/// so that a paragraph without spaces (`a.a.a.…`) costs one pass, not one scan a period.
final class TokenStarts {
  private var lastIndex = 0
  private var lastStart = 0

  /// The index after the last white space before `index` (0 when there is none).
  func start(before index: Int, in s: [Unicode.Scalar]) -> Int {
    let (floor, known) = index >= lastIndex ? (lastIndex, lastStart) : (0, 0)
    var start = index
    while start > floor && !s[start - 1].isSpace { start -= 1 }
    if start == floor { start = known }  // no space since the last index asked: its token
    (lastIndex, lastStart) = (index, start)
    return start
  }
}

/// What stands around a candidate boundary: the token before it and the word after it.
struct BoundaryContext {
  let s: [Unicode.Scalar]
  /// Index where the token before the terminators starts.
  let tokenStart: Int
  /// Index after the token: where the terminators start.
  let tokenEnd: Int
  let nextWordStart: Int

  init(s: [Unicode.Scalar], candidate: Candidate, next: Int, tokenStarts: TokenStarts) {
    self.s = s
    var start = tokenStarts.start(before: candidate.termStart, in: s)
    while start < candidate.termStart && (s[start].isOpener || s[start] == "$" || s[start] == "#") { start += 1 }
    tokenStart = start
    tokenEnd = candidate.termStart
    var w = next
    while w < s.count && (s[w].isOpener || s[w] == "—" || s[w] == "-") { w += 1 }
    nextWordStart = w
  }

  /// The token before the terminators (`U.S`, `Mr`, `$100.00`), without leading quotes or brackets.
  var tokenBefore: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s[tokenStart..<tokenEnd])
    return String(view)
  }

  /// The length of the token in scalars.
  var tokenLength: Int { tokenEnd - tokenStart }

  /// The word after the boundary, opening quotes and brackets skipped.
  var nextWord: String {
    var end = nextWordStart
    while end < s.count && (s[end].isLetter || s[end].isDigit) { end += 1 }
    var word = String.UnicodeScalarView()
    word.append(contentsOf: s[nextWordStart..<end])
    return String(word)
  }

  /// The token as abbreviations are keyed (`u.s`, `mr`), or nil when too long to be one.
  var tokenKey: Abbreviations.Key? { Abbreviations.Key(s[tokenStart..<tokenEnd]) }

  var nextStartsLowercase: Bool { nextWordStart < s.count && s[nextWordStart].isLowercaseLetter }
  var nextStartsUppercase: Bool { nextWordStart < s.count && s[nextWordStart].isUppercaseLetter }
  var nextStartsDigit: Bool { nextWordStart < s.count && s[nextWordStart].isDigit }

  /// Whether the word after is itself an initial (`J. P. Morgan`).
  var nextIsInitial: Bool {
    let i = nextWordStart
    return i + 1 < s.count && s[i].isUppercaseLetter && s[i + 1] == "."
      && (i + 2 >= s.count || s[i + 2].isSpace)
  }

  /// Whether the word before the token starts with a capital letter or is an initial.
  var previousWordIsCapitalized: Bool {
    var i = tokenStart - 1
    while i >= 0 && s[i].isSpace { i -= 1 }
    if i < 0 { return true }  // the initial opens the sentence: `J. Smith said`
    var start = i
    while start > 0 && !s[start - 1].isSpace { start -= 1 }
    while start < i && s[start].isOpener { start += 1 }
    return s[start].isUppercaseLetter
  }
}
