import Foundation

/// Matches names and loanwords across scripts: a Korean or Chinese word romanized by ICU
/// (`마체고라` → `machegola`, `陈清扬` → `chen qing yang`) against the English words of the
/// other edition, through a consonant skeleton that forgives the usual shifts of
/// romanization (l/r, p/f/b/v, k/g/c, t/d, ch/ts/j/z, epenthetic eu, vowels).
final class NameMatcher {
  /// English words (and adjacent capitalized pairs, `campdavid`) by skeleton.
  private var bySkeleton: [String: [String]] = [:]
  private let transliterator: ICUTransliterator?
  private var romanized: [String: String] = [:]

  /// Skeletons this short must match with their vowels too.
  private let minimumSkeleton: Int

  /// A matcher for the English `words` of one edition; `transform` is an ICU transform ID.
  /// Chinese syllables are short and many: there, skeletons of up to 3 consonants need their vowels.
  init(englishWords words: some Sequence<String>, transform: String) {
    minimumSkeleton = transform.hasPrefix("Hangul") ? 2 : 3
    transliterator = try? ICUTransliterator(transform)
    for word in words where word.unicodeScalars.count >= 3 {
      let skeleton = Self.skeleton(word)
      if skeleton.unicodeScalars.count >= 2, bySkeleton[skeleton]?.contains(word) != true {
        bySkeleton[skeleton, default: []].append(word)
      }
    }
  }

  /// The English words `foreign` (Hangul or Han, no particles) may be a transliteration of.
  func matches(_ foreign: String) -> [String] {
    let latin: String
    if let cached = romanized[foreign] {
      latin = cached
    } else {
      latin = ((try? transliterator?.transliterate(foreign)) ?? nil).map { Self.asciiLetters($0) } ?? ""
      romanized[foreign] = latin
    }
    if latin.count < 3 { return [] }
    let skeleton = Self.skeleton(latin)
    let consonants = skeleton.unicodeScalars.count
    guard consonants >= 2, let words = bySkeleton[skeleton] else { return [] }
    // Short skeletons match too much by chance: ask the vowels to agree as well.
    if consonants <= minimumSkeleton { return words.filter { Self.vowelForm($0) == Self.vowelForm(latin) } }
    return words
  }

  static func asciiLetters(_ text: String) -> String {
    String(text.lowercased().unicodeScalars.filter { $0.isASCIILetter }.map(Character.init))
  }

  /// Lower-case letters with the spellings that romanizations swap unified.
  static func vowelForm(_ word: String) -> String {
    var s = asciiLetters(word)
    for (from, to) in [
      ("eu", ""), ("eo", "o"), ("ae", "e"), ("oe", "e"), ("ph", "f"), ("x", "ks"), ("tch", "j"), ("ch", "j"),
      ("ts", "j"), ("tz", "j"), ("zh", "j"), ("sh", "s"), ("ck", "k"), ("qu", "kw"), ("q", "j"), ("c", "k"), ("y", "i"),
      ("w", "u"), ("l", "r"), ("p", "b"), ("f", "b"), ("v", "b"), ("k", "g"), ("t", "d"), ("z", "j"),
    ] {
      s = s.replacingAll(from, with: to)
    }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars where out.last != c { out.append(c) }
    return String(out)
  }

  /// The consonants of `vowelForm`: `matsegora` and `machegola` both give `mjgr`.
  static func skeleton(_ word: String) -> String {
    String(vowelForm(word).unicodeScalars.filter { !"aeiou".unicodeScalars.contains($0) }.map(Character.init))
  }
}

extension String {
  /// `self` with every `target` replaced by `replacement`.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard contains(target) else { return self }
    return components(separatedBy: target).joined(separator: replacement)
  }
}
