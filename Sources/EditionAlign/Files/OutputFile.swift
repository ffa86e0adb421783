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
    let output = try Output(path: path, suffixes: files.map(\.suffix), force: force)
    try output.append(files.map(\.contents))
    try output.commit()
  }

  /// Files written piece by piece (a corpus, document after document) and named together at
  /// the end, as `write` names them: until `commit`, nothing new is visible; a failure or a
  /// kill before it leaves nothing behind. Standard output and devices are written as the
  /// pieces come.
  public final class Output {
    private enum Target {
      case stream(StandardStreams.Stream, name: String)
      case device(FileDescriptor, name: String)
      case file(TemporaryFile, name: String)
    }
    private var targets: [Target] = []
    private let force: Bool

    /// Opens the files `path` + each suffix (nil or `-` with one empty suffix: standard output).
    public init(path: String?, suffixes: [String], force: Bool) throws(WriteError) {
      self.force = force
      guard let path, path != "-" else {
        guard suffixes == [""] else { throw .needsPath(files: suffixes.count) }
        targets = [.stream(.output, name: "standard output")]
        return
      }
      let names = suffixes.map { path + $0 }
      if let twice = names.indices.first(where: { names[..<$0].contains(names[$0]) }) {
        throw .failed(path: names[twice], reason: "two of the files to write have this name")
      }
      // A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written into:
      // renaming a file onto it would replace the device itself.
      if names.contains(where: OutputFile.isWrittenInto) {
        for name in names {
          if let stream = OutputFile.standardStream(named: name) {
            targets.append(.stream(stream, name: name))
            continue
          }
          do {
            let descriptor = try FileDescriptor.open(
              FilePath(argument: name), .writeOnly, options: [.create, .truncate, .closeOnExec],
              permissions: .defaultFile)
            targets.append(.device(descriptor, name: name))
          } catch let error as Errno {
            throw .failure(error, name)
          } catch {
            throw .failed(path: name, reason: "\(error)")
          }
        }
        return
      }
      if !force, let existing = names.first(where: OutputFile.exists) { throw .exists(path: existing) }
      for name in names { targets.append(.file(try TemporaryFile(beside: name), name: name)) }
    }

    deinit {
      for target in targets {
        switch target {
        case .stream: break
        case .device(let descriptor, _): try? descriptor.close()
        case .file(let temporary, _): temporary.discard()  // closes; removes a hidden name left unnamed
        }
      }
    }

    /// Appends `contents[k]` to the k-th file.
    public func append(_ contents: [String]) throws(WriteError) {
      for (target, text) in zip(targets, contents) where !text.isEmpty {
        switch target {
        case .stream(let stream, let name):
          do { try StandardStreams.write(text.utf8, to: stream) } catch { throw .failure(error, name) }
        case .device(let descriptor, let name):
          do { try FileIO.writeAll(text.utf8, to: descriptor) } catch { throw .failure(error, name) }
        case .file(let temporary, let name):
          do { try FileIO.writeAll(text.utf8, to: temporary.descriptor) } catch { throw .failure(error, name) }
        }
      }
    }

    /// Names the files (all or, on a failure, none that were new).
    public func commit() throws(WriteError) {
      var named: [String] = []
      for target in targets {
        guard case .file(let temporary, let name) = target else { continue }
        do { try temporary.name(name, replacing: force) } catch {
          // What this call already named is new (or replaced on request): take the new ones back.
          if !force { for done in named { _ = FilePath(argument: done).withPlatformString(unlink) } }
          throw error
        }
        named.append(name)
      }
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

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return FilePath(argument: path).withPlatformString { lstat($0, &info) } == 0
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
