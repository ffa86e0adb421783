import ArgumentParser
import EditionAlign
import Foundation

/// `edalign bench segmentation`: segmentation throughput beside raw ICU.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure throughput (build with -c release for meaningful figures).",
    subcommands: [BenchSegmentation.self])
}

struct BenchSegmentation: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segmentation",
    abstract: "Segment text files' lines (each a paragraph) with EditionAlign and with raw ICU; print MB/s of both.")

  @Argument(help: "Text files; every non-blank line is a paragraph.")
  var files: [String]

  @Option(name: .long, help: "Language of the texts; detected from the first file when omitted.")
  var lang: String?

  @Option(name: .long, help: "Repeat the text this many times to make a larger input.")
  var repeatCount: Int = 1

  @Option(name: .long, help: "Timed passes; the best is reported.")
  var passes: Int = 5

  func run() throws {
    try Diagnostics.run {
      var out = TextOutput()
      var paragraphs: [String] = []
      for file in files {
        let decoded = try DecodedText(bytes: try EditionReader.bytes(of: file), file: file)
        paragraphs += decoded.string.split(whereSeparator: \.isNewline).map(String.init)
      }
      paragraphs = Array(repeating: paragraphs, count: max(1, repeatCount)).flatMap { $0 }
      let language = lang.map { Language($0) } ?? Language.detect(in: Substring(paragraphs.prefix(50).joined()))
      let result = try SegmentationBenchmark.measure(paragraphs: paragraphs, language: language, passes: passes)
      let megabytes = Double(result.bytes) / 1e6
      out.line("language \(language)  input \(String(format: "%.1f", megabytes)) MB in \(paragraphs.count) paragraphs")
      out.line(
        "raw ICU (\(language))     \(String(format: "%7.1f", result.icuMegabytesPerSecond)) MB/s  \(result.icuSentences) sentences"
      )
      out.line(
        "edalign segmenter   \(String(format: "%7.1f", result.segmenterMegabytesPerSecond)) MB/s  \(result.segmenterSentences) sentences"
      )
      out.line(
        "ratio ICU/edalign   \(String(format: "%7.2f", result.icuMegabytesPerSecond / result.segmenterMegabytesPerSecond))"
      )
      try out.write()
    }
  }
}
