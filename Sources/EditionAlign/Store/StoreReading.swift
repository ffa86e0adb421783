import Foundation

/// Which documents of a store an export or report takes.
public struct DocumentSelection: Sendable {
  /// Only these ids (nil: all).
  public var ids: [String]?
  /// Only documents whose document score is at least this.
  public var minimumDocumentScore: Double?
  /// Leave out the links that a stored finding of these kinds names (on either side) …
  public var excludedFindings: Set<FindingKind>
  /// … or, when set, the whole documents that have such a finding.
  public var excludeWholeDocuments: Bool

  public init(
    ids: [String]? = nil, minimumDocumentScore: Double? = nil, excludedFindings: Set<FindingKind> = [],
    excludeWholeDocuments: Bool = false
  ) {
    self.ids = ids
    self.minimumDocumentScore = minimumDocumentScore
    self.excludedFindings = excludedFindings
    self.excludeWholeDocuments = excludeWholeDocuments
  }
}

extension CorpusStore {
  /// Calls `body` with each aligned document of `selection` in manifest order, rebuilt as
  /// the alignment `align` made (sentences, paragraphs, links, scores; not the evidence of
  /// each score, nor the removed boilerplate). One document is in memory at a time.
  public func forEachAlignment(
    _ selection: DocumentSelection = DocumentSelection(), _ body: (String, Alignment) throws -> Void
  ) throws {
    var conditions = ["status = 'ok'"]
    var values: [SQLiteValue] = []
    if let ids = selection.ids {
      conditions.append("id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))")
      values += ids.map { .text($0) }
    }
    if let minimum = selection.minimumDocumentScore {
      conditions.append("document_score >= ?")
      values.append(.double(minimum))
    }
    let documents = try database.prepare(
      """
      SELECT id, source_path, target_path, source_language, target_language, source_shape, target_shape,
        source_title, target_title, source_published, target_published, source_url, target_url
      FROM documents WHERE \(conditions.joined(separator: " AND ")) ORDER BY ordinal
      """
    ).bind(values)
    let sentences = try database.prepare(
      "SELECT idx, paragraph, text, start, \"end\" FROM sentences WHERE document = ? AND side = ? ORDER BY idx")
    let links = try database.prepare(
      "SELECT source_ids, target_ids, score FROM links WHERE document = ? ORDER BY ordinal")
    let findings = try database.prepare(
      "SELECT kind, original_ids, translation_ids FROM findings WHERE document = ?")
    while try documents.step() {
      let id = documents.text(0)
      func edition(
        _ side: String, path: Int32, language: Int32, shape: Int32, title: Int32, published: Int32, url: Int32
      )
        throws(StoreError) -> Edition
      {
        var metadata = EditionMetadata()
        metadata.title = documents.optionalText(title)
        metadata.published = documents.optionalText(published)
        metadata.url = documents.optionalText(url)
        var paragraphs: [Paragraph] = []
        sentences.bind(.text(id), .text(side))
        while try sentences.step() {
          let range = SourceRange(start: Int(sentences.int(3)), end: Int(sentences.int(4)))
          let sentence = Sentence(
            index: Int(sentences.int(0)), paragraph: Int(sentences.int(1)), text: sentences.text(2), range: range)
          if paragraphs.last?.index != sentence.paragraph {
            paragraphs.append(Paragraph(index: sentence.paragraph, range: range, sentences: []))
          }
          paragraphs[paragraphs.count - 1].sentences.append(sentence)
          paragraphs[paragraphs.count - 1].range.end = range.end
        }
        return Edition(
          source: documents.text(path), language: Language(documents.text(language)),
          shape: InputShape(rawValue: documents.text(shape)) ?? .plain, metadata: metadata, paragraphs: paragraphs,
          removed: [])
      }
      let source = try edition("source", path: 1, language: 3, shape: 5, title: 7, published: 9, url: 11)
      let target = try edition("target", path: 2, language: 4, shape: 6, title: 8, published: 10, url: 12)
      var alignmentLinks: [Link] = []
      links.bind(.text(id))
      while try links.step() {
        alignmentLinks.append(
          Link(source: Self.ids(links.text(0)), target: Self.ids(links.text(1)), score: links.double(2)))
      }
      if !selection.excludedFindings.isEmpty {
        // The checker's original: the Korean edition when one is Korean, else the first.
        let originalIsSource = source.language == .korean || target.language != .korean
        var flaggedSource = Set<Int>()
        var flaggedTarget = Set<Int>()
        findings.bind(.text(id))
        while try findings.step() {
          guard let kind = FindingKind(rawValue: findings.text(0)), selection.excludedFindings.contains(kind) else {
            continue
          }
          let original = Self.ids(findings.text(1))
          let translation = Self.ids(findings.text(2))
          flaggedSource.formUnion(originalIsSource ? original : translation)
          flaggedTarget.formUnion(originalIsSource ? translation : original)
          if selection.excludeWholeDocuments { break }
        }
        let flagged = !flaggedSource.isEmpty || !flaggedTarget.isEmpty
        if flagged && selection.excludeWholeDocuments { continue }
        alignmentLinks.removeAll { link in
          link.source.contains(where: flaggedSource.contains) || link.target.contains(where: flaggedTarget.contains)
        }
      }
      try body(id, Alignment(source: source, target: target, links: alignmentLinks))
    }
  }

