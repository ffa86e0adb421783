/// Text made safe for XML 1.0 documents (TMX, XLIFF).
enum XMLText {
  /// Whether XML 1.0 allows the scalar in a document at all: tab, LF, CR, U+0020–U+D7FF,
  /// U+E000–U+FFFD, U+10000 and up (Swift strings hold no lone surrogates).
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `text` without the characters XML 1.0 forbids (C0 controls other than tab, LF, CR;
  /// U+FFFE, U+FFFF): what an XML reader can give back.
  static func allowed(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy(isAllowed) { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
    return String(view)
  }

  /// Element content: forbidden characters removed; `&`, `<`, `>` escaped; CR written as a
  /// character reference, since a reader turns a literal CR into LF.
  static func content(_ text: String) -> String {
    escaped(allowed(text), attribute: false)
  }

  /// An attribute value (in double quotes): as content, and `"`, tab and LF as references,
  /// since a reader turns literal ones into spaces.
  static func attribute(_ text: String) -> String {
    escaped(allowed(text), attribute: true)
  }

  private static func escaped(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\r": out += "&#13;"
      case "\"" where attribute: out += "&quot;"
      case "\t" where attribute: out += "&#9;"
      case "\n" where attribute: out += "&#10;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Text made one line: for formats where a line or a cell is a segment (Moses, TSV).
enum LineText {
  /// Characters that break a line or a cell somewhere: LF, CR, tab, VT, FF, NEL (U+0085),
  /// the line and paragraph separators U+2028, U+2029, and the file, group and record
  /// separators U+001C–U+001E, which Python's `splitlines` also breaks at.
  static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// `text` with every break character turned into a space.
  static func flattened(_ text: String) -> String {
    if !text.unicodeScalars.contains(where: isBreak) { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.lazy.map { isBreak($0) ? " " : $0 })
    return String(view)
  }
}
