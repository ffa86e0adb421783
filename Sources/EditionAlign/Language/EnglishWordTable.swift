import Synchronization

/// What the features make of each English word, worked out at its first sight and
/// remembered: its stem, its diacritics folded, whether it is a content word and its keys;
/// for the name index, the word of the original text lower-cased and told capitalized or a
/// stopword, and its romanization form. News repeats its words within a document and from
/// document to document, and a word's analysis (stem, fold, stopword lookup, key strings,
/// lower-casing) costs several times its lookup.
///
/// A table is used by one thread at a time: a parallel step leases one per chunk from a pool
/// shared by the process (`lease()`), so that the tables stay warm across the documents of a
/// batch without a lock on every word (hence `@unchecked Sendable`: a table changes hands
/// only through the pool's lock).
final class EnglishWordTable: @unchecked Sendable {
  /// One word's analysis for the features (a word of `EnglishWords.words` in a matching form).
  struct Word: Equatable, Sendable {
    /// The word itself.
    var word: String
    /// `EnglishStemmer.stem` of the word (lexicon phrases are looked up by stems).
    var stem: String
    /// The word is a stopword.
    var isStopword: Bool
    /// Neither a stopword nor digits only: the word is an item.
    var isContent: Bool
    /// A content word of 3 scalars or more, which dictionary induction may pair.
    var isInducible: Bool
    /// `w:` and the word with its diacritics folded.
    var wordKey: String
    /// `e:` and the stem.
    var stemKey: String
    /// `p:` and the first 5 scalars of the folded word, for words of 6 scalars or more
    /// (cognates across two Latin-script languages).
    var prefixKey: String?
  }

  /// One word of an edition's original text, as the name index takes it.
  struct NameWord: Equatable, Sendable {
    var lower: String
    /// Its first scalar is an upper-case letter.
    var isCapitalized: Bool
    /// Its lower-case form is a stopword.
    var isStopword: Bool
  }

  /// Words kept in each table before it starts over (a bound on memory for huge batches:
  /// some 10 MB a thread). The English editions of the 1,000 documents of
  /// `scripts/bench-align` hold some 6,700 distinct words: at 4,096 the tables started over
  /// every few hundred documents and made every word again (300 of them: 3,680 -> 3,602 M
  /// instructions at 32,768); a year of one paper's news holds a few tens of thousands.
  static let limit = 32_768

  private var words = RememberedValues<Word>(limit: limit)
  private var nameWords = RememberedValues<NameWord>(limit: limit)
  private var forms = RememberedValues<NameMatcher.Romanization>(limit: limit)

  /// The analysis of each word of `sentence` (words of `EnglishWords.words` in a matching form).
  func analyses(of sentence: [String]) -> [Word] { words.values(of: sentence, Self.analyze) }

  /// Each word of `sentence` (words of `EnglishWords.words` of an original text) for the name index.
  func nameWords(of sentence: [String]) -> [NameWord] { nameWords.values(of: sentence, Self.nameWord) }

  private static func nameWord(_ word: String) -> NameWord {
    let lower = word.lowercased()
    return NameWord(
      lower: lower, isCapitalized: word.unicodeScalars.first?.isUppercaseLetter == true,
      isStopword: EnglishWords.stopwords.contains(lower))
  }

  /// `analyses(of: EnglishWords.words(in: text))`: for ASCII text, each word looked up by
  /// its bytes, a `String` made only of a word not seen before.
  func analyses(ofText text: String) -> [Word] { analyses(ofText: text, original: nil).words }

