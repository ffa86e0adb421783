import Foundation

/// Why a pile of documents could not be gathered.
public struct PairingInputError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var reason: String

  public var description: String { "\(path): \(reason)" }
}

/// A file of a pile that could not be read as an edition, and why.
public struct PairingFailure: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public var description: String { message.hasPrefix(path) ? message : "\(path): \(message)" }
}

/// The piles `edalign pair` takes: folders (searched recursively), files, and manifests of
/// paths (a text file each of whose lines names a file, relative to the manifest's folder).
public enum PairingInput {
  /// Endings of files in a folder that are no edition (gold files, stores, exports, code).
  static let skippedEndings: Set<String> = [
    "json", "jsonl", "gold", "ladder", "sqlite", "sqlite-wal", "sqlite-shm", "db", "tsv", "csv", "tmx", "xlf",
    "xliff", "md", "py", "sh", "swift", "zip", "gz", "bz2", "xz", "png", "jpg", "jpeg", "gif", "webp", "svg", "pdf",
    "css", "js", "ico", "woff", "woff2", "parquet",
  ]

  /// The files `argument` names, in path order: a folder's files (hidden ones and those
  /// ending as `skippedEndings` left out), a manifest's files, or the file itself.
  public static func files(_ argument: String) throws(PairingInputError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
      throw PairingInputError(path: argument, reason: "no such file or folder")
    }
    if isFolder.boolValue {
      guard let walker = FileManager.default.enumerator(atPath: argument) else {
        throw PairingInputError(path: argument, reason: "cannot list the folder")
      }
      var files: [String] = []
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          walker.skipDescendants()
          continue
        }
        let path = (argument as NSString).appendingPathComponent(relative)
        var directory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &directory), !directory.boolValue else {
          continue
        }
        if skippedEndings.contains((name as NSString).pathExtension.lowercased()) { continue }
        files.append(path)
      }
      return files.sorted()
    }
    return listedFiles(argument) ?? [argument]
  }

  /// The files a manifest of paths lists, or nil when `path` is no such manifest (a line
  /// that names no file makes it a document).
  static func listedFiles(_ path: String) -> [String]? {
    guard let bytes = try? FileIO.contents(of: path), bytes.count < 16 << 20,
      let text = String(validating: bytes, as: UTF8.self)
    else { return nil }
    let folder = (path as NSString).deletingLastPathComponent
    var files: [String] = []
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let file = line.hasPrefix("/") || folder.isEmpty ? line : (folder as NSString).appendingPathComponent(line)
      var directory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &directory), !directory.boolValue else {
        return nil
      }
      files.append(file)
    }
    return files.isEmpty ? nil : files
  }

  /// Every file of `paths` read once as an edition (in parallel); the ones that cannot be
  /// read are returned with their message, not thrown.
  public static func read(_ paths: [String], options: ReadOptions) -> (
    documents: [PairingDocument], failures: [PairingFailure]
  ) {
    let results = Parallel.map(paths, minimumPerChunk: 4, context: try? EditionReader(options: options)) {
      reader, path -> Result<PairingDocument, PairingFailure> in
      guard let reader else {
        return .failure(PairingFailure(path: path, message: "the boilerplate rules do not compile"))
      }
      do throws(IngestError) {
        return .success(PairingDocument(path: path, edition: try reader.read(file: path)))
      } catch {
        return .failure(PairingFailure(path: path, message: error.description))
      }
    }
    var documents: [PairingDocument] = []
    var failures: [PairingFailure] = []
    for result in results {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let failure): failures.append(failure)
      }
    }
    return (documents, failures)
  }
}

extension PairingResult {
  /// How `manifest` writes the pairs.
  public enum Format: String, CaseIterable, Sendable {
    /// `id<TAB>first<TAB>second<TAB>score<TAB>method`, a header line first: `edalign batch` reads it.
    case tsv
    /// `{"id": …, "en": path, "ko": path, "score": …, "method": …}` a line: `edalign batch` reads it too.
    case jsonl
  }

