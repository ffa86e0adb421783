/// The letters ICU's `Hangul-Latin` writes for Hangul syllables, without ICU: each syllable's
/// initial, vowel and final jamo in ICU's spelling (`읽` → `ilg`, `꿇` → `kkulh`, `똑` →
/// `ttog`). ICU's rules add only hyphens between syllables, which name matching drops; opening
/// the transliterator (compiling its rules) cost most of a one-pair run's start-up. A test
/// compares every syllable and thousands of words with ICU's letters.
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

  /// The ASCII letters of `word`'s romanization, or nil when it holds anything but
  /// precomposed syllables (U+AC00…U+D7A3), which only ICU knows.
  static func letters(_ word: String) -> String? {
    var out = ""
    out.reserveCapacity(word.utf8.count)
    for scalar in word.unicodeScalars {
      guard (0xAC00...0xD7A3).contains(scalar.value) else { return nil }
      let index = Int(scalar.value - 0xAC00)
      out += initials[index / 588]
      out += vowels[index % 588 / 28]
      out += finals[index % 28]
    }
    return out
  }
}