  /// `analyses(ofText: normalized)`, and which of the words begin with a capital letter in
  /// `original` — when `original` is ASCII and `normalized` is it lower-cased, byte for byte,
  /// so that both hold the same words at the same places (nil otherwise, and where a dotted
  /// acronym was run together): what the name index needs of the original words, without
  /// reading them again.
  func analyses(ofText normalized: String, original: String?) -> (words: [Word], capitalized: [Bool]?) {
    var normalized = normalized
    let ascii = normalized.withUTF8 { bytes -> ([Word], [Bool]?)? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var analyses: [Word] = []
      analyses.reserveCapacity(bytes.count / 5 + 1)
      guard var original, Self.isLowerCased(original, as: bytes) else {
        EnglishWords.forEachASCIIWord(bytes) { analyses.append(words.value(ofBytes: $0, Self.analyze)) }
        return (analyses, nil)
      }
      return original.withUTF8 { originalBytes -> ([Word], [Bool]?) in
        var capitalized: [Bool]? = []
        capitalized?.reserveCapacity(bytes.count / 5 + 1)
        EnglishWords.forEachASCIIWord(bytes) { word in
          analyses.append(words.value(ofBytes: word, Self.analyze))
          // A word of a run-together acronym stands in a buffer of its own.
          let offset = word.baseAddress! - bytes.baseAddress!
          guard offset >= 0 && offset < bytes.count else {
            capitalized = nil
            return
          }
          capitalized?.append(originalBytes[offset] >= 0x41 && originalBytes[offset] <= 0x5A)
        }
        return (analyses, capitalized)
      }
    }
    return ascii ?? (analyses(of: EnglishWords.words(in: normalized)), nil)
  }

  /// Whether `original` is ASCII whose upper-case letters lower-cased give `lower`, byte for byte.
  private static func isLowerCased(_ original: String, as lower: UnsafeBufferPointer<UInt8>) -> Bool {
    var original = original
    return original.withUTF8 { bytes in
      guard bytes.count == lower.count else { return false }
      for k in 0..<bytes.count {
        let byte = bytes[k]
        guard byte < 0x80 else { return false }
        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != lower[k] { return false }
      }
      return true
    }
  }

  /// `nameWords(of: EnglishWords.words(in: text))`, for ASCII text on its bytes (as `analyses(ofText:)`).
  func nameWords(ofText text: String) -> [NameWord] {
    var text = text
    let ascii = text.withUTF8 { bytes -> [NameWord]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var named: [NameWord] = []
      named.reserveCapacity(bytes.count / 5 + 1)
      EnglishWords.forEachASCIIWord(bytes) { named.append(nameWords.value(ofBytes: $0, Self.nameWord)) }
      return named
    }
    return ascii ?? nameWords(of: EnglishWords.words(in: text))
  }

  /// `NameMatcher.englishForm` of `word`.
  func englishForm(_ word: String) -> NameMatcher.Romanization {
    forms.value(of: word, NameMatcher.englishForm)
  }

  private static func analyze(_ word: String) -> Word {
    let folded = FeatureExtractor.folded(word)
    let stem = EnglishStemmer.stem(word)
    let scalars = word.unicodeScalars.count
    let isStopword = EnglishWords.stopwords.contains(word)
    let isContent = !isStopword && !word.unicodeScalars.allSatisfy(\.isASCIIDigit)
    return Word(
      word: word, stem: stem, isStopword: isStopword, isContent: isContent, isInducible: isContent && scalars >= 3,
      wordKey: "w:" + folded,
      stemKey: "e:" + stem, prefixKey: scalars >= 6 ? "p:" + String(folded.prefix(5)) : nil)
  }

  /// A table taken from the process's pool (or a new one), given back when the lease ends.
  static func lease() -> Lease { Lease(table: pool.withLock { $0.popLast() } ?? EnglishWordTable()) }

  private static let pool = Mutex<[EnglishWordTable]>([])

  /// A table held by one thread; it returns to the pool when the lease is dropped.
  final class Lease {
    let table: EnglishWordTable

    fileprivate init(table: EnglishWordTable) { self.table = table }

    deinit {
      let table = self.table
      EnglishWordTable.pool.withLock { $0.append(table) }
    }
  }
}