  /// `[3, 4]` → [3, 4].
  static func ids(_ list: String) -> [Int] {
    list.dropFirst().dropLast().split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }
}

extension CorpusStore {
  /// The side keys of the first aligned document (what TSV column names refer to), if any.
  public func firstKeys() throws(StoreError) -> SideKeys? {
    let statement = try database.prepare(
      "SELECT source_language, target_language FROM documents WHERE status = 'ok' ORDER BY ordinal LIMIT 1")
    guard try statement.step() else { return nil }
    return SideKeys(source: Language(statement.text(0)), target: Language(statement.text(1)))
  }
}

extension CorpusStore {
  /// The check report of document `id` as `edalign check` would make it (alignment and the
  /// stored findings), for its review page; nil when the store has no aligned document `id`.
  public func checkReport(id: String) throws -> CheckReport? {
    var found: Alignment?
    try forEachAlignment(DocumentSelection(ids: [id])) { _, alignment in found = alignment }
    guard let alignment = found else { return nil }
    let originalIsSource = alignment.source.language == .korean || alignment.target.language != .korean
    let original = originalIsSource ? alignment.source : alignment.target
    let translation = originalIsSource ? alignment.target : alignment.source
    func side(_ ids: [Int], _ edition: Edition) -> FindingSide {
      let sentences = edition.sentences
      return FindingSide(
        ids: ids, text: ids.filter(sentences.indices.contains).map { sentences[$0].text }.joined(separator: " "))
    }
    let statement = try database.prepare(
      """
      SELECT kind, severity, original_ids, translation_ids, original_value, translation_value, in_title, message
      FROM findings WHERE document = ? ORDER BY ordinal
      """
    ).bind(.text(id))
    var findings: [Finding] = []
    while try statement.step() {
      guard let kind = FindingKind(rawValue: statement.text(0)), let severity = Severity(rawValue: statement.text(1))
      else { continue }
      findings.append(
        Finding(
          kind: kind, severity: severity, translation: side(Self.ids(statement.text(3)), translation),
          original: side(Self.ids(statement.text(2)), original), translationValue: statement.optionalText(5),
          originalValue: statement.optionalText(4), message: statement.text(7), inTitle: statement.int(6) != 0))
    }
    return CheckReport(alignment: alignment, originalIsSource: originalIsSource, findings: findings)
  }
}

extension StoreReport {
  /// The review page's file name for a document id: its ASCII letters, digits, `-`, `_` (and
  /// `.` past the first) kept, every other byte as `%XX` — one file each, distinct for distinct ids.
  public static func pageName(_ id: String) -> String {
    var name = ""
    for byte in id.utf8 {
      let scalar = Unicode.Scalar(byte)
      if (byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || byte == 0x2D
        || byte == 0x5F
        || (byte == 0x2E && !name.isEmpty)
      {
        name.unicodeScalars.append(scalar)
      } else {
        name += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
      }
    }
    return name + ".html"
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
