import Synchronization

/// What the features make of each English word (its stem, its diacritics folded, whether it
/// is a content word, its keys), worked out at its first sight and remembered: news repeats
/// its words within a document and from document to document, and a word's analysis (stem,
/// fold, stopword lookup, three key strings) costs several times its lookup.
///
/// A table is used by one thread at a time: a parallel step leases one per chunk from a pool
/// shared by the process (`lease()`), so that the tables stay warm across the documents of a
/// batch without a lock on every word (hence `@unchecked Sendable`: a table changes hands
/// only through the pool's lock).
final class EnglishWordTable: @unchecked Sendable {
  /// One word's analysis.
  struct Word: Equatable, Sendable {
    /// `EnglishStemmer.stem` of the word (lexicon phrases are looked up by stems).
    var stem: String
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

  /// The words seen, each an id in `ids`, its analysis at that place in `words`.
  private struct Entries {
    var ids = KeyTable()
    var words: [Word] = []

    mutating func analyses(of sentence: [String]) -> [Word] {
      sentence.map { word in
        let id = Int(ids.id(word))
        if id < words.count { return words[id] }
        let analysis = EnglishWordTable.analyze(word)
        words.append(analysis)
        return analysis
      }
    }
  }

  private var entries = Entries()
  /// Words kept before the table starts over (a bound on memory for huge batches).
  static let limit = 100_000

  /// The analysis of each word of `sentence` (words of `EnglishWords.words` in a matching form).
  func analyses(of sentence: [String]) -> [Word] {
    if entries.words.count + sentence.count > Self.limit { entries = Entries() }
    return entries.analyses(of: sentence)
  }

  private static func analyze(_ word: String) -> Word {
    let folded = FeatureExtractor.folded(word)
    let stem = EnglishStemmer.stem(word)
    let scalars = word.unicodeScalars.count
    let isContent = !EnglishWords.stopwords.contains(word) && !word.unicodeScalars.allSatisfy(\.isASCIIDigit)
    return Word(
      stem: stem, isContent: isContent, isInducible: isContent && scalars >= 3, wordKey: "w:" + folded,
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