  /// Each pair's id: the first document's file name without its endings and language marks
  /// (`budget.en.html` → `budget`), made unique with `-2`, `-3`, … in pair order.
  public var ids: [String] {
    var used: [String: Int] = [:]
    return pairs.map { pair in
      var name = (pair.first.path as NSString).lastPathComponent
      while !(name as NSString).pathExtension.isEmpty, name.contains(".") {
        name = (name as NSString).deletingPathExtension
      }
      if name.isEmpty { name = "pair" }
      used[name, default: 0] += 1
      return used[name]! == 1 ? name : "\(name)-\(used[name]!)"
    }
  }

  /// The pairs as a batch manifest; paths relative to `folder` when they lie inside it
  /// (where the manifest is written, so that `edalign batch` finds them), else as given.
  public func manifest(_ format: Format, relativeTo folder: String?, explain: Bool = false) -> String {
    func shown(_ path: String) -> String {
      guard let folder, !folder.isEmpty else { return path }
      let base = URL(fileURLWithPath: folder).standardizedFileURL.path
      let full = URL(fileURLWithPath: path).standardizedFileURL.path
      return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
    }
    var out = ""
    switch format {
    case .tsv:
      out += "id\tfirst\tsecond\tscore\tmethod" + (explain ? "\tevidence" : "") + "\n"
      for (id, pair) in zip(ids, pairs) {
        let fields = [
          id, shown(pair.first.path), shown(pair.second.path), NumberText.score(pair.score), pair.method.rawValue,
        ]
        out +=
          (fields + (explain ? [pair.evidence.joined(separator: " ")] : [])).map(Self.tsvField).joined(separator: "\t")
          + "\n"
      }
    case .jsonl:
      for (id, pair) in zip(ids, pairs) {
        let sameLanguage = pair.first.language == pair.second.language
        let firstKey = sameLanguage ? "first" : pair.first.language.rawValue
        let secondKey = sameLanguage ? "second" : pair.second.language.rawValue
        out +=
          "{\"id\": \(JSONText.quoted(id)), \(JSONText.quoted(firstKey)): \(JSONText.quoted(shown(pair.first.path))), "
        out += "\(JSONText.quoted(secondKey)): \(JSONText.quoted(shown(pair.second.path))), "
        out += "\"score\": \(NumberText.score(pair.score)), \"method\": \"\(pair.method.rawValue)\""
        if explain { out += ", \"evidence\": [" + pair.evidence.map(JSONText.quoted).joined(separator: ", ") + "]" }
        out += "}\n"
      }
    }
    return out
  }

  /// Tabs and line breaks in a path would break the line: shown as spaces.
  private static func tsvField(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}

extension DocumentPairer {
  /// What `pair(piles:)` made: the pairs, and the files it could not read.
  public struct Outcome: Sendable {
    public var result: PairingResult
    public var failures: [PairingFailure]
  }

  /// Gathers the files of `piles` (one: told apart by script; two: first and second), reads
  /// each once with `shape` (nil: detected) and the pile's language of `languages` (nil:
  /// detected), and pairs them: what `edalign pair` and `edalign batch --pair` run.
  public func pair(piles: [String], languages: [Language]?, shape: InputShape?) throws(PairingInputError) -> Outcome {
    guard (1...2).contains(piles.count) else {
      throw PairingInputError(path: piles.joined(separator: " "), reason: "pairing takes one or two piles")
    }
    var read: [[PairingDocument]] = []
    var failures: [PairingFailure] = []
    for (n, pile) in piles.enumerated() {
      let files = try PairingInput.files(pile)
      let language = piles.count == 2 ? languages?[n] : nil
      let (documents, failed) = PairingInput.read(files, options: ReadOptions(language: language, shape: shape))
      read.append(documents)
      failures += failed
    }
    let (first, second) = read.count == 2 ? (read[0], read[1]) : Self.split(read[0])
    return Outcome(result: pair(first, second), failures: failures)
  }
}
