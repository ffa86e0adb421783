import Foundation

/// A pair of a batch: its id, the two files (first, then second edition), and what the
/// manifest says of them.
public struct ManifestEntry: Hashable, Sendable {
  public var id: String
  public var first: String
  public var second: String
  /// The two editions' languages, when the manifest's column names or keys are language codes
  /// (`id<TAB>en<TAB>ko`, `{"id": …, "en": …, "ko": …}`).
  public var languages: [Language]?
  /// The input shape of both files, from a `shape` column or field.
  public var shape: InputShape?
  /// The manifest line, from 1.
  public var line: Int
}

/// A manifest line that names no usable pair.
public struct ManifestProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var reason: String

  public var description: String { "\(file):\(line): \(reason)" }
}

/// The pairs of a batch, read from a manifest: TSV (`id<TAB>first<TAB>second`, extra columns
/// ignored, `#` comments and a header line starting with `id` allowed) or JSONL
/// (`{"id": …, "en": path, "ko": path}`, the two paths under any keys but `id` and `shape`,
/// in the order written) — told apart by the first line that is not a comment. Relative
/// paths resolve against the manifest's folder.
public struct Manifest: Sendable {
  public var entries: [ManifestEntry] = []
  /// Lines that name no usable pair (malformed, a duplicate id, an unknown shape), in order.
  public var problems: [ManifestProblem] = []

  /// Reads the manifest at `path` (`-`: standard input, paths relative to the working directory).
  public init(file path: String) throws(IngestError) {
    let bytes = try EditionReader.bytes(of: path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .unreadable(file: path, reason: "the manifest is not UTF-8")
    }
    let folder = path == "-" ? "" : (path as NSString).deletingLastPathComponent
    self.init(text: text, file: path, folder: folder)
  }

  /// The pairs `DocumentPairer` found, as a manifest: ids as `PairingResult.ids` gives them,
  /// each pair's languages those its documents were read in.
  public init(_ pairing: PairingResult) {
    entries = zip(pairing.ids, pairing.pairs).enumerated().map { n, item in
      let (id, pair) = item
      return ManifestEntry(
        id: id, first: pair.first.path, second: pair.second.path,
        languages: [pair.first.language, pair.second.language], shape: nil, line: n + 1)
    }
  }

  /// Reads manifest `text`; `file` names it in problems, `folder` anchors relative paths.
  public init(text: String, file: String, folder: String) {
    var seen: [String: Int] = [:]
    var header: [String]?
    var format: Format?
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = offset + 1
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      if format == nil { format = line.hasPrefix("{") ? .jsonl : .tsv }
      let parsed: Result<ManifestEntry, ManifestProblem>
      switch format! {
      case .jsonl: parsed = Self.jsonEntry(line, number: number, file: file)
      case .tsv:
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        if header == nil && entries.isEmpty && problems.isEmpty && fields.first?.lowercased() == "id" {
          header = fields.map { $0.lowercased() }
          continue
        }
        parsed = Self.tsvEntry(fields, header: header, number: number, file: file)
      }
      switch parsed {
      case .failure(let problem): problems.append(problem)
      case .success(var entry):
        if let first = seen[entry.id] {
          problems.append(
            ManifestProblem(file: file, line: number, reason: "id '\(entry.id)' is already the id of line \(first)"))
          continue
        }
        seen[entry.id] = number
        entry.first = Self.resolved(entry.first, in: folder)
        entry.second = Self.resolved(entry.second, in: folder)
        entries.append(entry)
      }
    }
  }

  private enum Format { case tsv, jsonl }

  static func resolved(_ path: String, in folder: String) -> String {
    if path.hasPrefix("/") || folder.isEmpty { return path }
    return folder + "/" + path
  }

  private static func shape(_ name: String?, number: Int, file: String) -> Result<InputShape?, ManifestProblem> {
    guard let name, !name.isEmpty else { return .success(nil) }
    guard let shape = InputShape(rawValue: name.lowercased()) else {
      let shapes = "page, article, plain, presplit, html"
      return .failure(ManifestProblem(file: file, line: number, reason: "unknown shape '\(name)' (shapes: \(shapes))"))
    }
    return .success(shape)
  }

  private static func languages(_ names: [String]) -> [Language]? {
    let codes = names.compactMap { try? Language(validating: $0) }
    return codes.count == 2 ? codes : nil
  }

  private static func tsvEntry(
    _ fields: [String], header: [String]?, number: Int, file: String
  ) -> Result<ManifestEntry, ManifestProblem> {
    guard fields.count >= 3, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty else {
      return .failure(
        ManifestProblem(file: file, line: number, reason: "expected id<TAB>first file<TAB>second file"))
    }
    let shapeColumn = header?.firstIndex(of: "shape")
    let shapeName = shapeColumn.flatMap { $0 < fields.count ? fields[$0] : nil }
    switch shape(shapeName, number: number, file: file) {
    case .failure(let problem): return .failure(problem)
    case .success(let shape):
      let languages = header.flatMap { $0.count >= 3 ? Self.languages(Array($0[1...2])) : nil }
      return .success(
        ManifestEntry(
          id: fields[0], first: fields[1], second: fields[2], languages: languages, shape: shape, line: number))
    }
  }

  private static func jsonEntry(_ line: String, number: Int, file: String) -> Result<ManifestEntry, ManifestProblem> {
    let problem = { (reason: String) in
      Result<ManifestEntry, ManifestProblem>.failure(ManifestProblem(file: file, line: number, reason: reason))
    }
    guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
      return problem("not a JSON object")
    }
    guard let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init), !id.isEmpty else {
      return problem("no \"id\"")
    }
    let pathKeys = JSONKeyOrder.keys(of: line).filter { $0 != "id" && $0 != "shape" && object[$0] is String }
    guard pathKeys.count == 2, let first = object[pathKeys[0]] as? String, let second = object[pathKeys[1]] as? String,
      !first.isEmpty, !second.isEmpty
    else {
      return problem(
        "expected two file paths beside \"id\", e.g. {\"id\": \"a\", \"en\": \"a.en.txt\", \"ko\": \"a.ko.txt\"}")
    }
    switch shape(object["shape"] as? String, number: number, file: file) {
    case .failure(let problem): return .failure(problem)
    case .success(let shape):
      return .success(
        ManifestEntry(
          id: id, first: first, second: second, languages: languages(pathKeys), shape: shape, line: number))
    }
  }
}

/// The keys of a JSON object's top level in the order written (JSONSerialization forgets it).
enum JSONKeyOrder {
  static func keys(of text: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current: [UInt8] = []
    var lastString: String?
    for byte in text.utf8 {
      if inString {
        if escaped {
          escaped = false
          current.append(byte)
        } else if byte == 0x5C {
          escaped = true
          current.append(byte)
        } else if byte == 0x22 {
          inString = false
          lastString = String(decoding: current, as: UTF8.self)
        } else {
          current.append(byte)
        }
        continue
      }
      switch byte {
      case 0x22:
        inString = true
        current = []
      case 0x7B, 0x5B: depth += 1
      case 0x7D, 0x5D: depth -= 1
      case 0x3A:
        if depth == 1, let key = lastString {
          let decoded =
            (try? JSONSerialization.jsonObject(with: Data(("\"" + key + "\"").utf8), options: .fragmentsAllowed))
            as? String
          keys.append(decoded ?? key)
        }
      case 0x20, 0x09, 0x0A, 0x0D: continue
      default: break
      }
      if byte != 0x22 && byte != 0x3A { lastString = nil }
    }
    return keys
  }
}
