import EditionAlign
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The parts of EditionAlign that `scripts/fuzz` runs libFuzzer on, each a function of
/// arbitrary bytes that must neither trap nor break an invariant of its output. A broken
/// invariant stops the process (`precondition`), which libFuzzer reports as a crash with the
/// input that caused it; the tests replay `Fixtures/hostile/` through every target.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Text editions: decoding, shape detection, boilerplate, segmentation, byte offsets.
  case text
  /// HTML pages: charset, libxml2's parser, article extraction, offsets into the page.
  case html
  /// The English segmenter on any paragraph.
  case segmentEnglish = "segment-en"
  /// The Korean segmenter on any paragraph.
  case segmentKorean = "segment-ko"
  /// Two small editions (the input split at its first 0x1E byte) aligned and checked.
  case align
  /// Every export format and every check report of a small pair: XML parses, JSON parses
  /// with unique keys, line formats keep one record a line.
  case export
  /// A batch manifest (TSV or JSONL): every line an entry or a problem, ids unique.
  case manifest
  /// A small pair through the corpus store (an in-memory SQLite) and back: the same
  /// sentences, ranges, links and scores, and the store's export the pair's own.
  case store
  /// A stream record (the bytes as one line), and the bytes as a pair's two editions inside
  /// a record: one answer line, a JSON object with the record's id or an error.
  case stream

  /// Runs the target on `bytes`.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .text: Self.readText(bytes)
    case .html: Self.readHTML(bytes)
    case .segmentEnglish: Self.segment(bytes, .english)
    case .segmentKorean: Self.segment(bytes, .korean)
    case .align: _ = Self.alignPair(bytes, check: true)
    case .export: Self.export(bytes)
    case .manifest: Self.manifest(bytes)
    case .store: Self.storeRoundTrip(bytes)
    case .stream: Self.streamRecord(bytes)
    }
  }

  /// The byte that separates the two editions of a pair input.
  public static let pairSeparator: UInt8 = 0x1E

  /// Idle readers by shape, kept: compiling the boilerplate rules for every input would cost
  /// most of the time. A reader is not thread-safe (its segmenters and rules are filled in as
  /// it goes), and the tests replay inputs on many threads, so each call takes one for itself
  /// and gives it back (`idle` is touched only under `lock`).
  nonisolated(unsafe) private static var idle: [InputShape?: [EditionReader]] = [:]
  private static let lock = NSLock()

  /// `body` run with a reader of `shape` that no other thread holds meanwhile.
  private static func withReader<T>(_ shape: InputShape?, _ body: (EditionReader) -> T?) -> T? {
    guard
      let reader = lock.withLock({ idle[shape]?.popLast() }) ?? (try? EditionReader(options: ReadOptions(shape: shape)))
    else { return nil }
    defer { lock.withLock { idle[shape, default: []].append(reader) } }
    return body(reader)
  }

  // MARK: Targets

  static func readText(_ bytes: [UInt8]) {
    for shape in [nil, InputShape.presplit] {
      guard let edition = withReader(shape, { try? $0.read(bytes: bytes, source: "fuzz.txt") })
      else { continue }
      Invariants.offsets(edition, in: bytes)
    }
  }

  static func streamRecord(_ bytes: [UInt8]) {
    let stream = PairStream(options: BatchOptions(jobs: 1))
    let line = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
    let cut = bytes.firstIndex(of: pairSeparator) ?? bytes.count / 2
    let record =
      "{\"id\": \"fuzz\", \"en\": {\"bytes_base64\": \"\(Data(bytes[..<cut]).base64EncodedString())\"}, "
      + "\"ko\": {\"bytes_base64\": \"\(Data(bytes[cut...]).base64EncodedString())\"}}"
    for (input, id) in [(line, nil), (record, "fuzz")] as [(String, String?)] {
      let output = stream.output(for: input)
      if output.isEmpty { continue }
      precondition(output.hasSuffix("\n") && output.dropLast().allSatisfy { $0 != "\n" }, "an answer is not one line")
      let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
      precondition(object != nil, "an answer is not a JSON object")
      if let id { precondition(object?["id"] as? String == id, "an answer lost its record's id") }
    }
  }

  static func readHTML(_ bytes: [UInt8]) {
    guard let edition = withReader(.html, { try? $0.read(bytes: bytes, source: "fuzz.html") })
    else { return }
    Invariants.offsets(edition, in: bytes)
    // The page's addresses and links, normalized and matched, against a copy of itself.
    let result = DocumentPairer().pair(
      [PairingDocument(path: "a", edition: edition)], [PairingDocument(path: "b", edition: edition)])
    precondition(result.pairs.count + result.unpairedFirst.count == 1, "a document paired twice or lost")
    precondition(result.pairs.allSatisfy { (0...1).contains($0.score) }, "a pair's score outside 0…1")
  }

  static func segment(_ bytes: [UInt8], _ language: Language) {
    let text = String(decoding: bytes, as: UTF8.self)
    let utf8 = Array(text.utf8)
    var previous = 0
    for range in SentenceSegmenter(language: language).sentenceRanges(in: text) {
      precondition(
        range.lowerBound >= previous && range.lowerBound < range.upperBound && range.upperBound <= utf8.count)
      precondition(String(validating: utf8[range], as: UTF8.self) != nil, "a sentence cut inside a character")
      previous = range.upperBound
    }
  }

  static func alignPair(_ bytes: [UInt8], check: Bool) -> Alignment? {
    let cut = bytes.firstIndex(of: pairSeparator) ?? bytes.count / 2
    let first = Array(bytes[..<cut])
    let second = Array(bytes[min(bytes.count, cut + 1)...])
    guard
      let (a, b) = withReader(
        nil,
        { reader -> (Edition, Edition)? in
          guard let a = try? reader.read(bytes: first, source: "a.txt"),
            let b = try? reader.read(bytes: second, source: "b.txt")
          else { return nil }
          return (a, b)
        })
    else { return nil }
    let alignment = Aligner().align(a, b)
    Invariants.links(alignment)
    if check {
      let report = Checker().check(alignment)
      for finding in report.findings {
        precondition((finding.original.ids + finding.translation.ids).allSatisfy { $0 >= 0 })
      }
    }
    return alignment
  }

  static func export(_ bytes: [UInt8]) {
    guard let alignment = alignPair(bytes, check: false) else { return }
    let settings = ExportSettings(
      filter: CorpusFilter(keepOmissions: true),
      columns: [.sourceText, .targetText, .score, .document, .sourceIDs, .targetIDs],
      header: true, creationDate: Date(timeIntervalSince1970: 0))
    for format in ExportFormat.allCases {
      for file in format.exporter(settings).export(alignment) {
        switch format {
        case .tmx, .xliff: precondition(XMLCheck.isWellFormed(file.contents), "\(format) is not well-formed XML")
        case .jsonl, .hf: Invariants.jsonLines(file.contents)
        case .tsv, .moses:
          for line in file.contents.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            precondition(!line.contains("\r") && (format == .tsv || !line.contains("\t")), "\(format): a record broke")
          }
        case .text, .vecalign, .ladder, .csv: break
        }
      }
    }
    let report = Checker().check(alignment)
    Invariants.jsonDocument(ReportFormat.json.render(report))
    precondition(
      XMLCheck.isWellFormed(ReportFormat.html.render(report).replacingOccurrences(of: "<!DOCTYPE html>", with: "")))
  }

  static func manifest(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let manifest = Manifest(text: text, file: "m.tsv", folder: "/data")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
    precondition(Set(manifest.entries.map(\.id)).count == manifest.entries.count, "a manifest id twice")
    for entry in manifest.entries {
      precondition(entry.line >= 1 && entry.line <= lines && !entry.id.isEmpty && !entry.first.isEmpty)
      precondition(entry.languages == nil || entry.languages?.count == 2)
    }
    for problem in manifest.problems { precondition(problem.line >= 1 && problem.line <= lines) }
  }

  static func storeRoundTrip(_ bytes: [UInt8]) {
    guard let alignment = alignPair(bytes, check: false) else { return }
    do {
      let store = try CorpusStore(path: ":memory:")
      let findings = Checker(options: CheckOptions(minimumSeverity: .low)).check(alignment).findings
      let id = "fuzz \u{1F600}'\""
      try store.store(
        StoredDocument(
          id: id, ordinal: 0, sourcePath: "a.txt", targetPath: "b.txt", sourceHash: "a", targetHash: "b",
          options: "o", alignment: alignment, findings: findings))
      var back: Alignment?
      try store.forEachAlignment { _, stored in back = stored }
      guard let back else { preconditionFailure("a stored document did not come back") }
      precondition(back.links == alignment.links.map { Link(source: $0.source, target: $0.target, score: $0.score) })
      for (edition, stored) in [(alignment.source, back.source), (alignment.target, back.target)] {
        precondition(edition.sentences.map(\.text) == stored.sentences.map(\.text), "sentence texts changed")
        precondition(edition.sentences.map(\.range) == stored.sentences.map(\.range), "sentence ranges changed")
        precondition(edition.sentences.map(\.paragraph) == stored.sentences.map(\.paragraph), "paragraphs changed")
      }
      let checked = try store.checkReport(id: id)
      precondition(checked?.findings.count == findings.count, "findings lost")
      let report = try store.report()
      Invariants.jsonDocument(StoreReportFormat.json.render(report))
      precondition(
        XMLCheck.isWellFormed(
          StoreReportFormat.html.render(report, pages: "p").replacingOccurrences(of: "<!DOCTYPE html>", with: "")))
    } catch {
      preconditionFailure("the store failed on a readable pair: \(error)")
    }
  }
}

