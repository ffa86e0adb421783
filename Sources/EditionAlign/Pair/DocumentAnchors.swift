/// Which kinds of evidence the content pairing compares (all by default; fewer to measure
/// what each kind is worth).
public struct PairingSignals: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Numbers, amounts, percentages, dates and decades, in one notation for every language.
  public static let numbers = PairingSignals(rawValue: 1)
  /// Names and loanwords through romanization (`마체고라` ~ `Matsegora`).
  public static let names = PairingSignals(rawValue: 2)
  /// Lexicon words and phrases (`국가정보원` ~ `National Intelligence Service`), English stems.
  public static let words = PairingSignals(rawValue: 4)
  /// Latin tokens inside the other script (`IMF`, `TASS`, `K-pop`).
  public static let latin = PairingSignals(rawValue: 8)
  /// How far the two lengths are from the language pair's usual ratio.
  public static let length = PairingSignals(rawValue: 16)

  public static let all: PairingSignals = [.numbers, .names, .words, .latin, .length]

  /// The signals by name, as `--signals` takes them.
  public static let byName: [(String, PairingSignals)] = [
    ("numbers", .numbers), ("names", .names), ("words", .words), ("latin", .latin), ("length", .length),
  ]
}

/// What one document offers to the content pairing: its anchor keys (each once), its length
/// in characters and its publication day. Keys of the two languages meet in one notation —
/// `n:1.1e8` for `1억1천만` and `110 million`, `e:budget` for `예산` and `budgets`, `s:mjgr`
/// (a romanization skeleton) for `마체고라` and `Matsegora`, `w:imf` for `IMF` in either.
struct DocumentAnchors: Sendable {
  var keys: Set<String> = []
  /// Characters other than white space.
  var length = 0.0
  /// Days since 1970-01-01 of the publication date, where the edition has one.
  var day: Int?

  /// The anchors of `edition`; `romanizer` matches names of a non-Latin edition.
  init(_ edition: Edition, lexicon: Lexicon?, signals: PairingSignals, romanizer: NameMatcher?) {
    day = edition.metadata.published.flatMap(Self.day(iso:))
    let latin = FeatureExtractor.isLatinScript(edition.language)
    for sentence in edition.sentences {
      length += Double(sentence.text.unicodeScalars.count { !$0.isSpace })
      if latin {
        addLatin(sentence, lexicon: lexicon, signals: signals)
      } else {
        addForeign(sentence, language: edition.language, lexicon: lexicon, signals: signals, romanizer: romanizer)
      }
    }
  }

  private mutating func addLatin(_ sentence: Sentence, lexicon: Lexicon?, signals: PairingSignals) {
    let text = sentence.normalized
    let words = EnglishWords.words(in: text)
    let stems = words.map { EnglishStemmer.stem($0) }
    for (word, stem) in zip(words, stems) where !EnglishWords.stopwords.contains(word) {
      let hasLetter = word.unicodeScalars.contains { $0.isLetter }
      guard hasLetter else { continue }
      if signals.contains(.words) && word.utf8.count >= 3 { keys.insert("e:" + stem) }
      if signals.contains(.latin) && word.utf8.count >= 2 { keys.insert("w:" + word) }
      if signals.contains(.names), let key = Self.nameKey(NameMatcher.englishForm(word)) { keys.insert(key) }
    }
    if signals.contains(.names) {
      // Adjacent capitalized words run together, as a foreign edition writes a name (`캠프데이비드`).
      var previous: String?
      for word in EnglishWords.words(in: sentence.text) {
        let capitalized = word.unicodeScalars.first?.isUppercaseLetter == true
        let lower = word.lowercased()
        if capitalized, let previous, let key = Self.nameKey(NameMatcher.englishForm(previous + lower)) {
          keys.insert(key)
        }
        previous = capitalized && !EnglishWords.stopwords.contains(lower) ? lower : nil
      }
    }
    if signals.contains(.words), let lexicon {
      for start in stems.indices {
        for (_, phrase) in lexicon.englishPhrases(in: stems, at: start) { keys.insert("e:" + phrase) }
      }
    }
    if signals.contains(.numbers) { for value in NumberValues.english(text) { keys.insert(value.key) } }
  }

  private mutating func addForeign(
    _ sentence: Sentence, language: Language, lexicon: Lexicon?, signals: PairingSignals, romanizer: NameMatcher?
  ) {
    let text = sentence.normalized
    let korean = language == .korean
    for run in ScriptRuns.split(text) {
      switch run.script {
      case .latin:
        let word = run.text
        if EnglishWords.stopwords.contains(word) { continue }
        if signals.contains(.latin) && word.utf8.count >= 2 { keys.insert("w:" + word) }
        if signals.contains(.words) && word.utf8.count >= 3 { keys.insert("e:" + EnglishStemmer.stem(word)) }
      case .hangul where korean:
        let parts =
          lexicon?.reading(of: run.text, separated: run.separatedByDash)
          ?? FeatureExtractor.koreanParts(run.text, separated: run.separatedByDash, lexicon: nil)
        for part in parts {
          switch part {
          case .phrases(let phrases):
            if signals.contains(.words) { keys.formUnion(phrases) }
          case .word(let word):
            if signals.contains(.names), let romanizer, let key = Self.nameKey(romanizer.romanization(word)) {
              keys.insert(key)
            }
          }
        }
      case .han:
        if korean, signals.contains(.words), let hanja = KoreanWords.hanja(run.text) {
          for phrases in hanja { keys.formUnion(phrases.map { "e:" + $0 }) }
        } else if signals.contains(.names), let romanizer, let key = Self.nameKey(romanizer.romanization(run.text)) {
          keys.insert(key)
        }
      case .hangul, .kana, .digits, .other:
        continue
      }
    }
    if signals.contains(.numbers) {
      let values =
        korean
        ? NumberValues.korean(text)
        : (language == .chinese || language == .japanese ? NumberValues.chinese(text) : NumberValues.english(text))
      for value in values { keys.insert(value.key) }
    }
  }

  /// A name's key: its consonant skeleton when it has three consonants or more, else its
  /// vowel form (`kim` and `gim` meet at `gim`), else none (too short to tell names apart).
  static func nameKey(_ word: NameMatcher.Romanization) -> String? {
    if word.skeleton.utf8.count >= 3 { return "s:" + word.skeleton }
    if word.form.utf8.count >= 3 { return "v:" + word.form }
    return nil
  }

  /// Days since 1970-01-01 of an ISO 8601 time's date (`2023-09-05T08:22` → 19605).
  static func day(iso: String) -> Int? {
    let parts = iso.prefix(10).split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    // Days from civil (Howard Hinnant's algorithm).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
