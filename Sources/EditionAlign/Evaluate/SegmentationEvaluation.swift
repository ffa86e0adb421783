import Foundation

/// One text of a segmentation gold set: `{"text": "…", "sentences": ["…", …]}` a line.
public struct SegmentationGoldItem: Codable, Sendable, Hashable {
  public var id: String?
  public var text: String
  public var sentences: [String]
}

/// Scores a segmenter against gold sentences: the share of texts split exactly
/// (white space ignored) and boundary precision, recall and F1, micro-averaged over
/// the internal boundaries of each text.
public struct SegmentationScore: Codable, Sendable, Hashable {
  public var texts = 0
  public var exact = 0
  public var truePositives = 0
  public var predictedBoundaries = 0
  public var goldBoundaries = 0
  /// Ids (or line numbers) of the texts not split exactly.
  public var misses: [String] = []

  public init() {}

  public var exactMatch: Double { texts == 0 ? 0 : Double(exact) / Double(texts) }
  public var precision: Double { predictedBoundaries == 0 ? 1 : Double(truePositives) / Double(predictedBoundaries) }
  public var recall: Double { goldBoundaries == 0 ? 1 : Double(truePositives) / Double(goldBoundaries) }
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// Adds one text's predicted sentences against its gold sentences.
  public mutating func add(predicted: [String], gold: [String], id: String) {
    let p = Self.boundaries(predicted)
    let g = Self.boundaries(gold)
    texts += 1
    if Self.squeezed(predicted) == Self.squeezed(gold) {
      exact += 1
    } else {
      misses.append(id)
    }
    truePositives += p.intersection(g).count
    predictedBoundaries += p.count
    goldBoundaries += g.count
  }

  static func squeezed(_ sentences: [String]) -> [String] {
    sentences.map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }.filter { !$0.isEmpty }
  }

  /// Internal boundaries as offsets into the text with white space removed.
  static func boundaries(_ sentences: [String]) -> Set<Int> {
    var result = Set<Int>()
    var offset = 0
    for sentence in squeezed(sentences).dropLast() {
      offset += sentence.unicodeScalars.count
      result.insert(offset)
    }
    return result
  }
}

/// Evaluation of segmentation against gold JSONL files.
public enum SegmentationEvaluation {
  /// Reads a gold JSONL file; errors name the file and the line.
  public static func readGold(_ path: String) throws -> [SegmentationGoldItem] {
    let data = Data(try EvaluationError.bytes(of: path))
    var items: [SegmentationGoldItem] = []
    let decoder = JSONDecoder()
    for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
      do { items.append(try decoder.decode(SegmentationGoldItem.self, from: Data(line))) } catch {
        throw EvaluationError.badLine(
          file: path, line: number + 1, reason: "expected {\"text\": …, \"sentences\": […]}")
      }
    }
    return items
  }

  /// Scores segmentation of `items`; the language of each text is `language` or detected from its script.
  public static func score(_ items: [SegmentationGoldItem], language: Language? = nil) -> SegmentationScore {
    var segmenters: [Language: SentenceSegmenter] = [:]
    var score = SegmentationScore()
    for (number, item) in items.enumerated() {
      let lang = language ?? Language.detect(in: Substring(item.text))
      let segmenter = segmenters[lang] ?? SentenceSegmenter(language: lang)
      segmenters[lang] = segmenter
      let predicted = Self.segment(item.text, with: segmenter)
      score.add(predicted: predicted, gold: item.sentences, id: item.id ?? "line \(number + 1)")
    }
    return score
  }

  /// The sentences EditionAlign finds in a gold text.
  public static func split(_ text: String, language: Language? = nil) -> [String] {
    segment(text, with: SentenceSegmenter(language: language ?? Language.detect(in: Substring(text))))
  }

  /// Segments a gold text as `edalign` segments a body: each line a paragraph.
  static func segment(_ text: String, with segmenter: SentenceSegmenter) -> [String] {
    text.split(whereSeparator: \.isNewline).flatMap { segmenter.split(String($0)) }
  }
}

/// Why an evaluation could not run.
public enum EvaluationError: Error, CustomStringConvertible, Sendable {
  case unreadable(file: String, reason: String)
  case badLine(file: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
    case .badLine(let file, let line, let reason): "\(file):\(line): \(reason)"
    }
  }
}

extension EvaluationError {
  /// The bytes of a gold or prediction file, or why they cannot be read.
  static func bytes(of path: String) throws(EvaluationError) -> [UInt8] {
    do { return try FileIO.contents(of: path) } catch { throw .unreadable(file: path, reason: FileIO.reason(error)) }
  }
}
