/// Korean personal names in both editions: `윤태경` in the Korean, `Yoon Tae-min` in the
/// English, and whether the romanization fits the Hangul (Lee/Yi/Rhee, Park/Bak, Choi/Choe,
/// hyphenated or not, either order of the given name).
enum KoreanNames {
  /// Romanizations of each common surname.
  static let surnames: [String: [String]] = [
    "김": ["kim", "gim"], "이": ["lee", "yi", "rhee", "rhie", "ri", "i", "li"], "박": ["park", "bak", "pak", "bahk"],
    "최": ["choi", "choe", "chey"], "정": ["jung", "jeong", "chung", "cheong", "joung"], "강": ["kang", "gang"],
    "조": ["cho", "jo", "joh"], "윤": ["yoon", "yun", "youn"], "장": ["jang", "chang"], "임": ["lim", "im", "rim", "yim"],
    "한": ["han"], "오": ["oh", "o"], "서": ["seo", "suh", "su"], "신": ["shin", "sin"], "권": ["kwon", "gwon"],
    "황": ["hwang"], "안": ["ahn", "an"], "송": ["song"], "류": ["ryu", "yoo", "yu", "ryoo", "rhyu"],
    "유": ["yoo", "yu", "ryu", "you"], "전": ["jeon", "chun", "jun", "chon"], "홍": ["hong"], "고": ["ko", "koh", "go"],
    "문": ["moon", "mun"], "양": ["yang"], "손": ["son", "sohn"], "배": ["bae", "pae"],
    "백": ["baek", "paik", "baik", "paek"],
    "허": ["heo", "huh", "hur"], "남": ["nam"], "심": ["shim", "sim"], "노": ["noh", "roh", "no"], "하": ["ha"],
    "곽": ["kwak", "gwak"], "성": ["sung", "seong"], "차": ["cha"], "주": ["joo", "ju", "chu"], "우": ["woo", "u"],
    "구": ["koo", "ku", "gu"], "민": ["min"], "진": ["jin", "chin"], "나": ["na", "ra"], "지": ["ji", "chi"],
    "엄": ["um", "eom"], "채": ["chae"], "원": ["won"], "천": ["chun", "cheon"], "방": ["bang", "pang"],
    "공": ["kong", "gong"], "현": ["hyun", "hyeon"], "함": ["ham"], "변": ["byun", "byeon", "pyun"], "염": ["yeom", "yum"],
    "여": ["yeo", "yuh"], "추": ["choo", "chu"], "도": ["do", "doh"], "석": ["seok", "suk"], "설": ["seol", "sul"],
    "길": ["gil", "kil"], "연": ["yeon", "yun"], "위": ["wi", "wee"], "표": ["pyo"], "명": ["myung", "myeong"],
    "기": ["ki", "gi"], "반": ["ban", "pan"], "왕": ["wang"], "금": ["keum", "geum"], "옥": ["ok"], "육": ["yook", "yuk"],
    "인": ["in"], "맹": ["maeng"], "탁": ["tak"], "국": ["kook", "guk"], "용": ["yong"], "봉": ["bong"],
  ]

  /// English spelling → the surnames it may stand for.
  static let surnamesByRomanization: [String: [String]] = {
    var table: [String: [String]] = [:]
    for (hangul, spellings) in surnames { for spelling in spellings { table[spelling, default: []].append(hangul) } }
    return table
  }()

  /// A name of the Korean edition: its surname syllable and given name.
  struct KoreanName: Hashable {
    var surname: String
    var given: String
    var text: String { surname + given }
  }

  /// A Korean-style name of the English edition.
  struct EnglishName: Hashable {
    var surname: String
    var given: String
    var text: String
  }

