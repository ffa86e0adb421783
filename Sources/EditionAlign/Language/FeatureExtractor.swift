import Foundation

/// Turns the sentences of two editions into `SentenceFeatures` in one key space.
///
/// The English edition (or, for two non-English editions, each) yields its words under
/// their stems and lexicon phrases; a Korean edition yields lexicon translations of its
/// words, hanja abbreviations, Latin tokens and numbers, and romanized names matched to the
/// English words; a Chinese or Japanese edition yields numbers, Latin tokens and names.
struct FeatureExtractor {
  let lexicon: Lexicon?

  /// Features of both editions' sentences.
  func extract(_ source: Edition, _ target: Edition) -> ([SentenceFeatures], [SentenceFeatures]) {
    let sourceIsLatin = Self.isLatinScript(source.language)
    let targetIsLatin = Self.isLatinScript(target.language)
    let cognates = sourceIsLatin && targetIsLatin && source.language != target.language
    // (Room for the keys of a short document of news, about twenty distinct keys a sentence:
    // it would grow once or twice; a long one's table grows as it needs.)
    var keys = KeyTable(expectedKeys: min(1 << 14, 20 * (source.sentences.count + target.sentences.count)))
    // Sentence counts compare only where the segmenter knows both languages.
    let counting =
      SentenceSegmenter.hasLanguageRules(source.language) && SentenceSegmenter.hasLanguageRules(target.language)
    let targetNeedsNames = !targetIsLatin && sourceIsLatin
    // What needs only the editions runs beside the passes that give the ids, which leave a
    // core idle: the target's name index beside the source's ids, the sentence counts
    // beside the target's.
    // (The source's name candidates come out of its features pass: its words read once.)
    let targetLanguage = target.language
    var (sourceFeatures, targetNames) = interned(
      source, isLatin: sourceIsLatin,
      names: !sourceIsLatin && targetIsLatin ? Self.nameIndex(source, pivot: target) : nil, cognates: cognates,
      nameCandidates: targetNeedsNames ? Self.takesLoanwords(targetLanguage) : nil, &keys
    ) { candidates in targetNeedsNames ? Self.nameIndex(targetLanguage, candidates: candidates) : nil }
    var (targetFeatures, counts) = interned(
      target, isLatin: targetIsLatin, names: targetNames, cognates: cognates, nameCandidates: nil, &keys
    ) { _ in counting ? (Self.sentenceCounts(source), Self.sentenceCounts(target)) : nil }
    if let (sourceCounts, targetCounts) = counts {
      for (k, count) in sourceCounts.enumerated() { sourceFeatures[k].sentenceCount = count }
      for (k, count) in targetCounts.enumerated() { targetFeatures[k].sentenceCount = count }
    }
    Self.setChances(&sourceFeatures, other: targetFeatures)
    Self.setChances(&targetFeatures, other: sourceFeatures)
    return (sourceFeatures, targetFeatures)
  }

  /// How many sentences' raw features (keys still strings, many times the size of the
  /// interned ones) exist at a time: a side is extracted and interned this many at a time.
  static let internChunk = 16_384

  /// The features of one edition's sentences, keys interned in `keys` in sentence order, and
  /// what `beside` gives, worked out beside the last pass that gives ids. `beside` is given
  /// the edition's name candidates (`nameCandidates(_:loanwords:)`, in sentence order) where
  /// `nameCandidates` says whether loanwords are among them; none where it is nil.
  private func interned<Beside: Sendable>(
    _ edition: Edition, isLatin: Bool, names: NameIndex?, cognates: Bool, nameCandidates: Bool?,
    _ keys: inout KeyTable, beside: @escaping @Sendable ([String]) -> Beside
  ) -> ([SentenceFeatures], Beside) {
    let numbered = Array(edition.sentences.enumerated())
    var features: [SentenceFeatures] = []
    features.reserveCapacity(numbered.count)
    var candidates: [String] = []
    var besideResult: Beside?
    for start in stride(from: 0, to: numbered.count, by: Self.internChunk) {
      let end = min(numbered.count, start + Self.internChunk)
      let chunk = Array(numbered[start..<end])
      let raw =
        isLatin
        ? latinFeatures(edition, chunk, cognates: cognates, nameCandidates: nameCandidates)
        : foreignFeatures(edition, chunk, names: names)
      for sentence in raw { candidates += sentence.nameCandidates }
      if end == numbered.count {
        let all = candidates
        let (interned, result) = Self.interned(raw, &keys) { beside(all) }
        features += interned
        besideResult = result
      } else {
        features += Self.interned(raw, &keys, beside: {}).0
      }
    }
    return (features, besideResult ?? beside(candidates))
  }

