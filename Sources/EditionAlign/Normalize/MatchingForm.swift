/// The form of a text used for matching, derived from the original and never
/// replacing it: NFKC casefolded (full-width digits and letters become ASCII, NBSP a
/// space, zero-width characters and soft hyphens go), quotes unified to `'` and `"`,
/// dashes to `-`, runs of white space to one space, trimmed.
enum MatchingForm {
  /// The matching form of `text`: `text` itself (sharing its storage, no second copy held)
  /// when the form is the same, as for most Korean sentences.
  public static func of(_ text: String) -> String {
    let form = unified(casefolded(text))
    return form == text ? text : form
  }

  /// NFKC casefolded: by ICU, or — for text made only of characters the fold leaves alone
  /// or merely lower-cases (ASCII, Hangul syllables, CJK ideographs, curly quotes, dashes),
  /// which is most news text in either language — by lower-casing ASCII directly.
  static func casefolded(_ text: String) -> String {
    var text = text
    // (On the bytes: a scalar is decoded only past ASCII.)
    let (foldsItself, hasUpper) = text.withUTF8 { bytes -> (Bool, Bool) in
      var hasUpper = false
      var k = 0
      while k < bytes.count {
        let byte = bytes[k]
        if byte < 0x80 {
          if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
          k += 1
          continue
        }
        let (v, length) = UTF8Bytes.scalar(bytes, at: k)
        switch v {
        case 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x2010...0x2015, 0x2018...0x201F, 0x2212, 0x00AB, 0x00BB, 0x00B7,
          0x300C...0x300F:
          k += length
        default:
          return (false, hasUpper)
        }
      }
      return (true, hasUpper)
    }
    guard foldsItself else { return viaICU(text) }
    guard hasUpper else { return text }
    return text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { lowered in
        for k in bytes.indices {
          let byte = bytes[k]
          lowered[k] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
        return bytes.count
      }
    }
  }

  /// NFKC casefolded by ICU.
  static func viaICU(_ text: String) -> String { (try? ICU.normalize(text, .nfkcCasefold)) ?? text }

  /// Quotes, dashes, invisible characters and white space of folded text unified.
  private static func unified(_ folded: String) -> String {
    if isUnified(folded) { return folded }
    var result: [UInt8] = []
    result.reserveCapacity(folded.utf8.count)
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      let mapped: Unicode.Scalar?
      switch scalar.value {
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x0060, 0x00B4, 0xFF07: mapped = "'"
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02:
        mapped = "\""
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: mapped = "-"
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: mapped = nil
      default: mapped = scalar
      }
      guard let mapped else { continue }
      if mapped.isSpace || mapped.value == 0x85 {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(0x20)
        pendingSpace = false
      }
      if mapped.value < 0x80 {
        result.append(UInt8(mapped.value))
      } else {
        UTF8.encode(mapped) { result.append($0) }
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether `unified` leaves `text` as it is: no byte that starts a scalar it maps (the
  /// quotes, dashes, invisible characters and spaces it maps all begin with C2, E2, E3 or
  /// EF in UTF-8, or are a backquote or an ASCII control), and single inner spaces only.
  /// Most sentences pass, and skip the scalar-by-scalar rebuild.
  static func isUnified(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var afterSpace = true
      for byte in bytes {
        switch byte {
        case 0x20:
          if afterSpace { return false }
          afterSpace = true
        case 0x09...0x0D, 0x60, 0xC2, 0xE2, 0xE3, 0xEF: return false
        default: afterSpace = false
        }
      }
      return !afterSpace || bytes.isEmpty
    }
  }
}
