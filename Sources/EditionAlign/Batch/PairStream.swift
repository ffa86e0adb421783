import Foundation
import SystemPackage

/// What `edalign stream` writes for each record.
public enum StreamFormat: String, CaseIterable, Sendable {
  /// One object a record: the id, both editions' metadata, the links with their ids, texts
  /// and scores, the document score (and the findings with `check`).
  case links
  /// One Hugging Face translation record a link (the `hf` export), each with the record's id.
  case corpus
}

/// A record of `edalign stream` that could not be aligned, and why.
public struct StreamRecordError: Error, Sendable, CustomStringConvertible {
  /// `json` (not an object), `field` (a missing or wrong field), `bytes` (undecodable
  /// base64), `read` (a file, an encoding, no body), `size` (a record over the limit).
  public var kind: String
  public var message: String

  public var description: String { "\(kind): \(message)" }
}

/// Aligns pairs that travel inside JSON records, one a line, in input order: the library face
/// of `edalign stream`, for Spark's `RDD.pipe`, Hadoop streaming, GNU parallel or `xargs`.
///
/// A record: `{"id": …, "en": {"text": …} | {"html": …} | {"bytes_base64": …} | {"path": …},
/// "ko": {…}, "shape": {"en": …}, "url": {"en": …}}` — the two edition keys are language codes,
/// in the order written. Each record runs through `Batch`'s per-pair function (the same
/// reading, aligning and checking); a record that fails gives `{"id": …, "error": {"kind",
/// "message"}}` and the stream goes on.
public struct PairStream: Sendable {
  public var options: BatchOptions
  public var format: StreamFormat

  /// Records longer than this (bytes) are refused with a `size` error, not held in memory.
  public static let longestRecord = 64 << 20

  public init(options: BatchOptions = BatchOptions(), format: StreamFormat = .links) {
    self.options = options
    self.format = format
  }

  /// Reads records from `input` to its end and hands each record's output (one or more
  /// lines, each ended by a newline) to `write`, in input order. At most `jobs` × 4 records
  /// are in flight, so memory stays bounded however the input arrives.
  public func run(_ input: FileDescriptor, write: (String) throws -> Void) throws {
    let readers = ReaderPool()
    let window = max(1, options.jobs * 4)
    var pending: [UInt8] = []
    var skipping = false
    var lines: [Result<String, StreamRecordError>] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    func flush() throws {
      guard !lines.isEmpty else { return }
      let batch = lines
      lines.removeAll(keepingCapacity: true)
      let outputs = Parallel.map(batch, minimumPerChunk: 1) { line in
        switch line {
        case .success(let text): output(for: text, readers: readers)
        case .failure(let error): Self.errorRecord(id: nil, error)
        }
      }
      for output in outputs { try write(output) }
    }
    while true {
      let count = try buffer.withUnsafeMutableBytes { try input.read(into: $0, retryOnInterrupt: true) }
      if count == 0 { break }
      var start = 0
      for k in 0..<count where buffer[k] == 0x0A {
        if skipping {
          skipping = false
        } else {
          pending += buffer[start..<k]
          lines.append(Self.line(pending))
        }
        pending.removeAll(keepingCapacity: true)
        start = k + 1
        if lines.count >= window { try flush() }
      }
      if !skipping {
        pending += buffer[start..<count]
        if pending.count > Self.longestRecord {
          lines.append(.failure(StreamRecordError(kind: "size", message: "a record longer than 64 MB")))
          pending = []
          skipping = true
        }
      }
      // Whatever complete records arrived are aligned now, not when the window fills.
      try flush()
    }
    if !skipping && !pending.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { lines.append(Self.line(pending)) }
    try flush()
  }

  /// A line's text, or a `json` error when it is not UTF-8.
  private static func line(_ bytes: [UInt8]) -> Result<String, StreamRecordError> {
    var bytes = bytes
    if bytes.last == 0x0D { bytes.removeLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(StreamRecordError(kind: "json", message: "the record is not UTF-8"))
    }
    return .success(text)
  }

  /// The output of one record line (blank lines give none).
  public func output(for line: String) -> String { output(for: line, readers: ReaderPool()) }