/// What every output must satisfy, whatever the input.
public enum Invariants {
  /// Sentences rise through the input without overlapping, inside its bytes, indexed in
  /// order, never empty; for UTF-8 text each sentence is its bytes (line breaks read as
  /// spaces). In a page, text that entities decode to maps to the span of the whole chunk,
  /// which its sentences share: there only the starts must rise.
  static func offsets(_ edition: Edition, in bytes: [UInt8]) {
    var previous = 0
    let html = edition.shape == .html
    let plainUTF8 =
      edition.shape != .html && !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.starts(with: [0xFF, 0xFE])
      && !bytes.starts(with: [0xFE, 0xFF])
    for (index, sentence) in edition.sentences.enumerated() {
      let range = sentence.range
      precondition(sentence.index == index, "sentence indices out of order")
      precondition(
        range.start >= previous && range.start < range.end && range.end <= bytes.count, "offsets out of order")
      if plainUTF8 {
        let slice = bytes[range.start..<range.end].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        precondition(String(decoding: slice, as: UTF8.self) == sentence.text, "a sentence is not its bytes")
      }
      previous = html ? range.start : range.end
    }
  }

  /// Every sentence of both editions in exactly one link, links in document order, scores in 0…1.
  static func links(_ alignment: Alignment) {
    var nextSource = 0
    var nextTarget = 0
    for link in alignment.links {
      precondition(link.source.isEmpty || link.source == Array(nextSource..<(nextSource + link.source.count)))
      precondition(link.target.isEmpty || link.target == Array(nextTarget..<(nextTarget + link.target.count)))
      precondition(!(link.source.isEmpty && link.target.isEmpty), "an empty link")
      precondition(link.score >= 0 && link.score <= 1, "a score outside 0…1")
      nextSource += link.source.count
      nextTarget += link.target.count
    }
    precondition(nextSource == alignment.source.sentences.count && nextTarget == alignment.target.sentences.count)
  }

