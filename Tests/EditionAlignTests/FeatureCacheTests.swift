import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// The tables that remember what the features made of a word against working it out afresh,
/// on the fixture pairs (words repeated within a document and across documents).
@Suite struct FeatureCacheTests {
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
            stem: EnglishStemmer.stem(word), isContent: content, isInducible: content && word.unicodeScalars.count >= 3,
            wordKey: "w:" + folded, stemKey: "e:" + EnglishStemmer.stem(word),
            prefixKey: word.unicodeScalars.count >= 6 ? "p:" + String(folded.prefix(5)) : nil)
          if analysis != expected { Issue.record("\(word): \(analysis), not \(expected)") }
        }
      }
    }
    #expect(repeated > words / 2)
  }
}
