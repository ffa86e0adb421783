import Foundation
import Synchronization

/// A bilingual lexicon: foreign headwords (Korean, German, …) and the English phrases they
/// translate to, read from hunalign's dictionary format — one `english @ foreign` a line.
/// EditionAlign carries a Korean–English news lexicon, used by default for ko–en.
public struct Lexicon: Sendable {
  /// Headword (matching form, spaces kept) → English phrases as stem keys (`north korea`).
  private(set) var translations: [TextKey: [String]] = [:]
  /// Headwords of several words (matched as substrings of the sentence), indexed by the
  /// first scalar of their second word, with their UTF-8 bytes and where that word starts in them.
  private var phraseHeadwords: [Unicode.Scalar: [PhraseHeadword]] = [:]
  private(set) var phraseHeadwordSet: Set<String> = []
  /// Every English phrase of the lexicon, as stem keys: those of several words are looked up
  /// by their bytes as a sentence's stems are put together (`englishPhrases(in:at:)`).
  private(set) var englishPhrases = KeyTable()
  /// The first words of the phrases of several words (`north` of `north korea`).
  private(set) var phraseStarts = KeyTable()
  /// A bit for each first word of `phraseStarts` (of `UTF8Bytes.hash` of its bytes): most
  /// words of a sentence start no phrase, and are told so without hashing them as `String`s.
  private var phraseStartBits = [UInt64](repeating: 0, count: Self.phraseStartWords)
  private static let phraseStartWords = 1024
  /// The beginnings of two words or more of longer phrases (`war of` of `war of attrition`):
  /// past them no phrase goes on.
  private(set) var phrasePrefixes = KeyTable()
  /// The longest single-word headword, in scalars.
  private(set) var longestHeadword = 0
  /// For each first scalar of a single-word headword, the lengths (bit n: n scalars) that occur.
  private(set) var headwordLengths: [Unicode.Scalar: UInt64] = [:]
  /// The readings of Hangul runs made with this lexicon, shared by its copies (started
  /// afresh by every change).
  private(set) var readings = KoreanReadings()

  public init() {}

  /// The number of `english @ foreign` entries.
  public var count: Int { translations.values.reduce(0) { $0 + $1.count } }

  /// Reads hunalign's format; `source` names the text in errors (with the line).
  public init(hunalign text: String, source: String) throws(LexiconError) {
    for (english, foreign) in try Self.entries(hunalign: text, source: source) {
      _ = insert(english: english, foreign: foreign)
    }
  }

  /// The `english @ foreign` entries of hunalign's format, as written, in order.
  private static func entries(hunalign text: String, source: String) throws(LexiconError) -> [(String, String)] {
    // Lines and the ` @ ` between the two sides found on the UTF-8 bytes (splitting by
    // `Character` and Foundation's `components` cost most of the built-in lexicon's start-up).
    let separator = Array(" @ ".utf8)
    var entries: [(String, String)] = []
    for (number, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      let trimmed = String(decoding: line, as: UTF8.self).trimmingSpaces
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let bytes = Array(trimmed.utf8)
      var cuts: [Int] = []
      var i = 0
      while i + separator.count <= bytes.count {
        if bytes[i] == 0x20 && bytes[i + 1] == 0x40 && bytes[i + 2] == 0x20 {
          cuts.append(i)
          i += separator.count
        } else {
          i += 1
        }
      }
      let english = cuts.count == 1 ? String(decoding: bytes[..<cuts[0]], as: UTF8.self) : ""
      let foreign = cuts.count == 1 ? String(decoding: bytes[(cuts[0] + separator.count)...], as: UTF8.self) : ""
      guard !english.trimmingSpaces.isEmpty, !foreign.trimmingSpaces.isEmpty else {
        throw .badLine(file: source, line: number + 1, text: String(trimmed.prefix(60)))
      }
      entries.append((english, foreign))
    }
    return entries
  }

