import Glibc
import SystemPackage

/// All of EditionAlign's file and stream I/O: whole-file reads and complete writes through
/// file descriptors (swift-system), so that pipes, FIFOs, `/dev/stdin`, process substitution
/// (`<(cat ko.txt)`), interrupted calls and short reads and writes behave as regular files do,
/// and every failure is a thrown `Errno`, never a trap.
enum FileIO {
  /// The first buffer when the size is not known in advance (pipes, devices).
  static let chunkSize = 1 << 16

  /// Every byte of the file at `path` (`-`: standard input), read to its end.
  static func contents(of path: String) throws(Errno) -> [UInt8] {
    if path == "-" { return try StandardStreams.readInput() }
    let descriptor = try openForReading(path)
    defer { try? descriptor.close() }
    return try readAll(descriptor)
  }

  /// Opens `path` for reading.
  static func openForReading(_ path: String) throws(Errno) -> FileDescriptor {
    do { return try FileDescriptor.open(FilePath(argument: path), .readOnly, options: [.closeOnExec]) } catch let error
      as Errno
    {
      throw error
    } catch { throw Errno.ioError }
  }

  /// Every byte of `descriptor` up to its end, read straight into the result: sized for a
  /// regular file (one byte more, to see its end in one more read), grown by doubling for a
  /// pipe, FIFO or terminal; a directory is `EISDIR`.
  static func readAll(_ descriptor: FileDescriptor) throws(Errno) -> [UInt8] {
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0 else { throw Errno(rawValue: errno) }
    if info.st_mode & S_IFMT == S_IFDIR { throw Errno.isDirectory }
    let expected = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
    // A regular file's size and one byte more (to see its end, or that it grew); a chunk for
    // anything else. (Not a chunk at least: zeroing 64 KB for a 3 KB article was most of reading it.)
    var bytes = [UInt8](repeating: 0, count: expected > 0 ? expected + 1 : chunkSize)
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let start = filled
      let count = try bytes.withUnsafeMutableBytes { buffer in
        Result { () throws(Errno) in
          try read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[start...]))
        }
      }.get()
      if count == 0 {
        bytes.removeSubrange(filled...)
        return bytes
      }
      filled += count
    }
  }

  /// One read, retried on `EINTR`, and waiting on a non-blocking descriptor that has no data yet.
  private static func read(_ descriptor: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer) throws(Errno)
    -> Int
  {
    while true {
      do { return try descriptor.read(into: buffer, retryOnInterrupt: true) } catch let error as Errno {
        guard error == .wouldBlock || error == .resourceTemporarilyUnavailable else { throw error }
        wait(descriptor, for: Int16(POLLIN))
      } catch { throw Errno.ioError }
    }
  }

  /// Writes every byte of `bytes`, however many calls it takes (pipes take a part at a time).
  static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: FileDescriptor) throws(Errno) {
    // A native string's UTF-8 is written where it lies; other collections are copied once.
    if let result = bytes.withContiguousStorageIfAvailable({ buffer in
      Result { () throws(Errno) in try writeAll(UnsafeRawBufferPointer(buffer), to: descriptor) }
    }) {
      return try result.get()
    }
    try Array(bytes).withUnsafeBytes { buffer in Result { () throws(Errno) in try writeAll(buffer, to: descriptor) } }
      .get()
  }

  private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: FileDescriptor) throws(Errno) {
    var written = 0
    while written < buffer.count {
      do {
        written += try descriptor.write(UnsafeRawBufferPointer(rebasing: buffer[written...]), retryOnInterrupt: true)
      } catch let error as Errno {
        guard error == .wouldBlock || error == .resourceTemporarilyUnavailable else { throw error }
        wait(descriptor, for: Int16(POLLOUT))
      } catch { throw Errno.ioError }
    }
  }

  /// Waits until a non-blocking descriptor is ready (a terminal or pipe set `O_NONBLOCK` by another program).
  private static func wait(_ descriptor: FileDescriptor, for events: Int16) {
    var entry = pollfd(fd: descriptor.rawValue, events: events, revents: 0)
    _ = poll(&entry, 1, -1)
  }

  /// What a user reads for `error`: `no such file`, `permission denied`, or the system's words.
  static func reason(_ error: Errno) -> String {
    switch error {
    case .noSuchFileOrDirectory: "no such file"
    case .permissionDenied: "permission denied"
    case .isDirectory: "it is a directory"
    case .badFileDescriptor: "it is closed"
    case .noSpace: "no space left on the device"
    default: String(cString: strerror(error.rawValue)).lowercased()
    }
  }
}

extension FilePath {
  /// The path a command-line argument names, byte for byte. Swift decodes the arguments as
  /// UTF-8, turning the bytes of a name that is not UTF-8 into U+FFFD; such a name is taken
  /// back from the raw arguments (whole, or after `=` in `--output=NAME`).
  init(argument: String) {
    guard argument.unicodeScalars.contains("\u{FFFD}") else {
      self.init(argument)
      return
    }
    for index in 0..<Int(CommandLine.argc) {
      guard let raw = CommandLine.unsafeArgv[index] else { continue }
      let bytes = Array(UnsafeBufferPointer(start: raw, count: strlen(raw))).map { UInt8(bitPattern: $0) }
      for start in bytes.indices where start == 0 || bytes[start - 1] == UInt8(ascii: "=") {
        let tail = Array(bytes[start...])
        guard String(decoding: tail, as: UTF8.self) == argument else { continue }
        self.init(platformString: tail.map { CChar(bitPattern: $0) } + [0])
        return
      }
    }
    self.init(argument)
  }
}
