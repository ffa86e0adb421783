import Glibc
import Synchronization
import SystemPackage

/// A file written beside its target and named only when complete.
///
/// Where Linux allows it the file has no name while it is written (`O_TMPFILE`): a kill
/// leaves nothing behind, and a new target is named by `linkat`, which fails if the name
/// appeared meanwhile. Otherwise (a file system without `O_TMPFILE`) it is a hidden
/// `.edalign-PID-N.tmp`, short whatever the target's length; such files left by a killed
/// run are removed by the next run that writes into the same folder.
final class TemporaryFile {
  let descriptor: FileDescriptor
  /// The hidden name, when the file has one.
  private var hiddenName: FilePath?
  private let folder: FilePath

  /// Numbers the hidden names one process makes (atomically: a batch writes from many threads).
  private static let counter = Atomic<Int>(0)

  init(beside target: String) throws(OutputFile.WriteError) {
    let parent = FilePath(argument: target).removingLastComponent()
    folder = parent.isEmpty ? "." : parent
    let anonymous = folder.withPlatformString { Glibc.open($0, __O_TMPFILE | O_WRONLY | O_CLOEXEC, mode_t(0o666)) }
    if anonymous >= 0 {
      descriptor = FileDescriptor(rawValue: anonymous)
      return
    }
    let reason = errno
    guard reason == EOPNOTSUPP || reason == EISDIR || reason == EINVAL else {
      throw .failure(Errno(rawValue: reason), target)
    }
    Self.removeAbandoned(in: folder)
    let name = Self.hiddenName(in: folder)
    let named = name.withPlatformString { Glibc.open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o666)) }
    guard named >= 0 else { throw .lastFailure(target) }
    descriptor = FileDescriptor(rawValue: named)
    hiddenName = name
  }

  static let prefix = ".edalign-"

  /// A new hidden name in `folder`: `.edalign-PID-N.tmp`.
  private static func hiddenName(in folder: FilePath) -> FilePath {
    let number = counter.add(1, ordering: .relaxed).newValue
    return folder.appending("\(prefix)\(getpid())-\(number).tmp")
  }

  /// Gives the file the name `target`: a new name only, unless `replacing`.
  func name(_ target: String, replacing: Bool) throws(OutputFile.WriteError) {
    let targetPath = FilePath(argument: target)
    if hiddenName == nil {
      let source = "/proc/self/fd/\(descriptor.rawValue)"
      if !replacing {
        guard targetPath.withPlatformString({ linkat(AT_FDCWD, source, AT_FDCWD, $0, AT_SYMLINK_FOLLOW) }) == 0 else {
          throw errno == EEXIST ? .exists(path: target) : .lastFailure(target)
        }
        return
      }
      // Replacing: a short hidden name first, then one rename (a kill in between leaves the
      // hidden name, which the next run removes).
      Self.removeAbandoned(in: folder)
      let name = Self.hiddenName(in: folder)
      guard name.withPlatformString({ linkat(AT_FDCWD, source, AT_FDCWD, $0, AT_SYMLINK_FOLLOW) }) == 0 else {
        throw .lastFailure(target)
      }
      hiddenName = name
    }
    guard let hiddenName else { return }
    if !replacing {
      // No clobbering: link the new name (fails if it exists), then drop the hidden one.
      guard hiddenName.withPlatformString({ old in targetPath.withPlatformString { link(old, $0) } }) == 0 else {
        throw errno == EEXIST ? .exists(path: target) : .lastFailure(target)
      }
      _ = hiddenName.withPlatformString(unlink)
    } else if hiddenName.withPlatformString({ old in targetPath.withPlatformString { rename(old, $0) } }) != 0 {
      throw .lastFailure(target)
    }
    self.hiddenName = nil
  }

  /// Closes the file and removes its hidden name, if it is still there.
  func discard() {
    try? descriptor.close()
    if let hiddenName { _ = hiddenName.withPlatformString(unlink) }
    hiddenName = nil
  }

  /// Removes `.edalign-PID-N.tmp` files in `folder` whose process is gone.
  static func removeAbandoned(in folder: FilePath) {
    guard let directory = folder.withPlatformString(opendir) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
      let fields = name.dropFirst(prefix.count).dropLast(4).split(separator: "-")
      guard fields.count == 2, let pid = Int32(fields[0]), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { _ = folder.appending(name).withPlatformString(unlink) }
    }
  }
}
