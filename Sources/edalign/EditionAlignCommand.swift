import ArgumentParser
import EditionAlign

@main
struct EditionAlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "edalign", abstract: "x")
  func run() throws { print(ICU.version); print(try ICUTransliterator("Hangul-Latin; Latin-ASCII").transliterate("마체고라 캠프데이비드")); print(try ICU.normalize("ＡＢＣ１２ Straße", .nfkcCasefold)) }
}
