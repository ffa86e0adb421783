import EditionAlign
import Foundation

/// Paths, readers and runs of `edalign` shared by the test targets; inputs come from `Fixtures/` and `seeds/`.
public enum Support {
  public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  public static let seedEnglish = path("seeds/000_74b0305e89fd4377.txt")
  public static let seedKorean = path("Fixtures/seed-ko.txt")

  /// The evaluation sets beside the project (`../shared/data`), when this checkout has them.
  public static let sharedData = root.deletingLastPathComponent().appendingPathComponent("shared/data").path
  public static var hasSharedData: Bool { FileManager.default.fileExists(atPath: sharedData + "/segmentation") }

  public static func read(_ path: String, _ options: ReadOptions = ReadOptions()) throws -> Edition {
    try EditionReader(options: options).read(file: path)
  }

  public static func read(bytes: [UInt8], _ options: ReadOptions = ReadOptions()) throws -> Edition {
    try EditionReader(options: options).read(bytes: bytes, source: "input.txt")
  }

  public static func json(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  /// A file in a fresh temporary directory holding `bytes`.
  public static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = URL(fileURLWithPath: try temporaryDirectory()).appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The `edalign` executable built beside the tests.
  public static var executable: String {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("edalign").path,
      Bundle.main.bundleURL.appendingPathComponent("edalign").path,
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("edalign").path,
      path(".build/debug/edalign"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
  }

  /// How a run of `edalign` (or a shell script) ended and what it wrote.
  public struct Run: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs a bash `script` in which `$EDALIGN` is the executable (for closed streams,
  /// process substitution, FIFOs and file names that are not UTF-8).
  public static func shell(_ script: String) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.environment = ProcessInfo.processInfo.environment.merging(["EDALIGN": executable, "ROOT": root.path]) { $1 }
    process.currentDirectoryURL = root
    return try collect(process, stdin: nil)
  }

  /// A fresh empty temporary directory, inside one folder of this test process that is
  /// removed when the process exits.
  public static func temporaryDirectory() throws -> String {
    let directory = URL(fileURLWithPath: processFolder).appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.path
  }

  /// The folder of this test process's temporary directories.
  private static let processFolder: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edalign-tests-\(UUID().uuidString)")
    atexit { try? FileManager.default.removeItem(atPath: Support.processFolder) }
    return folder.path
  }()

  /// Runs `edalign` with `arguments`, feeding `stdin`.
  public static func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    return try collect(process, stdin: stdin)
  }

  /// Starts `process`, feeds it `stdin` (then closes it), and collects its status and output.
  private static func collect(_ process: Process, stdin: [UInt8]?) throws -> Run {
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
    try input.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }
}

/// A small, fast, seeded random number generator (Steele, Lea and Flood's SplitMix64), so
/// that property tests draw the same cases on every run.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
