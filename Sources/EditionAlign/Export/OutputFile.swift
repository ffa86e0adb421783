import Foundation

/// Writes output atomically: to a temporary file beside the target, then renamed into
/// place, so a reader never sees half a file. `-` writes standard output.
public enum OutputFile {
  /// Why output could not be written.
  public enum WriteError: Error, CustomStringConvertible, Sendable, Equatable {
    case exists(path: String)
    case failed(path: String, reason: String)
    case needsPath(files: Int)

    public var description: String {
      switch self {
      case .exists(let path): "\(path): the file exists; pass --force to overwrite it"
      case .failed(let path, let reason): "\(path): cannot write: \(reason)"
      case .needsPath(let files): "this format writes \(files) files; name their common prefix with -o PREFIX"
      }
    }
  }

  /// Writes `text` to `path` (nil or `-`: standard output). An existing file is replaced
  /// only when `force` is set.
  public static func write(_ text: String, to path: String?, force: Bool) throws(WriteError) {
    try write([ExportedFile(contents: text)], to: path, force: force)
  }

  /// Writes each file to `path` + its suffix. Every file is written to a temporary file
  /// first and renamed only when all are written, so a failure leaves no new file behind
  /// and never a partial one. A single file without a suffix may go to standard output.
  public static func write(_ files: [ExportedFile], to path: String?, force: Bool) throws(WriteError) {
    guard let path, path != "-" else {
      guard files.count == 1, files[0].suffix.isEmpty else { throw .needsPath(files: files.count) }
      FileHandle.standardOutput.write(Data(files[0].contents.utf8))
      return
    }
    let manager = FileManager.default
    let targets = files.map { URL(fileURLWithPath: path + $0.suffix) }
    // A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written into:
    // renaming a file onto it would replace the device itself.
    if targets.contains(where: { isSpecialFile($0.path) }) {
      for (file, target) in zip(files, targets) { try writeInto(target.path, file.contents) }
      return
    }
    if !force, let existing = targets.first(where: { manager.fileExists(atPath: $0.path) }) { throw .exists(path: existing.path) }
    var temporaries: [URL] = []
    defer { for temporary in temporaries { try? manager.removeItem(at: temporary) } }
    for (file, target) in zip(files, targets) {
      let temporary = target.deletingLastPathComponent()
        .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
      temporaries.append(temporary)
      do {
        try Data(file.contents.utf8).write(to: temporary)
      } catch {
        throw .failed(path: target.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
      }
    }
    for (temporary, target) in zip(temporaries, targets) where rename(temporary.path, target.path) != 0 {
      throw .failed(path: target.path, reason: String(cString: strerror(errno)))
    }
  }

  /// Whether `path` names an existing file that is not a regular file or a directory.
  static func isSpecialFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK || type == S_IFBLK
  }

  private static func writeInto(_ path: String, _ contents: String) throws(WriteError) {
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw .failed(path: path, reason: String(cString: strerror(errno)))
    }
    defer { try? handle.close() }
    do { try handle.write(contentsOf: Data(contents.utf8)) } catch {
      throw .failed(path: path, reason: error.localizedDescription)
    }
  }
}
