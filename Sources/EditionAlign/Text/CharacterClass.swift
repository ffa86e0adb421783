/// Character classes the segmenter and the aligner ask about, on Unicode scalars.
extension Unicode.Scalar {
  var isHangul: Bool {
    switch value {
    case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
    default: false
    }
  }

  var isHan: Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
    default: false
    }
  }

  var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
  var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
  var isUppercaseLetter: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase }
  var isLowercaseLetter: Bool { value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase }
  /// Alphabetic: ASCII letters and Hangul syllables (most news text) told without a
  /// Unicode property lookup.
  var isLetter: Bool {
    if value < 0x80 { return isASCIILetter }
    if value >= 0xAC00 && value <= 0xD7A3 { return true }
    return properties.isAlphabetic
  }
  var isDigit: Bool { value < 0x80 ? isASCIIDigit : properties.numericType == .decimal }

  /// White space, including NBSP, ideographic space and zero-width space.
  var isSpace: Bool {
    switch value {
    case 0x20, 0x09...0x0D, 0xA0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
    default: false
    }
  }

  /// Punctuation that can end a sentence.
  var isSentenceTerminator: Bool {
    let value = self.value
    if value < 0x80 { return value == 0x2E || value == 0x3F || value == 0x21 }
    if value < 0x2026 { return false }
    switch value {
    case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF61: return true
    default: return false
    }
  }

  /// Terminators, quotes, brackets, list bullets: what the segmenter's rules look at.
  var isStructuralPunctuation: Bool {
    let v = value
    if v < 0x80 {
      switch v {
      case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2E, 0x3C, 0x3E, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D: return true
      default: return false
      }
    }
    if v >= 0xAC00 && v <= 0xD7A3 { return false }  // Hangul syllables
    return v == 0xAB || v == 0xBB || (0x2018...0x2049).contains(v) || (0x25A0...0x25E6).contains(v)
      || (0x3002...0x3011).contains(v) || (0xFF01...0xFF0E).contains(v) || v == 0xFF1F || v == 0xFF3B
      || v == 0xFF3D || v == 0xFF61
  }

  /// Closing quotes and brackets that may follow a sentence's final punctuation.
  var isCloser: Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x3E, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0x3009, 0x300B, 0x3011,
      0xFF09, 0xFF3D, 0xFF02:
      true
    default: false
    }
  }

  /// Opening quotes and brackets.
  var isOpener: Bool {
    switch value {
    case 0x22, 0x27, 0x28, 0x3C, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039, 0x300C, 0x300E, 0x3008, 0x300A, 0x3010,
      0xFF08, 0xFF3B:
      true
    default: false
    }
  }

  /// Nothing a reader sees: white space, format characters (ZWJ, ZWNJ, soft hyphen, word
  /// joiner, bidi marks, BOM) and controls.
  var isInvisible: Bool {
    if value < 0x80 { return value <= 0x20 || value == 0x7F }
    if isSpace { return true }
    switch properties.generalCategory {
    case .format, .control: return true
    default: return false
    }
  }

  /// Full-width sentence terminators of Chinese and Japanese, which need no space after them.
  var isIdeographicTerminator: Bool { value == 0x3002 || value == 0xFF01 || value == 0xFF1F || value == 0xFF61 }
}

/// Whether text holds something to read.
enum VisibleText {
  /// Whether the UTF-8 `bytes` hold a character that is not invisible (see
  /// `Unicode.Scalar.isInvisible`): a file or sentence of only white space, zero-width
  /// joiners and soft hyphens has none.
  static func contains(_ bytes: some Collection<UInt8>) -> Bool {
    if bytes.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return true }
    return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { !$0.isInvisible }
  }
}

extension String {
  /// How many scalars of the text are not `isSpace` — a sentence's length — counted on its
  /// UTF-8 bytes: every byte but continuation bytes starts a scalar, and the few spaces
  /// beyond ASCII are told by their bytes (U+00A0, U+2000…U+200B, U+2028, U+2029, U+202F,
  /// U+205F, U+3000, U+FEFF).
  var nonSpaceScalarCount: Int {
    var text = self
    return text.withUTF8 { bytes in
      var count = 0
      var k = 0
      let n = bytes.count
      while k < n {
        let b = bytes[k]
        if b < 0x80 {
          if b != 0x20 && !(b >= 0x09 && b <= 0x0D) { count += 1 }
          k += 1
          continue
        }
        if b < 0xC0 {  // a continuation byte (only after a lead)
          k += 1
          continue
        }
        let next = k + 1 < n ? bytes[k + 1] : 0
        let third = k + 2 < n ? bytes[k + 2] : 0
        let space: Bool
        switch b {
        case 0xC2: space = next == 0xA0
        case 0xE2:
          space =
            (next == 0x80 && ((third >= 0x80 && third <= 0x8B) || third == 0xA8 || third == 0xA9 || third == 0xAF))
            || (next == 0x81 && third == 0x9F)
        case 0xE3: space = next == 0x80 && third == 0x80
        case 0xEF: space = next == 0xBB && third == 0xBF
        default: space = false
        }
        if !space { count += 1 }
        k += 1
      }
      return count
    }
  }
}
