import Synchronization

/// Splits a paragraph into sentences: ICU's sentence break iterator proposes boundaries,
/// the segmenter adds the ones ICU misses (a sentence that starts with a number, a
/// Korean sentence with no space after its period, list items), and language rules
/// (`EnglishRules`, `KoreanRules`) reject the wrong ones.
///
/// A segmenter holds an ICU iterator: use one per task, not across threads.
public final class SentenceSegmenter {
  public let language: Language
  private let iterator: ICUBreakIterator?

  /// A segmenter for `language`; English uses ICU's `en` locale, Korean `ko`, any other
  /// language its own code.
  public init(language: Language) {
    self.language = language
    self.iterator = try? ICUBreakIterator(.sentence, locale: language.rawValue)
  }

  /// Whether the segmenter has rules written for the language (English and Korean, with
  /// their abbreviations and endings); for others ICU's boundaries decide, abbreviations
  /// and ordinal numbers (`23. Mai`) included, so counts of sentences are rougher.
  public static func hasLanguageRules(_ language: Language) -> Bool { language == .english || language == .korean }

  /// The sentences of `text`, as UTF-8 offset ranges into `text` (trimmed of white space).
  public func sentenceRanges(in text: String) -> [Range<Int>] {
    sentences(of: ParagraphText(text))
  }

  /// The sentences of `text`.
  public func split(_ text: String) -> [String] {
    let utf8 = Array(text.utf8)
    return sentenceRanges(in: text).map { String(decoding: utf8[$0], as: UTF8.self) }
  }

  /// The sentences of `paragraph` as UTF-8 offset ranges, trimmed, each with a visible character.
  func sentences(of paragraph: ParagraphText) -> [Range<Int>] {
    let s = paragraph.scalars
    let n = s.count
    if n == 0 { return [] }
    var candidates = Candidate.scan(s, punctuation: paragraph.punctuation)
    if let iterator {
      let fromICU = paragraph.scalarIndices(ofUTF16: iterator.offsets(utf16: paragraph.utf16))
      candidates = Candidate.merge(candidates, icu: fromICU, in: s)
    }
    let lists = ListMarkers(s, punctuation: paragraph.punctuation)
    let cuts =
      language == .korean
      ? Self.cuts(paragraph, candidates, lists, KoreanRules(scalars: s, punctuation: paragraph.punctuation))
      : Self.cuts(paragraph, candidates, lists, EnglishRules(scalars: s, language: language))
    var sentences: [Range<Int>] = []
    sentences.reserveCapacity(cuts.count + 1)
    var start = 0
    // A piece of only invisible characters (zero-width joiners, soft hyphens) is no sentence.
    for end in cuts + [n] {
      let trimmed = paragraph.trim(start..<end)
      if s[trimmed].contains(where: { !$0.isInvisible }) { sentences.append(paragraph.utf8Range(trimmed)) }
      start = end
    }
    return sentences
  }

  /// Where sentences end: the candidates `rules` accept, and the starts of list items.
  private static func cuts<Rules: SegmentationRules>(
    _ paragraph: ParagraphText, _ candidates: [Candidate], _ lists: ListMarkers, _ rules: Rules
  ) -> [Int] {
    let s = paragraph.scalars
    let n = s.count
    var cuts: [Int] = []
    var sentenceStart = 0
    var markers = lists.starts.makeIterator()
    var nextMarker = markers.next()
    // A candidate before the sentence start lies inside the sentence already cut (its
    // trailing parenthetical, or a list marker's item): only later ones can end the next
    // sentence, so the cuts rise by construction.
    for candidate in candidates where candidate.termStart >= sentenceStart {
      while let marker = nextMarker, marker <= candidate.termStart {
        if marker > sentenceStart {
          cuts.append(marker)
          sentenceStart = marker
        }
        nextMarker = markers.next()
      }
      if lists.isInsideMarker(candidate.termStart) { continue }
      guard let next = candidate.nextNonSpace(in: s), next < n else { continue }
      if var cut = rules.boundary(at: candidate, next: next, sentenceStart: sentenceStart) {
        cut = Self.afterTrailingParenthetical(s, cut: cut, next: next)
        cuts.append(cut)
        sentenceStart = cut
      }
    }
    while let marker = nextMarker {
      if marker > sentenceStart {
        cuts.append(marker)
        sentenceStart = marker
      }
      nextMarker = markers.next()
    }
    return cuts
  }
}

