import ArgumentParser
import EditionAlign

@main
struct EditionAlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "edalign", abstract: "x")
  @Argument var files: [String]
  @Flag var misses = false
  func run() throws {
    for f in files {
      let items = try SegmentationEvaluation.readGold(f)
      let s = SegmentationEvaluation.score(items)
      print(f, s.exactMatch, s.precision, s.recall, s.f1)
      if misses {
        for item in items where s.misses.contains(item.id ?? "") {
          let lang = Language.detect(in: Substring(item.text))
          print("--", item.id ?? "")
          print("  GOLD:", item.sentences.joined(separator: " ‖ "))
          print("  PRED:", SentenceSegmenter(language: lang).split(item.text).joined(separator: " ‖ "))
        }
      }
    }
  }
}
