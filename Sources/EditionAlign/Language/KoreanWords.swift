import Foundation

/// Korean words for the aligner: particles stripped, runs segmented by the lexicon,
/// country abbreviations (`한미일`, `북-중-러`) and hanja abbreviations (北, 美, 中) read.
enum KoreanWords {
  /// A piece of a Hangul run.
  enum Piece {
    /// A lexicon headword, with its English phrases.
    case known([String])
    /// Text no headword covers.
    case unknown(String)
  }

  /// Particles and endings that follow a noun, longest first.
  static let particles: [String] = [
    "에서부터", "으로부터", "에게서는", "이라고는", "에서는", "에게서", "으로는", "으로서", "으로써", "이라고", "이라며", "이라는", "에서의",
    "에게는", "에서도", "까지는", "에서", "에게", "으로", "부터", "까지", "처럼", "보다", "이나", "에는", "과의", "와의", "라고", "라며",
    "라는", "께서", "한테", "에도", "으론", "로는", "로서", "로써", "이며", "이고", "이다", "였다", "이란", "들이", "들은", "들을", "들의",
    "들에", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "란", "며", "고", "들",
  ]

  /// Each particle's UTF-8 bytes and scalar count.
  private static let particleBytes: [(bytes: [UInt8], scalars: Int)] = particles.map {
    (Array($0.utf8), $0.unicodeScalars.count)
  }

  /// `run` without a trailing particle, when at least two syllables remain.
  static func strippingParticle(_ run: String) -> String {
    var text = run
    // On the bytes: a particle's bytes end the run's exactly when its scalars do (a
    // particle starts with a lead byte).
    let kept = text.withUTF8 { bytes -> String? in
      var scalars = 0
      for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
      for particle in particleBytes where scalars - particle.scalars >= 2 {
        let start = bytes.count - particle.bytes.count
        if UTF8Bytes.holds(bytes, particle.bytes, at: start) {
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<start]), as: UTF8.self)
        }
      }
      return nil
    }
    return kept ?? run
  }

  /// One-syllable abbreviations of countries and the two Koreas in compounds.
  static let abbreviationSyllables: [Unicode.Scalar: [String]] = [
    "한": ["korea", "south korea", "korean"], "남": ["south korea", "south"], "북": ["north korea", "north"],
    "미": ["us", "united states", "america", "american"], "중": ["china", "chinese"], "일": ["japan", "japanese"],
    "러": ["russia", "russian"], "영": ["britain", "uk", "british"], "독": ["germany", "german"],
    "불": ["france", "french"], "유": ["europe", "eu"], "호": ["australia"], "인": ["india"], "대": ["taiwan"],
  ]

  /// The countries of a compound of abbreviations (`한미일`; `북`, `중`, `러` of `북-중-러`),
  /// or nil. A single syllable counts only when a dash or dot joins it to another.
  static func abbreviations(_ word: String, separated: Bool) -> [[String]]? {
    let scalars = UTF8Bytes.scalars(of: word)
    guard (separated ? 1 : 2)...4 ~= scalars.count else { return nil }
    var result: [[String]] = []
    for scalar in scalars {
      guard let countries = abbreviationSyllables[scalar] else { return nil }
      result.append(countries.map { Lexicon.englishKey($0) })
    }
    return result
  }

  /// Hanja abbreviations in the press: 北 North Korea, 美 U.S., 中 China, 日 Japan, …
  static let hanjaAbbreviations: [Unicode.Scalar: [String]] = [
    "北": ["north korea", "north"], "南": ["south korea", "south"], "美": ["us", "united states", "america"],
    "中": ["china", "chinese"], "日": ["japan", "japanese"], "韓": ["korea", "south korea", "korean"],
    "與": ["ruling party"], "野": ["opposition", "opposition party"], "英": ["britain", "uk", "british"],
    "佛": ["france", "french"], "獨": ["germany", "german"], "露": ["russia"], "伊": ["italy"], "印": ["india"],
    "尹": ["yoon"], "文": ["moon"], "李": ["lee"], "朴": ["park"], "金": ["kim"], "檢": ["prosecution"],
    "軍": ["military"], "核": ["nuclear"],
  ]

  /// The English phrases of each hanja abbreviation in `run`, or nil when one is unknown.
  static func hanja(_ run: String) -> [[String]]? {
    var result: [[String]] = []
    for scalar in run.unicodeScalars {
      guard let phrases = hanjaAbbreviations[scalar] else { return nil }
      result.append(phrases.map { Lexicon.englishKey($0) })
    }
    return result
  }

  /// `run` cut into lexicon headwords (longest first, from the left) and the text between.
  /// Headwords of one syllable are not used: too many syllables are also parts of words.
  static func segment(_ run: String, lexicon: Lexicon?) -> [Piece] {
    guard let lexicon else { return [.unknown(run)] }
    let s = UTF8Bytes.scalars(of: run)
    // Where each scalar starts (and the end): candidates and the text between are slices of `run`.
    let starts = Array(run.unicodeScalars.indices) + [run.endIndex]
    var pieces: [Piece] = []
    var unknownStart: Int?
    var i = 0
    while i < s.count {
      var found: (Int, [String])?
      let lengths = lexicon.headwordLengths[s[i]] ?? 0
      var length = min(lexicon.longestHeadword, s.count - i)
      while length >= 2 {
        if lengths & (1 << UInt64(length)) == 0 {
          length -= 1
          continue
        }
        if let phrases = lexicon.lookup(String(run.unicodeScalars[starts[i]..<starts[i + length]])) {
          found = (length, phrases)
          break
        }
        length -= 1
      }
      if let (length, phrases) = found {
        if let start = unknownStart {
          pieces.append(.unknown(String(run.unicodeScalars[starts[start]..<starts[i]])))
          unknownStart = nil
        }
        pieces.append(.known(phrases))
        i += length
      } else {
        if unknownStart == nil { unknownStart = i }
        i += 1
      }
    }
    if let start = unknownStart { pieces.append(.unknown(String(run.unicodeScalars[starts[start]..<starts[s.count]]))) }
    return pieces
  }
}