extension SentenceSegmenter {
  /// A short parenthetical after a sentence end belongs to that sentence: `…하다. (6회 우승)`,
  /// `… said. (Yonhap)`. Returns the cut after it, or `cut` unchanged.
  static func afterTrailingParenthetical(_ s: [Unicode.Scalar], cut: Int, next: Int) -> Int {
    guard next < s.count, s[next] == "(" || s[next] == "\u{FF08}" else { return cut }
    var k = next + 1
    while k < s.count && k - next <= 40 {
      if s[k] == ")" || s[k] == "\u{FF09}" {
        return k + 1 == s.count || s[k + 1].isSpace ? k + 1 : cut
      }
      if s[k].isSentenceTerminator || s[k] == "(" { return cut }
      k += 1
    }
    return cut
  }
}

/// The decision of a language's rules about a candidate boundary.
protocol SegmentationRules {
  /// Where the sentence ends for `candidate` (usually `candidate.end`), or nil when the
  /// candidate is no sentence end. `next` is the first non-space scalar after it.
  func boundary(at candidate: Candidate, next: Int, sentenceStart: Int) -> Int?
}

/// A paragraph as scalars and as UTF-16 (for ICU), with the way back to UTF-8 ranges.
struct ParagraphText {
  let scalars: [Unicode.Scalar]
  let utf16: [UInt16]
  /// UTF-8 offset of each scalar, and the UTF-8 length at the end.
  let utf8Offsets: [Int32]
  /// Indices of the scalars the rules look for (terminators, quotes, brackets, bullets),
  /// so that each rule visits these instead of every letter.
  let punctuation: [Int]

  init(_ text: String) {
    var text = text
    (scalars, utf16, utf8Offsets, punctuation) = text.withUTF8 { Self.decode($0) }
  }

  /// Decodes valid UTF-8 into scalars and UTF-16, noting the punctuation's indices.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [UInt16], [Int32], [Int]) {
    let n = bytes.count
    var punctuation: [Int] = []
    var scalarCount = 0
    var unitCount = 0
    var utf16: [UInt16] = []
    var scalars: [Unicode.Scalar] = []
    let offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsetBuffer, offsetsInitialized in
      utf16 = [UInt16](unsafeUninitializedCapacity: n) { unitBuffer, unitsInitialized in
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarBuffer, scalarsInitialized in
          var i = 0
          while i < n {
            offsetBuffer[scalarCount] = Int32(truncatingIfNeeded: i)
            let b = UInt32(bytes[i])
            if b < 0x80 {
              let scalar = Unicode.Scalar(UInt8(truncatingIfNeeded: b))
              if scalar.isStructuralPunctuation { punctuation.append(scalarCount) }
              scalarBuffer[scalarCount] = scalar
              unitBuffer[unitCount] = UInt16(truncatingIfNeeded: b)
              scalarCount += 1
              unitCount += 1
              i += 1
              continue
            }
            let (value, length) = UTF8Bytes.scalar(bytes, at: i)
            i += length
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if scalar.isStructuralPunctuation { punctuation.append(scalarCount) }
            scalarBuffer[scalarCount] = scalar
            scalarCount += 1
            if value < 0x10000 {
              unitBuffer[unitCount] = UInt16(truncatingIfNeeded: value)
              unitCount += 1
            } else {
              let v = value - 0x10000
              unitBuffer[unitCount] = UInt16(truncatingIfNeeded: 0xD800 + (v >> 10))
              unitBuffer[unitCount + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (v & 0x3FF))
              unitCount += 2
            }
          }
          scalarsInitialized = scalarCount
        }
        unitsInitialized = unitCount
      }
      offsetBuffer[scalarCount] = Int32(truncatingIfNeeded: n)
      offsetsInitialized = scalarCount + 1
    }
    return (scalars, utf16, offsets, punctuation)
  }

  /// The UTF-8 offset range of a scalar range.
  func utf8Range(_ range: Range<Int>) -> Range<Int> {
    Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])
  }

  /// Scalar indices of sorted UTF-16 offsets.
  func scalarIndices(ofUTF16 offsets: [Int]) -> [Int] {
    if utf16.count == scalars.count { return offsets }  // no surrogate pairs: the same
    var result: [Int] = []
    result.reserveCapacity(offsets.count)
    var unit = 0
    var index = 0
    for offset in offsets {
      while unit < offset && index < scalars.count {
        unit += UTF16.width(scalars[index])
        index += 1
      }
      result.append(index)
    }
    return result
  }

  func trim(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && scalars[lower].isSpace { lower += 1 }
    while upper > lower && scalars[upper - 1].isSpace { upper -= 1 }
    return lower..<upper
  }
}

/// A place where a sentence may end: a run of terminators (`.`, `?!`, `…`, `. . .`),
/// the closing quotes and brackets after it, and footnote marks (`[2]`).
struct Candidate {
  /// Index of the first terminator (equal to `termEnd` for an ICU boundary without one).
  var termStart: Int
  /// Index after the last terminator.
  var termEnd: Int
  /// Index after the closing quotes and brackets.
  var closersEnd: Int
  /// Index after footnote marks: where the sentence ends.
  var end: Int