  /// A sentence's evidence with its keys still as strings, as the parallel extraction makes it.
  struct RawSentence: Sendable {
    struct Item: Sendable {
      var keys: [String]
      var weight: Float
    }
    var length: Double
    var items: [Item]
    var paragraph: Int
    var startsParagraph: Bool
    var endsParagraph: Bool
    /// Words no signal covers (Korean words outside the lexicon, content words of Latin
    /// script), which `DictionaryInduction` may pair with words of the other edition.
    var inducible: [String] = []
    /// The sentence's name candidates (`FeatureExtractor.nameCandidates`), where they were asked for.
    var nameCandidates: [String] = []

    /// Every key of the sentence, item after item, then the inducible words: the order
    /// `interned(ids:)` reads their ids in.
    func forEachKey(_ body: (String) -> Void) {
      for item in items { for key in item.keys { body(key) } }
      for word in inducible { body(word) }
    }

    /// The sentence's features, given the id of each key in `forEachKey`'s order.
    func interned(ids: ArraySlice<Int32>) -> SentenceFeatures {
      var features = SentenceFeatures(
        length: length, items: items.map { SentenceFeatures.Item(weight: $0.weight) }, paragraph: paragraph,
        startsParagraph: startsParagraph, endsParagraph: endsParagraph)
      var keys: [ItemKeys] = []
      keys.reserveCapacity(items.count)
      var next = ids.startIndex
      for item in items {
        keys.append(ItemKeys(ids[next..<(next + item.keys.count)]))
        next += item.keys.count
      }
      features.setKeys(keys)
      features.inducible = Array(ids[next...]).sortedDistinct()
      return features
    }
  }

  /// The features of `raw`, keys interned in `table` in sentence order: the ids given in one
  /// pass, on this thread (an id is the order of a key's first sight), the features made of
  /// them in parallel (sorting each sentence's keys is most of the work).
  /// `beside` runs on a thread of its own meanwhile.
  static func interned<Beside: Sendable>(
    _ raw: [RawSentence], _ table: inout KeyTable, beside: @escaping @Sendable () -> Beside
  ) -> ([SentenceFeatures], Beside) {
    var ids: [Int32] = []
    ids.reserveCapacity(
      raw.reduce(0) { total, sentence in
        sentence.items.reduce(total + sentence.inducible.count) { $0 + $1.keys.count }
      })
    var starts: [Int] = []
    starts.reserveCapacity(raw.count + 1)
    let besideResult = Parallel.alongside(raw.count, beside) {
      for sentence in raw {
        starts.append(ids.count)
        sentence.forEachKey { ids.append(table.id($0)) }
      }
      starts.append(ids.count)
    }
    let (allIDs, allStarts) = (ids, starts)
    let features = Parallel.map(Array(raw.indices), minimumPerChunk: 256) { k in
      raw[k].interned(ids: allIDs[allStarts[k]..<allStarts[k + 1]])
    }
    return (features, besideResult)
  }

