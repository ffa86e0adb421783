import Synchronization

/// Matches names and loanwords across scripts: a Korean or Chinese word romanized by ICU
/// (`마체고라` → `machegola`, `陈清扬` → `chen qing yang`) against the English words of the
/// other edition, through a consonant skeleton that forgives the usual shifts of
/// romanization (l/r, p/f/b/v, k/g/c, t/d, ch/ts/j/z, epenthetic eu, vowels).
final class NameMatcher {
  private let index: NameIndex
  /// Opened when a word first needs ICU (Hangul syllables are romanized without it).
  private var opened: ICUTransliterator??
  private var transliterator: ICUTransliterator? {
    if let opened { return opened }
    let transliterator = try? ICUTransliterator.reused(index.transform)
    opened = .some(transliterator)
    return transliterator
  }
  private let romanized: RomanizationTable

  /// A word as the matcher compares it: the vowel form and consonant skeleton of its
  /// romanization (both empty when the romanization is shorter than 3 letters).
  struct Romanization: Sendable {
    var form = ""
    var skeleton = ""
  }

  /// Romanizations of one transform, shared by every matcher of the process: transliterating
  /// a word costs ~50,000 instructions, and the documents of a batch share most of their
  /// words. Emptied when it reaches `sharedLimit` words.
  final class RomanizationTable: Sendable {
    private let words = Mutex(RememberedValues<Romanization>(limit: NameMatcher.sharedLimit))

    func romanization(_ word: String) -> Romanization? { words.withLock { $0.known(word) } }

    func remember(_ word: String, _ romanization: Romanization) { words.withLock { $0.remember(word, romanization) } }
  }

  /// The table of each transform.
  private static let tables = Mutex<[String: RomanizationTable]>([:])
  private static let sharedLimit = 200_000

  /// A matcher over `index`, with its own transliterator: one per task.
  init(index: NameIndex) {
    self.index = index
    romanized = Self.tables.withLock { tables in
      if let table = tables[index.transform] { return table }
      let table = RomanizationTable()
      tables[index.transform] = table
      return table
    }
  }

  deinit { if let opened, let transliterator = opened { ICUTransliterator.recycle(transliterator) } }

  /// The English words `foreign` (Hangul or Han, no particles) may be a transliteration of.
  func matches(_ foreign: String) -> [String] {
    let word = romanization(foreign)
    let consonants = word.skeleton.utf8.count
    guard consonants >= 2, let first = index.firstEntry(ofSkeleton: word.skeleton) else { return [] }
    // Short skeletons match too much by chance: ask the vowels to agree as well.
    let vowelsToo = consonants <= index.minimumSkeleton
    var words: [String] = []
    index.forEachEntry(from: first) { entry in
      if !vowelsToo || entry.form == word.form { words.append(entry.word) }
    }
    return words
  }

  func romanization(_ foreign: String) -> Romanization {
    if let known = romanized.romanization(foreign) { return known }
    let native = index.transform == ICUTransliterator.hangulToLatin ? HangulRomanization.letters(foreign) : nil
    let latin = native ?? ((try? transliterator?.transliterate(foreign)) ?? nil).map { Self.asciiLetters($0) } ?? ""
    var word = Romanization()
    if latin.utf8.count >= 3 {
      word.form = Self.vowelForm(latin)
      word.skeleton = Self.skeleton(ofVowelForm: word.form)
    }
    romanized.remember(foreign, word)
    return word
  }

  static func asciiLetters(_ text: String) -> String {
    String(
      decoding: text.utf8.compactMap { b -> UInt8? in
        if (0x61...0x7A).contains(b) { return b }
        if (0x41...0x5A).contains(b) { return b + 0x20 }
        return nil
      }, as: UTF8.self)
  }