  init(termStart: Int, termEnd: Int, closersEnd: Int? = nil, end: Int) {
    self.termStart = termStart
    self.termEnd = termEnd
    self.closersEnd = closersEnd ?? end
    self.end = end
  }

  var hasClosers: Bool { closersEnd > termEnd }

  var hasTerminator: Bool { termEnd > termStart }

  func nextNonSpace(in s: [Unicode.Scalar]) -> Int? {
    var i = end
    while i < s.count && s[i].isSpace { i += 1 }
    return i < s.count ? i : nil
  }

  /// Whether white space follows the candidate.
  func isFollowedBySpace(in s: [Unicode.Scalar]) -> Bool { end < s.count && s[end].isSpace }

  /// Whether the terminators are a single period.
  func isSinglePeriod(in s: [Unicode.Scalar]) -> Bool { termEnd - termStart == 1 && s[termStart] == "." }

  /// Whether the terminators hold an ellipsis (`…`, `..`, `. . .`).
  func isEllipsis(in s: [Unicode.Scalar]) -> Bool {
    var dots = 0
    for i in termStart..<termEnd {
      if s[i] == "\u{2026}" { return true }
      if s[i] == "." { dots += 1 }
    }
    return dots >= 2
  }

  /// All terminator runs of `s`.
  static func scan(_ s: [Unicode.Scalar], punctuation: [Int]) -> [Candidate] {
    var result: [Candidate] = []
    let n = s.count
    var consumed = 0
    for i in punctuation where i >= consumed && s[i].isSentenceTerminator {
      let start = i
      var j = i
      if s[i] == "." && Self.isSpacedEllipsis(s, from: i) {
        while j < n && (s[j] == "." || (s[j] == " " && j + 1 < n && s[j + 1] == ".")) { j += 1 }
      }
      while j < n && s[j].isSentenceTerminator { j += 1 }
      let termEnd = j
      while j < n && s[j].isCloser { j += 1 }
      let closersEnd = j
      // Footnote marks and sources attached to the end: [1], [참고 2], "…"(요한 3:13)
      while j + 2 < n && (s[j] == "[" || (s[j] == "(" && j > termEnd)) {
        let close: Unicode.Scalar = s[j] == "[" ? "]" : ")"
        var k = j + 1
        while k < n && k - j <= 20 && s[k] != close && !s[k].isSentenceTerminator && !s[k].isOpener { k += 1 }
        guard k > j + 1, k < n, s[k] == close else { break }
        if close == ")" && k + 1 < n && !s[k + 1].isSpace { break }
        j = k + 1
      }
      result.append(Candidate(termStart: start, termEnd: termEnd, closersEnd: closersEnd, end: j))
      consumed = max(j, i + 1)
    }
    return result
  }

  /// Whether a run of periods separated by single spaces starts at `start` (`. . .`).
  static func isSpacedEllipsis(_ s: [Unicode.Scalar], from start: Int) -> Bool {
    var dots = 0
    var i = start
    while i < s.count {
      if s[i] == "." {
        dots += 1
        i += 1
      } else if s[i] == " " && i + 1 < s.count && s[i + 1] == "." {
        i += 1
      } else {
        break
      }
    }
    return dots >= 3
  }

  /// Adds ICU's boundaries that fall outside the scanned candidates (as candidates without
  /// terminators, placed before the white space ICU leaves at a sentence's end).
  static func merge(_ candidates: [Candidate], icu: [Int], in s: [Unicode.Scalar]) -> [Candidate] {
    var extra: [Candidate] = []
    var k = 0
    for boundary in icu where boundary < s.count {
      var b = boundary
      while b > 0 && s[b - 1].isSpace { b -= 1 }
      if b == 0 { continue }
      while k < candidates.count && candidates[k].end < b { k += 1 }
      if k < candidates.count && candidates[k].termStart < b && b <= candidates[k].end { continue }
      if let last = extra.last, last.end == b { continue }
      extra.append(Candidate(termStart: b, termEnd: b, end: b))
    }
    if extra.isEmpty { return candidates }
    return (candidates + extra).sorted { $0.end < $1.end }
  }
}

/// List items inside a paragraph (`1.) …  2.) …`, `a. … b. …`, `• … • …`): a new
/// sentence starts at each marker of a run of two or more in sequence.
struct ListMarkers {
  /// Scalar indices where list items start (excluding index 0).
  private(set) var starts: [Int] = []
  /// Ranges of the markers themselves, whose periods end no sentence.
  private var markerRanges: [Range<Int>] = []

