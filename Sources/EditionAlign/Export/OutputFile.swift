import Foundation

/// Writes output atomically: to a temporary file beside the target, then renamed into
/// place, so a reader never sees half a file. `-` writes standard output.
public enum OutputFile {
  /// Why output could not be written.
  public enum WriteError: Error, CustomStringConvertible, Sendable {
    case exists(path: String)
    case failed(path: String, reason: String)

    public var description: String {
      switch self {
      case .exists(let path): "\(path): the file exists; pass --force to overwrite it"
      case .failed(let path, let reason): "\(path): cannot write: \(reason)"
      }
    }
  }

  /// Writes `text` to `path` (nil or `-`: standard output). An existing file is replaced
  /// only when `force` is set.
  public static func write(_ text: String, to path: String?, force: Bool) throws(WriteError) {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let manager = FileManager.default
    if manager.fileExists(atPath: path) && !force { throw .exists(path: path) }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        throw WriteError.failed(path: path, reason: String(cString: strerror(errno)))
      }
    } catch let error as WriteError {
      try? manager.removeItem(at: temporary)
      throw error
    } catch {
      try? manager.removeItem(at: temporary)
      throw .failed(path: path, reason: error.localizedDescription)
    }
  }
}
