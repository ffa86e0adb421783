/// A span of the original input: UTF-8 byte offsets `start..<end` into the file as read
/// (a byte-order mark counts; for UTF-16 input, offsets into the UTF-16 bytes).
public struct SourceRange: Hashable, Codable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

/// A body sentence of an edition: the original text slice, its form for matching,
/// where it stands in the input, and which paragraph it belongs to.
public struct Sentence: Hashable, Codable, Sendable {
  /// Position among the edition's body sentences, from 0.
  public var index: Int
  /// Index of the paragraph holding the sentence, from 0.
  public var paragraph: Int
  /// The sentence exactly as it stands in the input (decoded).
  public var text: String
  /// The matching form: NFKC casefolded, quotes, dashes and spaces unified. Computed each
  /// time (not kept beside `text`, which would double what a long edition holds).
  public var normalized: String { MatchingForm.of(text) }
  /// Byte range of `text` in the input.
  public var range: SourceRange

  public init(index: Int, paragraph: Int, text: String, range: SourceRange) {
    self.index = index
    self.paragraph = paragraph
    self.text = text
    self.range = range
  }
}

/// A paragraph of body sentences.
public struct Paragraph: Hashable, Codable, Sendable {
  public var index: Int
  public var range: SourceRange
  public var sentences: [Sentence]

  public init(index: Int, range: SourceRange, sentences: [Sentence]) {
    self.index = index
    self.range = range
    self.sentences = sentences
  }
}
