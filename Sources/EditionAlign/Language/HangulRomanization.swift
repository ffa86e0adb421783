/// The letters ICU's `Hangul-Latin` writes for Hangul syllables, without ICU: each syllable's
/// initial, vowel and final jamo in ICU's spelling (`읽` → `ilg`, `꿇` → `kkulh`, `똑` →
/// `ttog`). ICU's rules add only hyphens between syllables, which name matching drops; opening
/// the transliterator (compiling its rules) cost most of a one-pair run's start-up, and a
/// batch's first word of conjoining jamo (`서술ᄏ`) cost 40 ms. A test compares every syllable,
/// every jamo and thousands of words with ICU's letters.
enum HangulRomanization {
  static let initials = [
    "g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
  ]
  static let vowels = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
    "ui", "i",
  ]
  static let finals = [
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss",
    "ng", "j", "ch", "k", "t", "p", "h",
  ]

  /// The ASCII letters of `word`'s romanization, or nil when it holds anything but Hangul
  /// syllables (U+AC00…U+D7A3) and conjoining jamo (U+1100…U+11FF, U+A960…U+A97F,
  /// U+D7B0…U+D7FF), which only ICU knows. ICU spells a modern conjoining jamo as the same
  /// jamo of a syllable, whatever stands beside it, and drops the old ones.
  static func letters(_ word: String) -> String? {
    var out = ""
    out.reserveCapacity(word.utf8.count)
    for scalar in word.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0xAC00...0xD7A3:
        let index = Int(value - 0xAC00)
        out += initials[index / 588]
        out += vowels[index % 588 / 28]
        out += finals[index % 28]
      case 0x1100...0x1112: out += initials[Int(value - 0x1100)]
      case 0x1161...0x1175: out += vowels[Int(value - 0x1161)]
      case 0x11A8...0x11C2: out += finals[Int(value - 0x11A7)]
      case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: continue  // old jamo and fillers
      default: return nil
      }
    }
    return out
  }
}