  init(_ s: [Unicode.Scalar], punctuation: [Int]) {
    struct Marker {
      var range: Range<Int>
      var value: Int
      var family: Int  // 0 digits, 1 letters, 2+ bullets
    }
    var found: [Marker] = []
    let n = s.count
    for i in punctuation {
      let value = s[i].value
      if value == 0x2E || value == 0x29 {
        // A marker ends here: `12.`, `3)`, `1.)`, `b.` after white space or the start.
        guard i + 1 >= n || s[i + 1].isSpace || (value == 0x2E && s[i + 1] == ")") else { continue }
        if value == 0x29 && i > 0 && s[i - 1] == "." { continue }  // counted at the period of `1.)`
        var start = i
        while start > 0 && i - start < 2 && s[start - 1].isASCIIDigit { start -= 1 }
        var number = 0
        var family = 0
        if start < i {
          for k in start..<i { number = number * 10 + Int(s[k].value - 0x30) }
        } else if i > 0, (0x61...0x7A).contains(s[i - 1].value) {
          start = i - 1
          number = Int(s[i - 1].value - 0x60)
          family = 1
        } else {
          continue
        }
        guard start == 0 || s[start - 1].isSpace || Self.bulletIndex(s[start - 1]) != nil else { continue }
        var end = i + 1
        if value == 0x2E && end < n && s[end] == ")" { end += 1 }
        guard end >= n || s[end].isSpace else { continue }
        if let last = found.last, last.family >= 2, last.range.upperBound == start {
          found[found.count - 1].range = last.range.lowerBound..<end  // `• 9.` is one marker
          continue
        }
        found.append(Marker(range: start..<end, value: number, family: family))
      } else if (0x2022...0x25E6).contains(value), let b = Self.bulletIndex(s[i]), i == 0 || s[i - 1].isSpace {
        var end = i + 1
        while end < n && s[end].isSpace { end += 1 }
        found.append(Marker(range: i..<end, value: 0, family: 2 + b))
      }
    }
    // Keep markers that continue a sequence (v then v + 1 of the same family) or repeat a bullet.
    var keep = Array(repeating: false, count: found.count)
    for a in found.indices {
      for b in (a + 1)..<found.count where found[b].family == found[a].family {
        let sequential = found[a].family >= 2 || found[b].value == found[a].value + 1
        if sequential {
          keep[a] = true
          keep[b] = true
        }
        break
      }
    }
    for (index, marker) in found.enumerated() where keep[index] {
      markerRanges.append(marker.range)
      if marker.range.lowerBound > 0 { starts.append(marker.range.lowerBound) }
    }
  }

  /// The index of a bullet character among the bullets lists use, or nil.
  static func bulletIndex(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "•": 0
    case "⁃": 1
    case "◦": 2
    case "▪": 3
    case "‣": 4
    case "●": 5
    case "■": 6
    case "□": 7
    case "○": 8
    default: nil
    }
  }

  /// Whether `index` falls inside a marker (the ranges are sorted and disjoint).
  func isInsideMarker(_ index: Int) -> Bool {
    var low = 0
    var high = markerRanges.count
    while low < high {
      let mid = (low + high) / 2
      if markerRanges[mid].upperBound <= index { low = mid + 1 } else { high = mid }
    }
    return low < markerRanges.count && markerRanges[low].contains(index)
  }
}

extension SentenceSegmenter {
  /// A segmenter of one language for one task, taken from the process's pool at its first
  /// use and given back when the lease ends: a segmenter's ICU iterator costs more to open
  /// than the few lines of a short document it splits (a batch counts the sentences of
  /// every presplit document's lines).
  final class Lease {
    let language: Language
    private var taken: SentenceSegmenter?

    init(_ language: Language) { self.language = language }

    /// The leased segmenter, taken at the first call.
    var segmenter: SentenceSegmenter {
      if let taken { return taken }
      let language = self.language
      let segmenter =
        SentenceSegmenter.pool.withLock { $0[language]?.popLast()?.segmenter } ?? SentenceSegmenter(language: language)
      taken = segmenter
      return segmenter
    }

    deinit {
      guard let taken else { return }
      let idle = Idle(segmenter: taken)
      SentenceSegmenter.pool.withLock { $0[language, default: []].append(idle) }
    }
  }

  /// A segmenter not leased. (Unchecked Sendable: a segmenter changes hands only through
  /// the pool's lock, and one thread at a time holds it.)
  fileprivate final class Idle: @unchecked Sendable {
    let segmenter: SentenceSegmenter
    init(segmenter: SentenceSegmenter) { self.segmenter = segmenter }
  }

  /// Segmenters not leased, by language (one a thread that used one, at most).
  fileprivate static let pool = Mutex<[Language: [Idle]]>([:])
}
