import Glibc
import SystemPackage

/// Standard input, output and error as EditionAlign uses them: read whole, written whole,
/// and safe when the caller closed one of them (`edalign … >&-`, `2>&-`, `<&-`).
public enum StandardStreams {
  /// One of the three standard streams.
  public enum Stream: Int32, Sendable {
    case input = 0
    case output = 1
    case error = 2

    var name: String {
      switch self {
      case .input: "standard input"
      case .output: "standard output"
      case .error: "standard error"
      }
    }
  }

  /// The streams that were closed when the process started (see `prepare()`).
  nonisolated(unsafe) private static var closed: Set<Int32> = []

  /// Call once at start-up, before opening any file: a standard stream the caller closed
  /// gets `/dev/null` in its place, so that no file opened later takes its number (an
  /// output file under descriptor 2 would receive the error messages), and is remembered
  /// as closed: reading or writing it then fails with a message instead of touching
  /// `/dev/null` silently. Error messages to a closed standard error are dropped.
  /// `SIGPIPE` is ignored, so that a closed pipe is an `EPIPE` error the caller handles.
  public static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    for stream in [Stream.input, .output, .error] where fcntl(stream.rawValue, F_GETFD) == -1 && errno == EBADF {
      let placeholder = open("/dev/null", O_RDWR)
      if placeholder >= 0 && placeholder != stream.rawValue {
        dup2(placeholder, stream.rawValue)
        Glibc.close(placeholder)
      }
      closed.insert(stream.rawValue)
    }
  }

  /// Whether the caller closed `stream` before the process started.
  public static func isClosed(_ stream: Stream) -> Bool { closed.contains(stream.rawValue) }

  /// Every byte of standard input up to its end.
  static func readInput() throws(Errno) -> [UInt8] {
    if isClosed(.input) { throw Errno.badFileDescriptor }
    return try FileIO.readAll(.standardInput)
  }

  /// Writes `bytes` to `stream` whole, or throws what stopped it: `EPIPE` when the reader
  /// went away (`edalign … | head`), `ENOSPC` (`> /dev/full`), `EBADF` when it is closed.
  public static func write(_ bytes: some Collection<UInt8>, to stream: Stream) throws(Errno) {
    if isClosed(stream) { throw Errno.badFileDescriptor }
    try FileIO.writeAll(bytes, to: FileDescriptor(rawValue: stream.rawValue))
  }

  /// Writes a message to standard error, dropping it when standard error is closed or full
  /// (there is nowhere left to say so).
  public static func report(_ message: String) {
    try? write(message.utf8, to: .error)
  }

  /// Whether `stream` is a terminal (and so may be coloured).
  public static func isTerminal(_ stream: Stream) -> Bool { !isClosed(stream) && isatty(stream.rawValue) == 1 }
}
