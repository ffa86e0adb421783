import Synchronization

/// What a lexicon makes of Hangul runs, remembered for every document aligned with it: the
/// lexicon phrases, country abbreviations and leftover words of each run. News repeats its
/// words (with their particles) from article to article, and a reading costs particle
/// stripping and lexicon lookups; the name matching of the leftover words depends on the
/// other edition and is left to each document.
final class KoreanReadings: Sendable {
  /// One part of a run's reading, in the order of the run.
  enum Part: Sendable {
    /// Keys of a lexicon headword or an abbreviation (`e:` phrases).
    case phrases([String])
    /// A word no headword covers, particle stripped, of two scalars or more: a name to match.
    case word(String)
  }

  private let table = Mutex(RememberedValues<[Part]>(limit: KoreanReadings.limit))
  /// Tells the lexicons apart: every change to a lexicon gives it a new table, with a new
  /// number (never reused in a process, unlike an object's address).
  let serial = KoreanReadings.counter.add(1, ordering: .relaxed).newValue
  private static let counter = Atomic<Int>(0)
  /// Readings kept before the table starts over (a bound on memory for huge batches).
  static let limit = 200_000

  /// The reading of `run` made with `lexicon` (whose table this is): from the table, or
  /// made and kept. (No closure: one capturing the lexicon copied it, every table of it
  /// retained, for each run.)
  func reading(of run: String, separated: Bool, lexicon: Lexicon) -> [Part] {
    let key = separated ? "-" + run : run
    if let known = table.withLock({ $0.known(key) }) { return known }
    let parts = FeatureExtractor.koreanParts(run, separated: separated, lexicon: lexicon)
    table.withLock { $0.remember(key, parts) }
    return parts
  }
}