  /// Three-syllable Hangul words (particles stripped) that start with a common surname.
  static func korean(_ sentence: String) -> [KoreanName] {
    var names: [KoreanName] = []
    for token in sentence.split(whereSeparator: { $0.unicodeScalars.first.map(isHangulSyllable) != true }) {
      let word = Array(KoreanWords.strippingParticle(String(token)).unicodeScalars)
      let candidates =
        word.count == 3
        ? [word] : (word.count == 4 && word.last.map(isTitleSuffix) == true ? [Array(word.prefix(3))] : [])
      for name in candidates {
        let surname = String(name[0])
        guard surnames[surname] != nil else { continue }
        names.append(KoreanName(surname: surname, given: String(String.UnicodeScalarView(name[1...]))))
      }
    }
    return names
  }

  /// `씨` (Mr/Ms) written onto the name.
  private static func isTitleSuffix(_ scalar: Unicode.Scalar) -> Bool { scalar == "씨" }

  static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

  /// Korean-style names in English text (original case): a known surname followed by a
  /// given name of one hyphenated word (`Tae-min`) or two capitalized syllables (`Suk Yeol`),
  /// or a hyphenated given name followed by the surname (`Tae-min Yoon`).
  static func english(_ sentence: String) -> [EnglishName] {
    let words = sentence.split(whereSeparator: { !($0.isLetter || $0 == "-" || $0 == "'") }).map(String.init)
    var names: [EnglishName] = []
    var i = 0
    func capitalized(_ w: String) -> Bool { w.unicodeScalars.first?.properties.isUppercase == true }
    func hyphenatedGiven(_ w: String) -> Bool {
      let parts = w.split(separator: "-")
      return parts.count == 2 && capitalized(w) && parts.allSatisfy { $0.count >= 1 && $0.count <= 5 }
    }
    func syllable(_ w: String) -> Bool { capitalized(w) && w.count <= 5 && !w.contains("-") }
    while i < words.count {
      let word = words[i]
      if capitalized(word), surnamesByRomanization[word.lowercased()] != nil, i + 1 < words.count {
        let next = words[i + 1]
        if hyphenatedGiven(next) {
          names.append(EnglishName(surname: word.lowercased(), given: next, text: word + " " + next))
          i += 2
          continue
        }
        if i + 2 < words.count, syllable(next), syllable(words[i + 2]), surnamesByRomanization[next.lowercased()] == nil
        {
          names.append(
            EnglishName(
              surname: word.lowercased(), given: next + " " + words[i + 2],
              text: [word, next, words[i + 2]].joined(separator: " ")))
          i += 3
          continue
        }
      }
      if hyphenatedGiven(word), i + 1 < words.count, capitalized(words[i + 1]),
        surnamesByRomanization[words[i + 1].lowercased()] != nil
      {
        names.append(EnglishName(surname: words[i + 1].lowercased(), given: word, text: word + " " + words[i + 1]))
        i += 2
        continue
      }
      i += 1
    }
    return names
  }

  /// Whether an English spelling of a surname can stand for the Hangul surname.
  static func surname(_ romanized: String, fits hangul: String) -> Bool {
    surnamesByRomanization[romanized]?.contains(hangul) == true
  }

  /// Whether the English given name can be a romanization of the Hangul one: their
  /// consonant skeletons agree (`Tae-kyung` ~ `태경`; `Tae-min` is not).
  static func given(_ english: String, fits hangul: String, transliterator: () -> ICUTransliterator?) -> Bool {
    guard let latin = HangulRomanization.letters(hangul) ?? (try? transliterator()?.transliterate(hangul)) else {
      return true
    }
    return NameMatcher.skeleton(latin) == NameMatcher.skeleton(withoutSilentH(english))
  }

  /// A given name without the `h` that English spellings add after a syllable's vowel
  /// (`Seo-ah`, `Yeon-ah`, `Ji-oh`): Revised Romanization has none there.
  static func withoutSilentH(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == "-" || $0 == " " }).map { part -> String in
      var scalars = Array(part.unicodeScalars)
      if scalars.count >= 2, scalars.last == "h", "aeiouy".unicodeScalars.contains(scalars[scalars.count - 2]) {
        scalars.removeLast()
      }
      return String(String.UnicodeScalarView(scalars))
    }.joined()
  }
}