  /// The compiled form of a lexicon in hunalign's format: one `phrase<TAB>headword` line per
  /// entry it keeps, both sides already in the forms the aligner keys them by (`englishKey`,
  /// `MatchingForm`), in the order read — what `init(compiled:)` loads without the
  /// normalizing that costs most of reading the text. `scripts/build-lexicon` writes the
  /// built-in lexicon this way.
  static func compiled(hunalign text: String, source: String) throws(LexiconError) -> String {
    var lexicon = Lexicon()
    var lines: [String] = []
    for (english, foreign) in try entries(hunalign: text, source: source) {
      let (phrase, headword) = (englishKey(english), MatchingForm.of(foreign))
      // Neither form holds a tab or a line break (both are single-spaced words).
      if lexicon.insert(phrase: phrase, headword: headword) { lines.append(phrase + "\t" + headword) }
    }
    return lines.joined(separator: "\n")
  }

  /// Loads the compiled form that `compiled(hunalign:source:)` writes: the same lexicon as
  /// reading the hunalign text it was made from.
  init(compiled text: String) {
    var text = text
    text.withUTF8 { bytes in
      let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      translations.reserveCapacity(lines)
      englishPhrases = KeyTable(expectedKeys: lines)
      var start = 0
      var tab = -1
      for (offset, byte) in bytes.enumerated() where byte == 0x09 || byte == 0x0A {
        if byte == 0x09 {
          tab = offset
          continue
        }
        if tab > start { addCompiled(bytes, start, tab, offset) }
        (start, tab) = (offset + 1, -1)
      }
      if tab > start { addCompiled(bytes, start, tab, bytes.count) }
    }
  }

