/// A line of decoded input: its content with surrounding white space trimmed,
/// as a range of the decoded UTF-8. Blank lines have an empty range.
struct Line: Sendable, Hashable {
  /// Range of the trimmed content in the decoded UTF-8.
  public var range: Range<Int>
  /// The trimmed content.
  public var text: String

  public var isBlank: Bool { range.isEmpty }

  /// Splits decoded UTF-8 into lines at LF, CR LF, CR, U+2028 and U+2029, trimming each
  /// line's white space (ASCII, NBSP, ideographic space, zero-width characters).
  public static func split(_ utf8: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var i = 0
    let n = utf8.count
    func close(_ end: Int) {
      let trimmed = trimWhitespace(utf8, start..<end)
      lines.append(Line(range: trimmed, text: String(decoding: utf8[trimmed], as: UTF8.self)))
    }
    while i < n {
      let b = utf8[i]
      if b == 0x0A || b == 0x0C {
        close(i)
        i += 1
        start = i
      } else if b == 0x0D {
        close(i)
        i += (i + 1 < n && utf8[i + 1] == 0x0A) ? 2 : 1
        start = i
      } else if b == 0xE2 && i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9) {
        close(i)
        i += 3
        start = i
      } else {
        i += 1
      }
    }
    if start < n { close(n) }
    return lines
  }

  /// The length of the white space character starting at `i`, or 0.
  static func whitespaceLength(_ utf8: [UInt8], at i: Int, limit: Int) -> Int {
    let b = utf8[i]
    if b == 0x20 || (0x09...0x0D).contains(b) { return 1 }
    if b == 0xC2 && i + 1 < limit && utf8[i + 1] == 0xA0 { return 2 }  // NBSP
    if b == 0xE3 && i + 2 < limit && utf8[i + 1] == 0x80 && utf8[i + 2] == 0x80 { return 3 }  // U+3000
    if b == 0xEF && i + 2 < limit && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF { return 3 }  // U+FEFF
    if b == 0xE2 && i + 2 < limit && utf8[i + 1] == 0x80 {
      let c = utf8[i + 2]
      if (0x80...0x8B).contains(c) || c == 0xAF { return 3 }  // U+2000–U+200B, U+202F
    }
    return 0
  }

  /// `range` without leading and trailing white space.
  static func trimWhitespace(_ utf8: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    while lower < range.upperBound {
      let w = whitespaceLength(utf8, at: lower, limit: range.upperBound)
      if w == 0 { break }
      lower += w
    }
    var upper = range.upperBound
    while upper > lower {
      // Step back over one character: find its first byte.
      var s = upper - 1
      while s > lower && utf8[s] & 0xC0 == 0x80 { s -= 1 }
      if whitespaceLength(utf8, at: s, limit: upper) == upper - s { upper = s } else { break }
    }
    return lower..<upper
  }
}
