import Glibc
import SystemPackage

/// Writes output atomically: a file is written whole beside its target and only then given
/// the target's name, so a reader never sees half a file and a failure or a kill leaves
/// nothing behind. `-` writes standard output.
public enum OutputFile {
  /// Why output could not be written.
  public enum WriteError: Error, CustomStringConvertible, Sendable, Equatable {
    case exists(path: String)
    case failed(path: String, reason: String)
    case needsPath(files: Int)
    /// The reader of the output went away (`edalign … | head`): not worth a message.
    case brokenPipe

    public var description: String {
      switch self {
      case .exists(let path): "\(path): the file exists; pass --force to overwrite it"
      case .failed(let path, let reason): "\(path): cannot write: \(reason)"
      case .needsPath(let files): "this format writes \(files) files; name their common prefix with -o PREFIX"
      case .brokenPipe: "the reader of the output closed it"
      }
    }

    /// The error for a failed system call on `path`: a closed pipe is `.brokenPipe`.
    static func failure(_ error: Errno, _ path: String) -> WriteError {
      error == .brokenPipe ? .brokenPipe : .failed(path: path, reason: FileIO.reason(error))
    }

    /// The error for the system call that just failed (`errno`) on `path`.
    static func lastFailure(_ path: String) -> WriteError { failure(Errno(rawValue: errno), path) }
  }

  /// Writes `text` to `path` (nil or `-`: standard output). An existing file is replaced
  /// only when `force` is set.
  public static func write(_ text: String, to path: String?, force: Bool) throws(WriteError) {
    try write([ExportedFile(contents: text)], to: path, force: force)
  }

  /// Writes each file to `path` + its suffix. Every file is written in full first and named
  /// only when all are written, so a failure leaves no new file behind and never a partial
  /// one. A single file without a suffix may go to standard output.
  public static func write(_ files: [ExportedFile], to path: String?, force: Bool) throws(WriteError) {
    guard let path, path != "-" else {
      guard files.count == 1, files[0].suffix.isEmpty else { throw .needsPath(files: files.count) }
      try writeStream(files[0].contents, .output, name: "standard output")
      return
    }
    let targets = files.map { path + $0.suffix }
    if let twice = targets.indices.first(where: { targets[..<$0].contains(targets[$0]) }) {
      throw .failed(path: targets[twice], reason: "two of the files to write have this name")
    }
    // A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written into:
    // renaming a file onto it would replace the device itself.
    if targets.contains(where: isWrittenInto) {
      for (file, target) in zip(files, targets) { try writeInto(target, file.contents) }
      return
    }
    if !force, let existing = targets.first(where: exists) { throw .exists(path: existing) }
    var pending: [TemporaryFile] = []
    defer { for file in pending { file.discard() } }
    for (file, target) in zip(files, targets) {
      let temporary = try TemporaryFile(beside: target)
      pending.append(temporary)
      do { try FileIO.writeAll(file.contents.utf8, to: temporary.descriptor) } catch { throw .failure(error, target) }
    }
    var named: [String] = []
    for (temporary, target) in zip(pending, targets) {
      do { try temporary.name(target, replacing: force) } catch {
        // What this call already named is new (or replaced on request): take the new ones back.
        if !force { for done in named { _ = FilePath(argument: done).withPlatformString(unlink) } }
        throw error
      }
      named.append(target)
    }
  }

  /// The standard stream `path` names (`/dev/stdout`, `/dev/fd/2`, `/proc/self/fd/1`), if any.
  static func standardStream(named path: String) -> StandardStreams.Stream? {
    for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
      if let number = Int32(path.dropFirst(prefix.count)) { return StandardStreams.Stream(rawValue: number) }
    }
    return ["/dev/stdin": .input, "/dev/stdout": .output, "/dev/stderr": .error][path]
  }

  /// Whether `path` is written into rather than replaced: a standard stream, anything under
  /// `/dev/` or `/proc/`, or an existing file that is not a regular file or a directory.
  static func isWrittenInto(_ path: String) -> Bool {
    if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return true }
    var info = stat()
    guard FilePath(argument: path).withPlatformString({ stat($0, &info) }) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK || type == S_IFBLK
  }

  private static func exists(_ path: String) -> Bool {
    var info = stat()
    return FilePath(argument: path).withPlatformString { lstat($0, &info) } == 0
  }

  private static func writeStream(_ contents: String, _ stream: StandardStreams.Stream, name: String) throws(WriteError)
  {
    do { try StandardStreams.write(contents.utf8, to: stream) } catch { throw .failure(error, name) }
  }

  private static func writeInto(_ path: String, _ contents: String) throws(WriteError) {
    if let stream = standardStream(named: path) {
      try writeStream(contents, stream, name: path)
      return
    }
    do {
      let descriptor = try FileDescriptor.open(
        FilePath(argument: path), .writeOnly, options: [.create, .truncate, .closeOnExec], permissions: .defaultFile)
      defer { try? descriptor.close() }
      try FileIO.writeAll(contents.utf8, to: descriptor)
    } catch let error as Errno {
      throw .failure(error, path)
    } catch {
      throw .failed(path: path, reason: "\(error)")
    }
  }
}

extension FilePermissions {
  /// `rw-rw-rw-`, less the umask: what a shell's `>` creates.
  static let defaultFile: FilePermissions = [.ownerReadWrite, .groupReadWrite, .otherReadWrite]
}

/// A file to write (an exporter's output): its contents and the suffix of its name.
public struct ExportedFile: Hashable, Sendable {
  /// What follows the output path: empty for the one file of most formats, `.en`, `.ko`
  /// for the files of Moses.
  public var suffix: String
  public var contents: String

  public init(suffix: String = "", contents: String) {
    self.suffix = suffix
    self.contents = contents
  }
}
