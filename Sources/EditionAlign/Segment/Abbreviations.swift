/// English abbreviations by how they behave before the next word. Keys are lower case,
/// without the final period (`mr`, `u.s`, `a.m`); lookups ignore case.
enum Abbreviations {
  /// How an abbreviation relates to a sentence end after it.
  enum Kind {
    /// A title before a name (`Mr. Smith`, `Mt. Fuji`): never ends a sentence before a
    /// capitalized word or a number.
    case title
    /// Before a number only (`No. 5`, `p. 55`, `Sept. 5`): no end before a digit.
    case beforeNumber
    /// Ends a sentence when a capitalized word follows and the text before is a sentence
    /// (`… Pitt, Briggs & Co. It closed`, `at 6 P.M. Mr. Smith`).
    case suffix
    /// Never ends a sentence (`vs.`, `e.g.`, `i.e.`).
    case inner
  }

  static let titles: Set<String> = [
    "mr", "mrs", "ms", "mssrs", "messrs", "mme", "mlle", "dr", "drs", "prof", "profs", "gen", "gens", "lt", "col",
    "capt", "maj", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "sen", "sens", "rep", "reps", "gov", "govs",
    "pres", "rev", "hon", "st", "ste", "mt", "ft", "supt", "insp", "det", "atty", "amb", "gov", "rt", "fr", "sr",
    "lieut", "comdr", "msgr", "sec", "treas", "asst", "assoc", "dist", "pfc", "spc",
  ]

  static let beforeNumber: Set<String> = [
    "no", "nos", "nr", "n°", "nº", "vol", "vols", "fig", "figs", "p", "pp", "art", "ch", "chap", "para", "op",
    "tel", "ref", "pt", "pts", "sec", "secs", "ed", "eds", "ex", "cl", "div", "reg", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  static let suffixes: Set<String> = [
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "etc", "al", "a.m", "p.m", "ph.d",
    "m.d", "b.a", "m.a", "cos", "assn", "dept", "univ", "ave", "blvd", "rd", "sq", "hwy", "pl",
  ]

  static let inner: Set<String> = ["vs", "v", "e.g", "i.e", "cf", "viz", "ca", "approx", "esp", "incl", "w/o"]

  /// An abbreviation's key packed into 16 bytes of lower-case UTF-8, so the segmenter
  /// looks tokens up without building strings.
  struct Key: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The key of `scalars`, lower-cased; nil when longer than 16 UTF-8 bytes.
    init?<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
      var count = 0
      for scalar in scalars {
        var lowered = scalar
        if (0x41...0x5A).contains(scalar.value) { lowered = Unicode.Scalar(scalar.value + 0x20)! }
        for byte in UTF8.encode(lowered)! {
          if count >= 16 { return nil }
          if count < 8 { low |= UInt64(byte) << (8 * count) } else { high |= UInt64(byte) << (8 * (count - 8)) }
          count += 1
        }
      }
    }
  }

  /// Every abbreviation with its kind; where a key is in two lists, inner wins over title,
  /// title over suffix, suffix over before-number.
  static let kinds: [Key: Kind] = {
    var table: [Key: Kind] = [:]
    for key in beforeNumber { table[Key(key.unicodeScalars)!] = .beforeNumber }
    for key in suffixes { table[Key(key.unicodeScalars)!] = .suffix }
    for key in titles where key != "sr" { table[Key(key.unicodeScalars)!] = .title }
    for key in inner { table[Key(key.unicodeScalars)!] = .inner }
    return table
  }()

  /// The length in scalars of the longest abbreviation.
  static let longest = (beforeNumber.union(suffixes).union(titles).union(inner)).map(\.unicodeScalars.count).max() ?? 0

  static let months: Set<Key> = Set(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map {
      Key($0.unicodeScalars)!
    })

  /// Whether `key` is an abbreviated month (`sept`), which a capitalized word may follow
  /// mid-sentence only in a dateline.
  static func isMonth(_ key: Key) -> Bool { months.contains(key) }

  /// The kind of the abbreviation `scalars` spell (any case), or nil when it is none.
  static func kind<S: Sequence>(of scalars: S) -> Kind? where S.Element == Unicode.Scalar {
    guard let key = Key(scalars) else { return nil }
    return kinds[key]
  }

  /// Words that often begin an English sentence; after a dotted acronym (`U.S.`) one of
  /// them means a new sentence (`I live in the U.S. How about you?`), any other capitalized
  /// word a name (`the U.S. Government`).
  static let sentenceStarters: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "we", "they", "i", "you", "his",
    "her", "our", "their", "my", "your", "but", "and", "or", "so", "yet", "however", "meanwhile", "in", "on", "at",
    "as", "if", "when", "while", "after", "before", "since", "although", "though", "because", "what", "why",
    "how", "where", "who", "which", "there", "here", "some", "many", "most", "all", "now", "then", "still",
    "also", "moreover", "furthermore", "instead", "yes", "such", "last", "earlier", "later", "according",
    "for", "from", "with", "to", "by", "under", "despite", "both", "each", "every", "one", "two", "another",
    "other", "others", "nor", "neither", "unlike", "thus", "therefore", "indeed", "officials", "experts",
  ]
}