  /// Each line of `text` is a JSON object that parses, with unique keys in every object.
  static func jsonLines(_ text: String) {
    for line in text.split(separator: "\n") where !line.isEmpty { jsonDocument(String(line)) }
  }

  /// `text` is one JSON document that parses, with unique keys in every object.
  static func jsonDocument(_ text: String) {
    precondition((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "output is not JSON")
    precondition(JSONKeys.areUnique(text), "duplicate JSON keys")
  }
}

/// Whether text parses as XML (Foundation's XMLParser, that is libxml2's XML reader).
public enum XMLCheck {
  public static func isWellFormed(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
  }
}

/// Whether every JSON object in a text has unique keys: JSONSerialization keeps the last of
/// a duplicate silently, so the text itself is scanned.
public enum JSONKeys {
  public static func areUnique(_ text: String) -> Bool {
    // Each open container: the keys seen so far for an object, nil for an array.
    var stack: [Set<String>?] = []
    var scalars = Array(text.unicodeScalars)[...]
    var expectKey = false
    while let c = scalars.popFirst() {
      switch c {
      case "{":
        stack.append([])
        expectKey = true
      case "[":
        stack.append(nil)
        expectKey = false
      case "}", "]": _ = stack.popLast()
      case ",": expectKey = stack.last.map { $0 != nil } ?? false
      case "\"":
        var string = ""
        while let d = scalars.popFirst(), d != "\"" {
          string.unicodeScalars.append(d == "\\" ? (scalars.popFirst() ?? d) : d)
        }
        if expectKey, let keys = stack.last ?? nil {
          if keys.contains(string) { return false }
          stack[stack.count - 1] = keys.union([string])
          expectKey = false
        }
      default: break
      }
    }
    return true
  }
}