  /// Multi-letter spellings that romanizations swap, rewritten in this order.
  private static let spellings: [([UInt8], [UInt8])] = [
    ("eu", ""), ("eo", "o"), ("ae", "e"), ("oe", "e"), ("ph", "f"), ("x", "ks"), ("tch", "j"), ("ch", "j"),
    ("ts", "j"), ("tz", "j"), ("zh", "j"), ("sh", "s"), ("ck", "k"), ("qu", "kw"), ("q", "j"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// Then single letters: c k → g, t → d, p f v → b, l → r, z → j, y → i, w → u.
  private static let letters: [UInt8] = {
    var table = (0...255).map { UInt8($0) }
    let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
      ("c", "g"), ("k", "g"), ("t", "d"), ("p", "b"), ("f", "b"), ("v", "b"), ("l", "r"), ("z", "j"), ("y", "i"),
      ("w", "u"),
    ]
    for (from, to) in pairs { table[Int(from.value)] = UInt8(to.value) }
    return table
  }()

  /// Lower-case ASCII letters with the spellings that romanizations swap unified, doubled letters once.
  static func vowelForm(_ word: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(2 * word.utf8.count)
    for b in word.utf8 {
      if (0x61...0x7A).contains(b) { bytes.append(b) } else if (0x41...0x5A).contains(b) { bytes.append(b + 0x20) }
    }
    // Each spelling rewritten in a pass from one buffer into the other (made once).
    var out: [UInt8] = []
    out.reserveCapacity(2 * bytes.count + 1)
    for (from, to) in spellings where bytes.count >= from.count && bytes.contains(from[0]) {
      out.removeAll(keepingCapacity: true)
      var i = 0
      while i < bytes.count {
        if i + from.count <= bytes.count && bytes[i..<(i + from.count)].elementsEqual(from) {
          out += to
          i += from.count
        } else {
          out.append(bytes[i])
          i += 1
        }
      }
      swap(&bytes, &out)
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for byte in bytes {
      let mapped = letters[Int(byte)]
      if result.last != mapped { result.append(mapped) }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The vowel form and skeleton of an English word, remembered for the process: the
  /// English words of a batch's editions repeat from document to document.
  static func englishForm(_ word: String) -> Romanization {
    if let known = englishForms.romanization(word) { return known }
    let form = vowelForm(word)
    let known = Romanization(form: form, skeleton: skeleton(ofVowelForm: form))
    englishForms.remember(word, known)
    return known
  }

  private static let englishForms = RomanizationTable()

  /// The consonants of `vowelForm`: `matsegora` and `machegola` both give `mjgr`.
  static func skeleton(_ word: String) -> String {
    skeleton(ofVowelForm: vowelForm(word))
  }

  static func skeleton(ofVowelForm form: String) -> String {
    var consonants: [UInt8] = []
    consonants.reserveCapacity(form.utf8.count)
    for byte in form.utf8 {
      switch byte {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): continue
      default: consonants.append(byte)
      }
    }
    return String(decoding: consonants, as: UTF8.self)
  }
}

/// The English words of one edition indexed by romanization skeleton, shared by the
/// matchers of parallel tasks.
struct NameIndex: Sendable {
  /// The skeletons of the words (ids in the order they came), and the first entry of each:
  /// one array of entries for all, not an array a skeleton (a document has hundreds of them).
  private var skeletons = KeyTable()
  private var firstEntries: [Int32] = []
  private var lastEntries: [Int32] = []
  /// The words indexed, each once.
  private var indexed = KeyTable()
  /// English words (and adjacent capitalized pairs, `campdavid`), each once with its vowel
  /// form, and the next entry of its skeleton (-1: none), in the order the words came.
  private(set) var entries: [(word: String, form: String, next: Int32)] = []
  /// The ICU transform that romanizes the other edition.
  let transform: String
  /// Skeletons this short must match with their vowels too: Chinese syllables are short and
  /// many, so there skeletons of up to 3 consonants need their vowels.
  let minimumSkeleton: Int

  /// `words` indexed for `transform`, each word's vowel form and skeleton given by `form`
  /// (`NameMatcher.englishForm`, or a thread's table of them).
  init(
    englishWords words: some Collection<String>, transform: String,
    form: (String) -> NameMatcher.Romanization = NameMatcher.englishForm
  ) {
    self.transform = transform
    minimumSkeleton = transform.hasPrefix("Hangul") ? 2 : 3
    entries.reserveCapacity(words.underestimatedCount)
    // (At least 3 scalars: 12 bytes hold that many, ASCII bytes are scalars.)
    for word in words
    where word.utf8.count >= 12
      || (word.utf8.count >= 3 && (word.utf8.allSatisfy { $0 < 0x80 } || word.unicodeScalars.count >= 3))
    {
      // (A word has one skeleton: a word seen before is in its chain already.)
      let seen = indexed.count
      guard Int(indexed.id(word)) == seen else { continue }
      let known = form(word)
      guard known.skeleton.utf8.count >= 2 else { continue }
      append(word, form: known.form, skeleton: known.skeleton)
    }
  }

  /// `word` at the end of its skeleton's entries.
  private mutating func append(_ word: String, form: String, skeleton: String) {
    let added = Int32(entries.count)
    entries.append((word, form, -1))
    let id = Int(skeletons.id(skeleton))
    guard id < firstEntries.count else {
      firstEntries.append(added)
      lastEntries.append(added)
      return
    }
    entries[Int(lastEntries[id])].next = added
    lastEntries[id] = added
  }

  /// Every skeleton of the words, in the order they came.
  var skeletonStrings: [String] { skeletons.keyStrings }

  /// The first entry of `skeleton`, if any word has it.
  func firstEntry(ofSkeleton skeleton: String) -> Int32? {
    skeletons.existingID(skeleton).map { firstEntries[Int($0)] }
  }

  /// `body` for each entry of a skeleton, in order, from its first.
  func forEachEntry(from first: Int32, _ body: ((word: String, form: String, next: Int32)) -> Void) {
    var next = Int(first)
    while next >= 0 {
      body(entries[next])
      next = Int(entries[next].next)
    }
  }

  /// The entries of `skeleton`, in order.
  func words(of skeleton: String) -> [(word: String, form: String)] {
    var words: [(word: String, form: String)] = []
    if let first = firstEntry(ofSkeleton: skeleton) { forEachEntry(from: first) { words.append(($0.word, $0.form)) } }
    return words
  }
}