  /// Adds the compiled line `bytes[start..<end]`, its tab at `tab`.
  private mutating func addCompiled(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ tab: Int, _ end: Int) {
    let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab]), as: UTF8.self)
    let headword = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end]), as: UTF8.self)
    _ = insert(phrase: phrase, headword: headword)
  }

  /// Reads a hunalign dictionary file.
  public init(file path: String) throws(LexiconError) {
    guard let bytes = try? FileIO.contents(of: path) else { throw .unreadable(file: path) }
    try self.init(bytes: bytes, source: path)
  }

  /// Reads hunalign's format from the bytes of file `source` (which must be UTF-8).
  public init(bytes: [UInt8], source: String) throws(LexiconError) {
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(file: source) }
    try self.init(hunalign: text, source: source)
  }

  /// The built-in Korean–English news lexicon.
  public static let koreanEnglishNews = Lexicon(compiled: koreanEnglishNewsCompiled)

  /// Adds one entry.
  public mutating func add(english: String, foreign: String) {
    if insert(english: english, foreign: foreign) { readings = KoreanReadings() }
  }

  /// Adds one entry unless it is there already (then false); the readings are left as they are.
  private mutating func insert(english: String, foreign: String) -> Bool {
    insert(phrase: Self.englishKey(english), headword: MatchingForm.of(foreign))
  }

  /// Adds one entry already in its keyed forms unless it is there already (then false).
  private mutating func insert(phrase: String, headword: String) -> Bool {
    guard !phrase.isEmpty, !headword.isEmpty else { return false }
    var added = false
    Self.appendOnce(phrase, to: &translations[TextKey(headword), default: []], added: &added)
    guard added else { return false }
    recordPhrase(phrase)
    if headword.utf8.contains(0x20) { recordPhraseHeadword(headword) } else { recordHeadword(headword) }
    return true
  }

  private static func appendOnce(_ phrase: String, to phrases: inout [String], added: inout Bool) {
    guard !phrases.contains(phrase) else { return }
    phrases.append(phrase)
    added = true
  }

  private mutating func recordPhraseHeadword(_ headword: String) {
    let words = headword.split(separator: " ")
    guard words.count > 1, let start = words[1].unicodeScalars.first, phraseHeadwordSet.insert(headword).inserted else {
      return
    }
    let second = headword.utf8.distance(from: headword.startIndex, to: words[1].startIndex)
    phraseHeadwords[start, default: []].append(
      PhraseHeadword(headword: headword, bytes: Array(headword.utf8), secondWord: second))
  }

  /// A headword of several words as `phraseHeadwords(in:)` looks for it.
  private struct PhraseHeadword: Sendable {
    var headword: String
    var bytes: [UInt8]
    /// The byte offset of its second word (after a space, as `split` found it).
    var secondWord: Int
  }

  /// The headwords of several words that `text` (matching form) holds, each once. Only
  /// headwords whose second word starts like a word of `text` are compared, so a dictionary
  /// of many phrases costs little per sentence; and each only where such a word starts: a
  /// headword found in `text` has its second word at a word start (after a space, past the
  /// first word), the same scalar there, so that place is the only one to compare.
  func phraseHeadwords(in text: String) -> [String] {
    guard !phraseHeadwords.isEmpty else { return [] }
    var text = text
    return text.withUTF8 { bytes in
      // Where every word but the first starts (words: runs between spaces), with its scalar.
      var starts: [(scalar: UInt32, at: Int)] = []
      var k = 0
      var seenWord = false
      var afterSpace = true
      while k < bytes.count {
        let (value, length) = UTF8Bytes.scalar(bytes, at: k)
        if value == 0x20 {
          afterSpace = true
        } else {
          if afterSpace {
            if seenWord { starts.append((value, k)) }
            seenWord = true
          }
          afterSpace = false
        }
        k += length
      }
      var found: [String] = []
      for (n, start) in starts.enumerated() {
        // Each scalar once, at its first word; its headwords compared at each of its words.
        guard !starts[..<n].contains(where: { $0.scalar == start.scalar }),
          let scalar = Unicode.Scalar(start.scalar), let candidates = phraseHeadwords[scalar]
        else { continue }
        for candidate in candidates
        where starts[n...].contains(where: { word in
          word.scalar == start.scalar && UTF8Bytes.holds(bytes, candidate.bytes, at: word.at - candidate.secondWord)
        }) {
          found.append(candidate.headword)
        }
      }
      return found
    }
  }

  private mutating func recordHeadword(_ headword: String) {
    let length = headword.unicodeScalars.count
    longestHeadword = max(longestHeadword, length)
    if let first = headword.unicodeScalars.first, length < 64 {
      headwordLengths[first, default: 0] |= 1 << UInt64(length)
    }
  }

  /// The lexicon for a language pair: the built-in one for ko–en (unless `builtIn` is false),
  /// with `dictionary` added; nil when there is neither. The aligner and the checker both use it.
  public static func forPair(_ a: Language, _ b: Language, builtIn: Bool = true, adding dictionary: Lexicon? = nil)
    -> Lexicon?
  {
    let withBuiltIn = builtIn && Set([a, b]) == Set([Language.korean, .english])
    guard let dictionary else { return withBuiltIn ? .koreanEnglishNews : nil }
    guard withBuiltIn else { return dictionary }
    // The merge costs as much as the user's dictionary is long: a batch makes it once.
    let key = dictionary.readings.serial
    if let merged = mergedWithBuiltIn.withLock({ $0[key] }) { return merged }
    var merged = Lexicon.koreanEnglishNews
    merged.merge(dictionary)
    mergedWithBuiltIn.withLock { table in
      if table.count >= 8 { table = [:] }
      table[key] = merged
    }
    return merged
  }

  /// The built-in lexicon merged with a user's dictionary, by the dictionary's serial.
  private static let mergedWithBuiltIn = Mutex<[Int: Lexicon]>([:])

  /// Adds every entry of `other`.
  public mutating func merge(_ other: Lexicon) {
    readings = KoreanReadings()
    for (headword, phrases) in other.translations {
      if !headword.text.utf8.contains(0x20) { recordHeadword(headword.text) }
      for phrase in phrases where translations[headword]?.contains(phrase) != true {
        translations[headword, default: []].append(phrase)
        recordPhrase(phrase)
      }
    }
    for headword in other.phraseHeadwordSet { recordPhraseHeadword(headword) }
  }

  private mutating func recordPhrase(_ phrase: String) {
    _ = englishPhrases.id(phrase)
    // A phrase of several words (keys have one space between words, none at the ends).
    if let space = phrase.utf8.firstIndex(of: 0x20), space != phrase.utf8.startIndex {
      var start = String(phrase[..<space])
      let starts = phraseStarts.count
      _ = phraseStarts.id(start)
      if phraseStarts.count > starts {
        let bit = start.withUTF8(Self.phraseStartBit)
        phraseStartBits[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      // Every beginning of two words or more short of the whole phrase.
      var index = phrase.utf8.index(after: space)
      while let next = phrase.utf8[index...].firstIndex(of: 0x20) {
        _ = phrasePrefixes.id(String(phrase[..<next]))
        index = phrase.utf8.index(after: next)
      }
    }
  }

  /// The lexicon's English phrases of two to four words (stem keys, as `englishKey` makes
  /// them) that start at `start` of `stems`, longest first: `north korea`, `war of attrition`.
  func englishPhrases(in stems: [String], at start: Int) -> [(length: Int, phrase: String)] {
    var first = stems[start]
    let startsPhrase = first.withUTF8 { bytes in
      let bit = Self.phraseStartBit(bytes)
      return phraseStartBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && phraseStarts.existingID(bytes: bytes) != nil
    }
    let longest = min(4, stems.count - start)
    guard startsPhrase, longest >= 2 else { return [] }
    // The phrase of k + 1 words is the first `ends[k]` bytes of a buffer on the stack: each
    // is the one before it and a word; none is made past a beginning no longer phrase has.
    let capacity = stems[start..<(start + longest)].reduce(longest) { $0 + $1.utf8.count }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { text in
      var ends = SIMD4<Int>(repeating: 0)
      var filled = 0
      var phrases = 0
      func phrase(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: text[..<ends[k]]) }
      for k in 0..<longest {
        if k > 0 {
          text[filled] = 0x20
          filled += 1
        }
        var word = stems[start + k]
        filled = word.withUTF8 { bytes in
          _ = UnsafeMutableBufferPointer(rebasing: text[filled...]).initialize(fromContentsOf: bytes)
          return filled + bytes.count
        }
        ends[k] = filled
        phrases = k + 1
        if k >= 1 && k + 1 < longest && phrasePrefixes.existingID(bytes: phrase(k)) == nil { break }
      }
      return stride(from: phrases, through: 2, by: -1).compactMap { length in
        guard englishPhrases.existingID(bytes: phrase(length - 1)) != nil else { return nil }
        return (length, String(decoding: phrase(length - 1), as: UTF8.self))
      }
    }
  }

  /// The bit of `phraseStartBits` for a word's bytes.
  private static func phraseStartBit(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = UTF8Bytes.hash(word)
    return Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & UInt64(phraseStartWords * 64 - 1))
  }

  /// What the lexicon makes of a Hangul run, names aside (`KoreanReadings`), remembered.
  func reading(of run: String, separated: Bool) -> [KoreanReadings.Part] {
    readings.reading(of: run, separated: separated, lexicon: self)
  }

  /// The English phrases of `headword` (matching form), or nil.
  func lookup(_ headword: String) -> [String]? { translations[TextKey(headword)] }

  /// An English phrase as the aligner keys it: matching form, words stemmed, one space between.
  static func englishKey(_ phrase: String) -> String {
    EnglishWords.words(in: MatchingForm.of(phrase)).map { EnglishStemmer.stem($0) }.joined(separator: " ")
  }
}