  func output(for line: String, readers: ReaderPool) -> String {
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return "" }
    let parsed = Self.parse(line)
    guard case .success(let input) = parsed.input else {
      if case .failure(let error) = parsed.input { return Self.errorRecord(id: parsed.id, error) }
      return ""
    }
    let document = Batch.align(input, options: options, readers: readers)
    guard let alignment = document.alignment else {
      return Self.errorRecord(id: parsed.id, StreamRecordError(kind: "read", message: document.error ?? "not aligned"))
    }
    switch format {
    case .links: return Self.linksRecord(id: input.entry.id, alignment, findings: document.findings)
    case .corpus:
      guard var exporter = ExportFormat.hf.corpusExporter(ExportSettings(document: input.entry.id)) else { return "" }
      return exporter.records(alignment).joined()
    }
  }

  /// A record's id (when readable) and its pair, or why it is none.
  static func parse(_ line: String) -> (id: String?, input: Result<Batch.PairInput, StreamRecordError>) {
    func failure(_ kind: String, _ message: String) -> Result<Batch.PairInput, StreamRecordError> {
      .failure(StreamRecordError(kind: kind, message: message))
    }
    guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
      return (nil, failure("json", "not a JSON object"))
    }
    let id = (object["id"] as? String) ?? (object["id"] as? NSNumber).map { "\($0)" }
    guard let id, !id.isEmpty else { return (nil, failure("field", "no \"id\"")) }
    let sides = JSONKeyOrder.keys(of: line).filter {
      !["id", "shape", "url"].contains($0) && object[$0] is [String: Any]
    }
    guard sides.count == 2 else {
      return (
        id, failure("field", "expected two editions beside \"id\", e.g. \"en\": {\"text\": …}, \"ko\": {\"path\": …}")
      )
    }
    var bytes: [Result<[UInt8], IngestError>] = []
    var shapes: [InputShape?] = []
    let shapeField = object["shape"] as? [String: Any]
    for side in sides {
      let source = object[side] as! [String: Any]
      var shape = (shapeField?[side] as? String).flatMap(InputShape.init(rawValue:))
      if let name = shapeField?[side] as? String, shape == nil {
        return (id, failure("field", "\"shape\" of \"\(side)\": unknown shape '\(name)'"))
      }
      if let text = source["text"] as? String {
        bytes.append(.success(Array(text.utf8)))
      } else if let html = source["html"] as? String {
        bytes.append(.success(Array(html.utf8)))
        shape = shape ?? .html
      } else if let encoded = source["bytes_base64"] as? String {
        guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else {
          return (id, failure("bytes", "\"\(side)\".bytes_base64 is not base64"))
        }
        bytes.append(.success([UInt8](data)))
      } else if let path = source["path"] as? String {
        bytes.append(Result { () throws(IngestError) in try EditionReader.bytes(of: path) })
      } else {
        return (id, failure("field", "\"\(side)\" holds none of text, html, bytes_base64, path"))
      }
      shapes.append(shape)
    }
    let urls = object["url"] as? [String: Any]
    let languages = sides.compactMap { try? Language(validating: $0) }
    let entry = ManifestEntry(
      id: id, first: "\(id):\(sides[0])", second: "\(id):\(sides[1])",
      languages: languages.count == 2 ? languages : nil,
      shape: nil, line: 0)
    var input = Batch.PairInput(ordinal: 0, entry: entry, first: bytes[0], second: bytes[1], fingerprint: "")
    input.shapes = (shapes[0], shapes[1])
    input.urls = (urls?[sides[0]] as? String, urls?[sides[1]] as? String)
    return (id, .success(input))
  }

  static func errorRecord(id: String?, _ error: StreamRecordError) -> String {
    "{\"id\": \(id.map(JSONText.quoted) ?? "null"), \"error\": {\"kind\": \(JSONText.quoted(error.kind)), "
      + "\"message\": \(JSONText.quoted(error.message))}}\n"
  }

  static func linksRecord(id: String, _ alignment: Alignment, findings: [Finding]?) -> String {
    let keys = alignment.keys
    func number(_ value: Double) -> String { NumberText.score(value) }
    func optional(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
    func edition(_ edition: Edition) -> String {
      let m = edition.metadata
      return "{\"language\": \(JSONText.quoted(edition.language.rawValue)), \"shape\": \"\(edition.shape.rawValue)\", "
        + "\"title\": \(optional(m.title)), \"published\": \(optional(m.published)), \"url\": \(optional(m.url)), "
        + "\"sentences\": \(edition.sentences.count)}"
    }
    let source = alignment.source.sentences
    let target = alignment.target.sentences
    var out =
      "{\"id\": \(JSONText.quoted(id)), \"editions\": {\(JSONText.quoted(keys.source)): \(edition(alignment.source)), "
    out += "\(JSONText.quoted(keys.target)): \(edition(alignment.target))}, "
    out += "\"document_score\": \(number(alignment.documentScore)), \"links\": ["
    out += alignment.links.map { link in
      let a = link.source.map { source[$0].text }.joined(separator: " ")
      let b = link.target.map { target[$0].text }.joined(separator: " ")
      return "{\(JSONText.quoted(keys.source)): [\(link.source.map(String.init).joined(separator: ", "))], "
        + "\(JSONText.quoted(keys.target)): [\(link.target.map(String.init).joined(separator: ", "))], "
        + "\"score\": \(number(link.score)), \(JSONText.quoted(keys.source + "_text")): \(JSONText.quoted(a)), "
        + "\(JSONText.quoted(keys.target + "_text")): \(JSONText.quoted(b))}"
    }.joined(separator: ", ")
    out += "]"
    if let findings {
      out += ", \"findings\": ["
      out += findings.map { f in
        "{\"kind\": \"\(f.kind.rawValue)\", \"severity\": \"\(f.severity.rawValue)\", "
          + "\"original_ids\": [\(f.original.ids.map(String.init).joined(separator: ", "))], "
          + "\"translation_ids\": [\(f.translation.ids.map(String.init).joined(separator: ", "))], "
          + "\"message\": \(JSONText.quoted(f.message))}"
      }.joined(separator: ", ")
      out += "]"
    }
    return out + "}\n"
  }
}
