/// Throughput of EditionAlign's segmenter beside ICU's raw sentence break iteration on
/// the same paragraphs.
package struct SegmentationBenchmark: Sendable {
  /// Bytes of UTF-8 text segmented per pass.
  public var bytes: Int
  /// Raw ICU break iteration, in MB/s (10^6 bytes per second).
  public var icuMegabytesPerSecond: Double
  /// `SentenceSegmenter`, in MB/s.
  public var segmenterMegabytesPerSecond: Double
  /// Sentences found by each.
  public var icuSentences: Int
  public var segmenterSentences: Int

  /// Segments `paragraphs` `passes` times with each and keeps the best pass of each.
  public static func measure(paragraphs: [String], language: Language, passes: Int = 5) throws -> SegmentationBenchmark
  {
    let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
    let iterator = try ICUBreakIterator(.sentence, locale: language.rawValue)
    let segmenter = SentenceSegmenter(language: language)
    let clock = ContinuousClock()
    var bestICU = Duration.seconds(1_000_000)
    var bestOurs = Duration.seconds(1_000_000)
    var icuCount = 0
    var ourCount = 0
    for _ in 0..<passes {
      icuCount = 0
      let icuTime = clock.measure {
        for paragraph in paragraphs { icuCount += iterator.offsets(utf16: Array(paragraph.utf16)).count }
      }
      ourCount = 0
      let ourTime = clock.measure {
        for paragraph in paragraphs { ourCount += segmenter.sentenceRanges(in: paragraph).count }
      }
      bestICU = min(bestICU, icuTime)
      bestOurs = min(bestOurs, ourTime)
    }
    func rate(_ d: Duration) -> Double {
      let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
      return Double(bytes) / 1e6 / seconds
    }
    return SegmentationBenchmark(
      bytes: bytes, icuMegabytesPerSecond: rate(bestICU), segmenterMegabytesPerSecond: rate(bestOurs),
      icuSentences: icuCount, segmenterSentences: ourCount)
  }
}
