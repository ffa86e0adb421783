/// The form of a text used for matching, derived from the original and never
/// replacing it: NFKC casefolded (full-width digits and letters become ASCII, NBSP a
/// space, zero-width characters and soft hyphens go), quotes unified to `'` and `"`,
/// dashes to `-`, runs of white space to one space, trimmed.
public enum MatchingForm {
  /// The matching form of `text`.
  public static func of(_ text: String) -> String {
    let folded = (try? ICU.normalize(text, .nfkcCasefold)) ?? text
    var result = String.UnicodeScalarView()
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
        result.append(" ")
        pendingSpace = false
      }
      result.append(mapped)
    }
    return String(result)
  }
}