  /// Sets each item's chance of being matched by a random sentence of the other edition:
  /// the share of its sentences holding the item's most frequent key (smoothed); marks
  /// the items the other edition cannot match at all.
  /// `North Korea` in every sentence of an editorial says little; `TASS` or `2000s` much.
  /// Only the sentences at `only` where it is given (the others are left as they are).
  static func setChances(_ features: inout [SentenceFeatures], other: [SentenceFeatures], only: [Int]? = nil) {
    // Key ids are dense (a `KeyTable`'s): counts in an array, not a dictionary.
    var bound = 0
    for sentence in other { if let last = sentence.keySet.keys.last { bound = max(bound, Int(last) + 1) } }
    var counts = [Int32](repeating: 0, count: bound)
    for sentence in other { for key in sentence.keySet { counts[Int(key)] += 1 } }
    let frequency = counts
    let count = Float(other.count)
    let update: @Sendable (inout SentenceFeatures) -> Void = { sentence in
      // (The counts on the stack: an array a sentence cost more than filling it.)
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, sentence.items.count)) { counts in
        sentence.mostFrequentKeyCounts(
          frequency, into: UnsafeMutableBufferPointer(rebasing: counts[..<sentence.items.count]))
        for k in sentence.items.indices {
          let most = counts[k]
          sentence.items[k].matchable = most > 0
          // Smoothed toward 1 in 20, so that a short document does not make every item look common.
          sentence.items[k].chance = min(0.95, (Float(most) + 0.5) / (count + 10))
        }
      }
      // Matchable items first (in their order, then the others in theirs), so that the match
      // masks cover them; the keys are sorted again only when an item moved.
      let firstUnmatchable = sentence.items.firstIndex { !$0.matchable } ?? sentence.items.count
      if sentence.items[firstUnmatchable...].contains(where: \.matchable) {
        var order: [Int] = []
        order.reserveCapacity(sentence.items.count)
        for k in sentence.items.indices where sentence.items[k].matchable { order.append(k) }
        for k in sentence.items.indices where !sentence.items[k].matchable { order.append(k) }
        sentence.reorderItems(order)
      }
      sentence.indexKeys()
    }
    if let only {
      Parallel.update(&features, at: only, minimumPerChunk: 256, update)
    } else {
      Parallel.update(&features, minimumPerChunk: 256, update)
    }
  }

  /// How many sentences the segmenter finds in each unit of a presplit edition, whose lines
  /// may each hold several; 1 for each sentence of an edition the segmenter split itself.
  static func sentenceCounts(_ edition: Edition) -> [Int] {
    let sentences = edition.sentences
    guard edition.shape == .presplit else { return Array(repeating: 1, count: sentences.count) }
    let language = edition.language
    return Parallel.map(sentences, minimumPerChunk: 256, context: SentenceSegmenter.Lease(language)) {
      lease, sentence in
      isOneSentenceAtMost(sentence.text) ? 1 : max(1, lease.segmenter.sentenceRanges(in: sentence.text).count)
    }
  }

  /// Whether `text` cannot hold two sentences: every place the segmenter (and ICU under it)
  /// may cut is after a terminator, at a line or paragraph separator, or at a list marker
  /// (`1.`, `a)`, `•`) — and `text` has none of them but in its final run of terminators,
  /// closers and spaces. Most presplit lines of Korean are such, and skip the segmenter.
  static func isOneSentenceAtMost(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(isOneSentenceAtMost)
  }

  /// `isOneSentenceAtMost` on valid UTF-8, each scalar decoded in place.
  private static func isOneSentenceAtMost(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var sawCut = false
    var k = 0
    while k < bytes.count {
      let (v, length) = UTF8Bytes.scalar(bytes, at: k)
      k += length
      let scalar = Unicode.Scalar(v) ?? " "
      if v < 0x80 {
        switch v {
        case 0x0A...0x0D, 0x29: return false  // separators, `)` of `a)` and `(1)`
        case 0x21, 0x2E, 0x3F:
          sawCut = true
          continue
        case 0x20, 0x09, 0x22, 0x27, 0x5D, 0x7D, 0x3E: continue  // spaces and closers keep the final run open
        default:
          if sawCut { return false }
          continue
        }
      }
      // Hangul syllables and CJK ideographs, most of a Korean line: no terminator, no closer.
      if (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) {
        if sawCut { return false }
        continue
      }
      if v == 0x85 || v == 0x2028 || v == 0x2029 || ListMarkers.bulletIndex(scalar) != nil { return false }
      if scalar.isSentenceTerminator || scalar.properties.isSentenceTerminal || v == 0x2024 || v == 0xFE52
        || v == 0xFF0E
      {
        sawCut = true
        continue
      }
      if scalar.isCloser || scalar.isSpace { continue }
      if sawCut { return false }
    }
    return true
  }

  static func isLatinScript(_ language: Language) -> Bool {
    ![
      Language.korean, .chinese, .japanese, Language("ru"), Language("uk"), Language("ar"), Language("he"),
      Language("th"),
    ]
    .contains(language)
  }

  // MARK: English and other Latin-script editions

  /// The raw features of Latin-script sentences, with their name candidates where
  /// `nameCandidates` is not nil (whether loanwords are among them).
  func latinFeatures(
    _ edition: Edition, _ sentences: [(offset: Int, element: Sentence)], cognates: Bool, nameCandidates: Bool?
  ) -> [RawSentence] {
    let lexicon = self.lexicon
    return Parallel.map(sentences, context: EnglishWordTable.lease()) { lease, pair in
      let (index, sentence) = pair
      let normalized = sentence.normalized
      let (words, capitalized) = lease.table.analyses(
        ofText: normalized, original: nameCandidates == nil ? nil : sentence.text)
      var items: [RawSentence.Item] = []
      items.reserveCapacity(words.count + 4)
      // The item of each word position, -1 for none.
      var itemAt = [Int](repeating: -1, count: words.count)
      for (position, word) in words.enumerated() where word.isContent {
        var itemKeys = [word.wordKey, word.stemKey]
        if cognates, let prefixKey = word.prefixKey { itemKeys.append(prefixKey) }
        itemAt[position] = items.count
        items.append(.init(keys: itemKeys, weight: 1))
      }
      // Lexicon phrases: `north korea`, `national assembly`, `war of attrition`.
      if let lexicon {
        let stems = words.map(\.stem)
        for start in stems.indices {
          for (length, phrase) in lexicon.englishPhrases(in: stems, at: start) {
            let key = "e:" + phrase
            for position in start..<start + length where itemAt[position] >= 0 {
              items[itemAt[position]].keys.append(key)
            }
          }
        }
      }
      for value in NumberValues.english(normalized) {
        items.append(.init(keys: [value.key], weight: 2))
      }
      var raw = Self.features(sentence, normalized, index: index, edition: edition, items: items)
      // (Not a filter, then a map: the filter copied the words, each string retained.)
      raw.inducible = words.compactMap { $0.isInducible ? $0.wordKey : nil }
      if let loanwords = nameCandidates {
        // The words of the matching form are the original's lower-cased where `capitalized` is
        // given; otherwise the original is read again.
        if let capitalized {
          raw.nameCandidates = Self.nameCandidates(words.count, loanwords: loanwords) {
            (words[$0].word, capitalized[$0], words[$0].isStopword)
          }
        } else {
          let named = lease.table.nameWords(ofText: sentence.text)
          raw.nameCandidates = Self.nameCandidates(named.count, loanwords: loanwords) {
            (named[$0].lower, named[$0].isCapitalized, named[$0].isStopword)
          }
        }
      }
      return raw
    }
  }

  /// `word` without diacritics (`expédition` → `expedition`), for cognates across Latin scripts.
  static func folded(_ word: String) -> String {
    guard word.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return word }
    let decomposed = (try? ICU.normalize(word, .nfkc)) ?? word
    return String(
      decomposed.decomposedStringWithCanonicalMappingScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        .map(Character.init))
  }

  // MARK: Korean, Chinese, Japanese editions

  /// The English words of `pivot` that names of `edition` are romanized against.
  private static func nameIndex(_ edition: Edition, pivot: Edition) -> NameIndex {
    nameIndex(edition.language, candidates: nameCandidates(pivot, loanwords: takesLoanwords(edition.language)))
  }

  /// The name candidates of an English edition (`nameCandidates(_:loanwords:)`) indexed for
  /// the names of an edition in `language`.
  private static func nameIndex(_ language: Language, candidates: [String]) -> NameIndex {
    let transform = language == .korean ? ICUTransliterator.hangulToLatin : ICUTransliterator.anyToASCII
    // (Leased once the candidates' leases are back: one table a thread, not two at once.)
    let lease = EnglishWordTable.lease()
    return NameIndex(englishWords: candidates, transform: transform, form: lease.table.englishForm)
  }

  /// Whether the names of an edition in `language` are matched against every content word
  /// of the English one, not only the capitalized: Korean borrows many (스마트폰, 인터뷰).
  private static func takesLoanwords(_ language: Language) -> Bool { language == .korean }

  private func foreignFeatures(
    _ edition: Edition, _ sentences: [(offset: Int, element: Sentence)], names index: NameIndex?
  ) -> [RawSentence] {
    let korean = edition.language == .korean
    // The lexicon bound apart: a run's reading through `self` copied the extractor (and
    // retained every table of its lexicon) for each run.
    let lexicon = self.lexicon
    return Parallel.map(sentences, context: ForeignRuns(names: index.map { NameMatcher(index: $0) })) {
      runs, pair in
      let names = runs.names
      let (index, sentence) = pair
      let text = sentence.normalized
      // (About a run in 8 bytes of Korean, an item or an unknown word each.)
      var items: [RawSentence.Item] = []
      items.reserveCapacity(text.utf8.count / 6 + 4)
      var unknown: [String] = []
      unknown.reserveCapacity(text.utf8.count / 16 + 2)
      for run in ScriptRuns.split(text) {
        switch run.script {
        case .latin:
          let word = run.text
          if EnglishWords.stopwords.contains(word) { continue }
          items.append(.init(keys: ["w:" + word, "e:" + EnglishStemmer.stem(word)], weight: 1))
        case .hangul where korean:
          let read = runs.korean(run.text, separated: run.separatedByDash) { text, separated in
            var unknown: [String] = []
            let items = Self.koreanItems(
              text, separated: separated, names: names, lexicon: lexicon, unknown: &unknown)
            return (items, unknown)
          }
          items += read.items
          unknown += read.unknown
        case .han:
          if korean, let hanja = KoreanWords.hanja(run.text) {
            items += hanja.map { .init(keys: $0.map { "e:" + $0 }, weight: 1) }
          } else if !korean, let names {
            // (A Korean edition's matcher romanizes Hangul only: its Han runs never match a name.)
            items += Self.chineseNameItems(run.text, names: names)
          }
        case .hangul, .kana, .digits, .other:
          continue
        }
      }
      if let lexicon {
        for headword in lexicon.phraseHeadwords(in: text) {
          items.append(.init(keys: lexicon.lookup(headword)!.map { "e:" + $0 }, weight: 1))
        }
      }
      let values =
        korean
        ? NumberValues.korean(text)
        : (edition.language == .chinese || edition.language == .japanese
          ? NumberValues.chinese(text) : NumberValues.english(text))
      for value in values { items.append(.init(keys: [value.key], weight: 2)) }
      var raw = Self.features(sentence, text, index: index, edition: edition, items: items)
      raw.inducible = unknown
      return raw
    }
  }

  /// One task's reading of Hangul runs, remembered: news repeats its words (with their
  /// particles) often, and each reading costs lexicon lookups and a transliteration.
  final class ForeignRuns {
    let names: NameMatcher?
    /// Each run read, with its reading.
    private var readings = RememberedValues<(items: [RawSentence.Item], unknown: [String])>(limit: 200_000)

    init(names: NameMatcher?) { self.names = names }

    func korean(
      _ run: String, separated: Bool, _ read: (String, Bool) -> (items: [RawSentence.Item], unknown: [String])
    ) -> (items: [RawSentence.Item], unknown: [String]) {
      readings.value(of: separated ? "-" + run : run) { _ in read(run, separated) }
    }
  }

  /// Items of a Hangul run: lexicon words found by longest match, abbreviations (`북-중-러`,
  /// `한미일`), and the rest matched as names.
  private static func koreanItems(
    _ run: String, separated: Bool, names: NameMatcher?, lexicon: Lexicon?, unknown: inout [String]
  ) -> [RawSentence.Item] {
    let parts =
      lexicon?.reading(of: run, separated: separated) ?? Self.koreanParts(run, separated: separated, lexicon: nil)
    var items: [RawSentence.Item] = []
    for part in parts {
      switch part {
      case .phrases(let keys):
        items.append(.init(keys: keys, weight: 1))
      case .word(let word):
        let matches = names?.matches(word) ?? []
        if matches.isEmpty {
          unknown.append("u:" + word)
        } else {
          items.append(.init(keys: matches.map { "w:" + $0 }, weight: 1.5))
        }
      }
    }
    return items
  }

  /// What `lexicon` makes of a Hangul run, names aside (see `KoreanReadings`).
  static func koreanParts(_ run: String, separated: Bool, lexicon: Lexicon?) -> [KoreanReadings.Part] {
    let stripped = KoreanWords.strippingParticle(run)
    if let abbreviations = KoreanWords.abbreviations(stripped, separated: separated) {
      return abbreviations.map { .phrases($0.map { "e:" + $0 }) }
    }
    var parts: [KoreanReadings.Part] = []
    for piece in KoreanWords.segment(run, lexicon: lexicon) {
      switch piece {
      case .known(let phrases):
        parts.append(.phrases(phrases.map { "e:" + $0 }))
      case .unknown(let text):
        let word = KoreanWords.strippingParticle(text)
        guard word.unicodeScalars.count >= 2 else { continue }
        parts.append(.word(word))
      }
    }
    return parts
  }

  /// Names in a run of Han characters: substrings of two to four characters whose pinyin
  /// matches an English word of the other edition (`陈清扬` ~ `chenqingyang`).
  private static func chineseNameItems(_ run: String, names: NameMatcher) -> [RawSentence.Item] {
    let scalars = UTF8Bytes.scalars(of: run)
    var items: [RawSentence.Item] = []
    var i = 0
    while i < scalars.count {
      var matched = false
      for length in stride(from: min(4, scalars.count - i), through: 2, by: -1) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[i..<i + length])
        let matches = names.matches(String(view))
        if !matches.isEmpty {
          items.append(.init(keys: matches.map { "w:" + $0 }, weight: 1.5))
          i += length
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return items
  }

  /// English words a foreign word may transliterate: capitalized words (names), all content
  /// words too where `loanwords` (Korean borrows many: 스마트폰, 인터뷰), and adjacent
  /// capitalized words run together (`Camp David` → `campdavid`, `Chen Qingyang` → `chenqingyang`);
  /// each once a stretch of 512 sentences (`NameIndex` keeps each once in all).
  static func nameCandidates(_ edition: Edition, loanwords: Bool) -> [String] {
    // Stretches of sentences in parallel, each word once a stretch, in the order they come.
    let sentences = edition.sentences
    let stretch = 512
    let starts = Array(stride(from: 0, to: sentences.count, by: stretch))
    let stretches = Parallel.map(starts, minimumPerChunk: 1, context: EnglishWordTable.lease()) { lease, start in
      var seen = KeyTable()
      var candidates: [String] = []
      for sentence in sentences[start..<min(sentences.count, start + stretch)] {
        let words = lease.table.nameWords(ofText: sentence.text)
        for candidate in nameCandidates(
          words.count, loanwords: loanwords,
          {
            (words[$0].lower, words[$0].isCapitalized, words[$0].isStopword)
          })
        {
          let count = seen.count
          if Int(seen.id(candidate)) == count { candidates.append(candidate) }
        }
      }
      return candidates
    }
    return Array(stretches.joined())
  }

  /// The name candidates of one sentence's `count` words (`word(k)`: the k-th lower-cased,
  /// whether capitalized in the text, whether a stopword), in order, as often as they come.
  @inline(__always)
  static func nameCandidates(
    _ count: Int, loanwords: Bool, _ word: (Int) -> (lower: String, isCapitalized: Bool, isStopword: Bool)
  ) -> [String] {
    var candidates: [String] = []
    var previousCapitalized: String?
    for k in 0..<count {
      let word = word(k)
      if (loanwords || word.isCapitalized) && !word.isStopword { candidates.append(word.lower) }
      if word.isCapitalized, let previous = previousCapitalized { candidates.append(previous + word.lower) }
      previousCapitalized = word.isCapitalized ? word.lower : nil
    }
    return candidates
  }

  /// Punctuation every script shares, after the matching form unified it: a question, an
  /// exclamation, a quotation, a colon, parentheses, an ellipsis.
  static func punctuationKeys(_ normalized: String) -> [String] {
    var question = false
    var exclamation = false
    var quote = false
    var colon = false
    var parenthesis = false
    var ellipsis = false
    var periods = 0
    var normalized = normalized
    // On the bytes: `「` `『` `…` are the only scalars past ASCII it looks for (E3 80 8C,
    // E3 80 8E, E2 80 A6); a continuation byte ends a run of periods as its scalar does.
    normalized.withUTF8 { bytes in
      for k in bytes.indices {
        switch bytes[k] {
        case 0x3F: question = true
        case 0x21: exclamation = true
        case 0x22: quote = true
        case 0x3A: colon = true
        case 0x28: parenthesis = true
        case 0x8C, 0x8E:
          if k >= 2 && bytes[k - 2] == 0xE3 && bytes[k - 1] == 0x80 { quote = true }
        case 0xA6:
          if k >= 2 && bytes[k - 2] == 0xE2 && bytes[k - 1] == 0x80 { ellipsis = true }
        default: break
        }
        if bytes[k] == 0x2E {
          periods += 1
          if periods >= 3 { ellipsis = true }
        } else {
          periods = 0
        }
      }
    }
    var keys: [String] = []
    if question { keys.append("q:?") }
    if exclamation { keys.append("q:!") }
    if quote { keys.append("q:quote") }
    if colon { keys.append("q::") }
    if parenthesis { keys.append("q:(") }
    if ellipsis { keys.append("q:...") }
    return keys
  }

  private static func features(
    _ sentence: Sentence, _ normalized: String, index: Int, edition: Edition, items: [RawSentence.Item]
  ) -> RawSentence {
    var items = items
    for key in punctuationKeys(normalized) { items.append(.init(keys: [key], weight: 1)) }
    let paragraph = edition.paragraphs[sentence.paragraph]
    return RawSentence(
      length: Double(sentence.text.nonSpaceScalarCount), items: items,
      paragraph: sentence.paragraph, startsParagraph: paragraph.sentences.first?.index == index,
      endsParagraph: paragraph.sentences.last?.index == index)
  }
}

extension String {
  /// The canonical decomposition's scalars (NFD), for stripping diacritics.
  var decomposedStringWithCanonicalMappingScalars: [Unicode.Scalar] {
    Array(((try? ICU.normalize(self, .nfd)) ?? self).unicodeScalars)
  }
}
