import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// The features' faster paths (tables that remember, loops on bytes) against the plain ways
/// they replace, on the fixture pairs and on text made to trip them.
@Suite struct FeatureFastPathTests {
  /// Every sentence of the fixture pairs, both editions, in matching form.
  static func sentences() throws -> [String] {
    try SearchTests.fixtures.flatMap { name in
      try ["en", "ko"].flatMap { side in
        try Support.read(Support.path("Fixtures/pairs/\(name).\(side).txt")).sentences.map(\.normalized)
      }
    }
  }

  /// Text that mixes scripts, dashes and middle dots at run edges, digits inside words.
  static let tricky = [
    "북-중-러 정상이 한·미·일 TASS통신과의 인터뷰에서 2020년대 G20를 언급했다", "-서울-", "·한", "ㆍ미ㆍ", "中・日 関係",
    "한 -서울 ·미 x", "서울- 부산", "", " ", "a", "3", "한", "漢字와 한글 mixed-up 텍스트 x86-64", "“인용” — 끝…",
    "Ωmega café naïve 123abc",
  ]

  /// `ScriptRuns.split` scalar by scalar, as it was before it read bytes.
  static func plainRuns(_ text: String) -> [(ScriptRuns.Script, String, Bool)] {
    let scalars = Array(text.unicodeScalars)
    func isDash(_ k: Int) -> Bool {
      guard k >= 0 && k < scalars.count else { return false }
      return ["-", "\u{B7}", "\u{318D}", "\u{30FB}"].contains(scalars[k])
    }
    var runs: [(ScriptRuns.Script, String, Bool)] = []
    var i = 0
    while i < scalars.count {
      let kind = ScriptRuns.script(of: scalars[i])
      var j = i + 1
      while j < scalars.count && ScriptRuns.script(of: scalars[j]) == kind { j += 1 }
      if kind != .other {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[i..<j])
        runs.append((kind, String(view), isDash(i - 1) || isDash(j)))
      }
      i = j
    }
    return runs
  }

  @Test func aWarmTableGivesTheNameIndexTheWordsAndFormsWorkedOutAfresh() throws {
    let warm = EnglishWordTable()
    for name in SearchTests.fixtures + SearchTests.fixtures.reversed() {
      let edition = try Support.read(Support.path("Fixtures/pairs/\(name).en.txt"))
      var candidates: [String] = []
      for sentence in edition.sentences {
        let words = EnglishWords.words(in: sentence.text)
        for (word, named) in zip(words, warm.nameWords(of: words)) {
          let lower = word.lowercased()
          let expected = EnglishWordTable.NameWord(
            lower: lower, isCapitalized: word.first?.isUppercase == true,
            isStopword: EnglishWords.stopwords.contains(lower))
          #expect(named == expected, "\(word)")
          candidates.append(lower)
        }
      }
      let fresh = NameIndex(englishWords: candidates, transform: ICUTransliterator.hangulToLatin)
      let fromTable = NameIndex(
        englishWords: candidates, transform: ICUTransliterator.hangulToLatin, form: warm.englishForm)
      #expect(fresh.skeletonStrings.count > 20)
      #expect(fresh.skeletonStrings == fromTable.skeletonStrings)
      for skeleton in fresh.skeletonStrings {
        let words = fresh.words(of: skeleton).map { "\($0.word) \($0.form)" }
        #expect(words == fromTable.words(of: skeleton).map { "\($0.word) \($0.form)" })
        #expect(words.count == Set(words).count)
      }
    }
  }

  @Test func particlesStrippedOnBytesAreTheScalarsSuffixes() throws {
    var runs = ["", "는", "사람은", "서울에서부터", "에서", "에서는", "한국과의", "들", "사람들", "ㄱㄴ는", "abc는", "가는", "가나는"]
    for text in try Self.sentences() {
      runs += ScriptRuns.split(text).filter { $0.script == .hangul }.map(\.text)
    }
    for run in runs {
      let scalars = Array(run.unicodeScalars)
      var expected = run
      for particle in KoreanWords.particles {
        let ending = Array(particle.unicodeScalars)
        if scalars.count - ending.count >= 2 && scalars.suffix(ending.count).elementsEqual(ending) {
          var view = String.UnicodeScalarView()
          view.append(contentsOf: scalars.dropLast(ending.count))
          expected = String(view)
          break
        }
      }
      #expect(KoreanWords.strippingParticle(run) == expected, "\(run)")
    }
  }

  @Test func vowelFormsRewriteEachSpellingInTurnThenTheLetters() throws {
    let spellings = [
      ("eu", ""), ("eo", "o"), ("ae", "e"), ("oe", "e"), ("ph", "f"), ("x", "ks"), ("tch", "j"), ("ch", "j"),
      ("ts", "j"), ("tz", "j"), ("zh", "j"), ("sh", "s"), ("ck", "k"), ("qu", "kw"), ("q", "j"),
    ]
    let letters: [Character: Character] = [
      "c": "g", "k": "g", "t": "d", "p": "b", "f": "b", "v": "b", "l": "r", "z": "j", "y": "i", "w": "u",
    ]
    var words = ["", "Machegola", "matsegora", "teus", "Phoenix", "Xiaoping", "Zhou", "quick", "Tchaikovsky", "eueu"]
    for sentence in try Self.sentences() { words += EnglishWords.words(in: sentence) }
    for word in words {
      var form = String(word.unicodeScalars.filter { $0.isASCIILetter }.map(Character.init)).lowercased()
      for (from, to) in spellings { form = form.replacingOccurrences(of: from, with: to) }
      var expected = ""
      for c in form {
        let mapped = letters[c] ?? c
        if expected.last != mapped { expected.append(mapped) }
      }
      #expect(NameMatcher.vowelForm(word) == expected, "\(word)")
    }
  }

  @Test func punctuationKeysOnBytesAreTheKeysOfTheScalars() throws {
    let marks = ["그는 「왜?」라고 물었다…", "Wait... what!", "a.. b", "(1) 『책』: 끝", "\u{2026}", "..", "x\u{300C}", "."]
    for text in try Self.sentences() + Self.tricky + marks {
      var keys: [String] = []
      let scalars = Array(text.unicodeScalars)
      if scalars.contains("?") { keys.append("q:?") }
      if scalars.contains("!") { keys.append("q:!") }
      if scalars.contains(where: { ["\"", "\u{300C}", "\u{300E}"].contains($0) }) { keys.append("q:quote") }
      if scalars.contains(":") { keys.append("q::") }
      if scalars.contains("(") { keys.append("q:(") }
      if scalars.contains("\u{2026}") || text.contains("...") { keys.append("q:...") }
      #expect(FeatureExtractor.punctuationKeys(text) == keys, "\(text)")
    }
  }

  @Test func phraseHeadwordsAreTheHeadwordsTheTextHolds() throws {
    // The built-in phrases and phrases made to share first words, second words and starts.
    let added = try Lexicon(
      hunalign: """
        north korea @ 북 한
        south korea @ 남 한
        national assembly @ 국회 의사당
        ruling party @ 여 당 대표
        trade talks @ 통상 협상
        trade war @ 통상 전쟁
        summit @ 정상 회담
        summit meeting @ 정상 회의 장소
        """, source: "test")
    let lexicon = try #require(Aligner(options: AlignOptions(dictionary: added)).lexicon(for: .english, .korean))
    let headwords = lexicon.phraseHeadwordSet.sorted()
    #expect(headwords.count > 20)
    // Each headword alone, after a word, fused to the word before it, twice, and beside another.
    var texts = try Self.sentences() + Self.tricky
    for (k, headword) in headwords.enumerated() {
      let other = headwords[(k * 31) % headwords.count]
      texts += [
        headword, "앞 \(headword)를 뒤", "앞\(headword) 뒤", "\(headword) \(headword)", "\(other) 그리고 \(headword)에서",
        String(headword.dropLast()),
      ]
    }
    for text in texts {
      let found = lexicon.phraseHeadwords(in: text)
      let bytes = Array(text.utf8)
      let plain = headwords.filter { headword in
        let needle = Array(headword.utf8)
        return bytes.count >= needle.count
          && (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
      }
      #expect(found.count == Set(found).count, "\(text): \(found)")
      #expect(Set(found) == Set(plain), "\(text)")
    }
  }

  @Test func scriptRunsOnBytesAreTheRunsOfTheScalars() throws {
    for text in try Self.sentences() + Self.tricky {
      let runs = ScriptRuns.split(text).map { ($0.script, $0.text, $0.separatedByDash) }
      let plain = Self.plainRuns(text)
      if runs.count != plain.count || zip(runs, plain).contains(where: { $0 != $1 }) {
        Issue.record("\(text): \(runs), not \(plain)")
      }
    }
  }

  @Test func aWarmWordTableGivesEveryWordTheAnalysisWorkedOutAfresh() throws {
    let warm = EnglishWordTable()
    var words = 0
    var repeated = 0
    var seen = Set<String>()
    for name in SearchTests.fixtures + SearchTests.fixtures.reversed() {
      for sentence in try Support.read(Support.path("Fixtures/pairs/\(name).en.txt")).sentences {
        let sentenceWords = EnglishWords.words(in: sentence.normalized)
        for (word, analysis) in zip(sentenceWords, warm.analyses(of: sentenceWords)) {
          words += 1
          if !seen.insert(word).inserted { repeated += 1 }
          let folded = FeatureExtractor.folded(word)
          let content = !EnglishWords.stopwords.contains(word) && !word.unicodeScalars.allSatisfy(\.isASCIIDigit)
          let expected = EnglishWordTable.Word(
            word: word, stem: EnglishStemmer.stem(word), isStopword: EnglishWords.stopwords.contains(word),
            isContent: content, isInducible: content && word.unicodeScalars.count >= 3,
            wordKey: "w:" + folded, stemKey: "e:" + EnglishStemmer.stem(word),
            prefixKey: word.unicodeScalars.count >= 6 ? "p:" + String(folded.prefix(5)) : nil)
          if analysis != expected { Issue.record("\(word): \(analysis), not \(expected)") }
        }
      }
    }
    #expect(repeated > words / 2)
  }

  @Test func aSentenceLookedUpOnItsBytesGetsTheWordsOfItsWords() throws {
    let warm = EnglishWordTable()
    let dotted = [
      "The U.S. and U.N. met.", "a.b.c. x.y", "don't 'quote' it's", "co-op 3.5% 1990s", "Mr. Kim's U.S.-led",
    ]
    let texts = try Self.sentences() + Self.tricky + dotted
    for text in texts + texts {
      let words = EnglishWords.words(in: text)
      #expect(warm.analyses(ofText: text) == EnglishWordTable().analyses(of: words), "\(text)")
      #expect(warm.nameWords(ofText: text) == EnglishWordTable().nameWords(of: words), "\(text)")
      #expect(warm.analyses(ofText: text).count == words.count)
    }
  }

  @Test func theFeaturesPassGivesTheNameCandidatesReadingTheOriginalGives() throws {
    let extractor = FeatureExtractor(lexicon: .koreanEnglishNews)
    let made = [
      "The U.S. and the U.N. met in Camp David.", "Kim Jong Un met Xi Jinping.", "KOREA'S Moon Jae-in spoke",
      "Café Olé in São Paulo", "Smartphone sales rose at Samsung Electronics", "iPhone and eBay", "A B C d E",
    ]
    let fixtures = try SearchTests.fixtures.map { try Support.read(Support.path("Fixtures/pairs/\($0).en.txt")) }
    let madeEdition = try EditionReader(options: ReadOptions(language: .english, shape: .presplit))
      .read(bytes: Array(made.joined(separator: "\n").utf8), source: "made.txt")
    let editions = fixtures + [madeEdition]
    for edition in editions {
      for loanwords in [true, false] {
        let raw = extractor.latinFeatures(
          edition, Array(edition.sentences.enumerated()), cognates: false, nameCandidates: loanwords)
        let fromFeatures = raw.flatMap(\.nameCandidates)
        let read = FeatureExtractor.nameCandidates(edition, loanwords: loanwords)
        #expect(Set(fromFeatures) == Set(read))
        #expect(fromFeatures.count >= read.count)
        #expect(!read.isEmpty)
      }
    }
  }

  @Test func textTheNumberPrefilterPassesOverHoldsNoNumber() throws {
    let made = [
      "one", "On", "two too", "the first half", "may many", "March marches", "mar", "a dozen eggs", "third-party",
      "twenty twentyfold", "sept sepulchre", "no numbers here at all", "Fifth Avenue", "jan. feb. dec.", "",
      "x", "elevenses", "hundreds", "seconds later",
    ]
    var passedOver = 0
    for text in try Self.sentences() + Self.tricky + made + made.map(MatchingForm.of) {
      let values = NumberValues.readEnglish(text)
      if !NumberValues.mayHoldEnglishValues(text) {
        passedOver += 1
        #expect(values.isEmpty, "\(text): \(values)")
      }
    }
    #expect(passedOver > 20)
  }
}