/// Why a lexicon could not be read.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(file: String)
  case notUTF8(file: String)
  case badLine(file: String, line: Int, text: String)

  public var description: String {
    switch self {
    case .unreadable(let file): "\(file): cannot read the dictionary"
    case .notUTF8(let file): "\(file): the dictionary is not UTF-8"
    case .badLine(let file, let line, let text):
      "\(file):\(line): expected 'english @ foreign' (hunalign's dictionary format), found '\(text)'"
    }
  }
}

/// Words of English (or any Latin-script) text in matching form.
enum EnglishWords {
  /// The words of `text`: runs of letters and digits, with inner apostrophes and hyphens
  /// splitting (`north-korean` → `north`, `korean`; `korea's` → `korea's`).
  static func words(in text: String) -> [String] {
    var text = text
    // Text of ASCII (most English) on its bytes: no scalar array, no word buffer.
    if let words = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiWords(bytes) : nil }) {
      return words
    }
    var words: [String] = []
    words.reserveCapacity(text.utf8.count / 4 + 1)
    var current: [UInt8] = []
    current.reserveCapacity(32)
    let scalars = collapsingDottedAcronyms(UTF8Bytes.scalars(of: text), isLetter: \.isLetter, isDot: { $0 == "." })
    for (i, c) in scalars.enumerated() {
      if c.isLetter || c.isDigit || (c == "'" && !current.isEmpty && i + 1 < scalars.count && scalars[i + 1].isLetter) {
        if c.value < 0x80 {
          current.append(UInt8(c.value))
        } else {
          UTF8.encode(c) { current.append($0) }
        }
      } else if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }

  /// `words(in:)` of ASCII text, on its bytes (the same rules).
  private static func asciiWords(_ text: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    words.reserveCapacity(text.count / 4 + 1)
    forEachASCIIWord(text) { words.append(String(decoding: $0, as: UTF8.self)) }
    return words
  }

  /// `body` for the bytes of each word of ASCII `text`, in order (the rules of `words(in:)`).
  static func forEachASCIIWord(_ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) }
    let collapsed =
      holdsDottedAcronym(text, isLetter: isLetter, isDot: { $0 == 0x2E })
      ? collapsingDottedAcronyms(Array(text), isLetter: isLetter, isDot: { $0 == 0x2E }) : nil
    (collapsed ?? []).withUnsafeBufferPointer { collapsedBytes in
      let bytes = collapsed == nil ? text : collapsedBytes
      var start = -1  // where the current word starts, -1 between words
      for i in 0..<bytes.count {
        let b = bytes[i]
        if isWordByte(b) || (b == 0x27 && start >= 0 && i + 1 < bytes.count && isLetter(bytes[i + 1])) {
          if start < 0 { start = i }
        } else if start >= 0 {
          body(UnsafeBufferPointer(rebasing: bytes[start..<i]))
          start = -1
        }
      }
      if start >= 0 { body(UnsafeBufferPointer(rebasing: bytes[start...])) }
    }
  }

  /// Whether `s` has a letter, a dot, a letter and a dot in a row — what a dotted acronym
  /// of two letters or more starts with; most sentences end with a dot and have none.
  static func holdsDottedAcronym<Units: RandomAccessCollection>(
    _ s: Units, isLetter: (Units.Element) -> Bool, isDot: (Units.Element) -> Bool
  ) -> Bool where Units.Index == Int {
    var k = s.startIndex
    while k + 3 < s.endIndex {
      if isDot(s[k + 1]) && isDot(s[k + 3]) && isLetter(s[k]) && isLetter(s[k + 2]) { return true }
      k += 1
    }
    return false
  }

  /// `u.s.` → `us`, `u.n.` → `un`, `e.u.` → `eu`: dotted acronyms become one word (on
  /// scalars, or on the bytes of ASCII text).
  static func collapsingDottedAcronyms<Unit: Equatable>(
    _ s: [Unit], isLetter: (Unit) -> Bool, isDot: (Unit) -> Bool
  ) -> [Unit] {
    guard holdsDottedAcronym(s, isLetter: isLetter, isDot: isDot) else { return s }
    var out: [Unit] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      if isLetter(s[i]) && (i == 0 || !isLetter(s[i - 1])) {
        var j = i
        var letters: [Unit] = []
        while j + 1 < s.count && isLetter(s[j]) && isDot(s[j + 1])
          && (j + 2 >= s.count || !isLetter(s[j + 2]) || j + 3 >= s.count || isDot(s[j + 3]))
        {
          letters.append(s[j])
          j += 2
        }
        if letters.count >= 2 {
          out += letters
          i = j
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// Function words that carry no evidence of translation.
  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "is", "are", "was",
    "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "as", "not", "no", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "which", "who", "whom",
    "what", "there", "here", "than", "so", "such", "into", "about", "over", "also", "more", "most", "very", "just",
    "only", "if", "then", "when", "while", "said", "says", "say", "one", "all", "any", "some", "other", "up", "out",
    "s", "t", "de", "la", "le", "les", "des", "du", "et", "un", "une", "der", "die", "das", "und", "den", "dem", "ein",
    "eine", "zu", "im", "von", "mit", "ist", "auf", "für", "nicht", "sich", "en", "est", "que", "qui", "dans", "pour",
    "par", "sur", "au", "aux", "il", "elle", "se", "ne", "pas",
  ]
}
