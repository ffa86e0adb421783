import ArgumentParser
import EditionAlign

/// `edalign eval`: scores EditionAlign against gold data.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score segmentation or alignment against gold files.",
    subcommands: [EvalSegmentation.self, EvalAlignment.self])
}

/// `edalign eval segmentation`: exact-match rate and boundary P/R/F1 per gold file.
struct EvalSegmentation: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segmentation",
    abstract: "Score sentence segmentation against gold JSONL files.",
    discussion: """
      Each line of a gold file is {"text": "…", "sentences": ["…", …]}. A text matches \
      exactly when its sentences equal the gold ones, white space ignored; boundary \
      precision/recall/F1 are micro-averaged over internal boundaries.
      """)

  @Argument(help: "Gold JSONL files.")
  var files: [String]

  @Option(name: .long, help: "Language of the texts; detected per text when omitted.")
  var lang: String?

  @Flag(name: .long, help: "Print the texts that are not split exactly, gold beside prediction.")
  var showMisses = false

  @Flag(name: .long, help: "One JSON object a file instead of a table.")
  var json = false

  func run() throws {
    try Diagnostics.run {
      var out = TextOutput()
      if !json {
        out.line("file".padding(28) + "texts  exact   P      R      F1")
      }
      let language = try lang.map { code throws(ValidationError) in try Language.parsed(code) }
      for file in files {
        let items = try SegmentationEvaluation.readGold(file)
        let score = SegmentationEvaluation.score(items, language: language)
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if json {
          out.line(
            "{\"file\": \(JSONText.quoted(name)), \"texts\": \(score.texts), \"exact_match\": \(score.exactMatch.rounded4), "
              + "\"precision\": \(score.precision.rounded4), \"recall\": \(score.recall.rounded4), \"f1\": \(score.f1.rounded4)}"
          )
        } else {
          out.line(
            name.padding(28) + String(score.texts).padding(7) + score.exactMatch.fixed3.padding(8)
              + score.precision.fixed3.padding(7) + score.recall.fixed3.padding(7) + score.f1.fixed3)
        }
        if showMisses {
          let missed = Set(score.misses)
          for (number, item) in items.enumerated() where missed.contains(item.id ?? "line \(number + 1)") {
            out.line("  miss \(item.id ?? "line \(number + 1)")")
            out.line("    gold: " + item.sentences.joined(separator: " ‖ "))
            out.line(
              "    ours: " + SegmentationEvaluation.split(item.text, language: language).joined(separator: " ‖ "))
          }
        }
      }
      try out.write()
    }
  }
}

/// `edalign eval alignment`: strict and lax precision, recall and F1 (Vecalign's convention).
struct EvalAlignment: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "alignment",
    abstract: "Score predicted alignments against gold alignments.",
    discussion: """
      Give pairs of files: --test PRED --gold GOLD, repeated for several documents (counts add up over them). Files are in Vecalign's format ([0]:[0, 1] a line, an optional :score after) or EditionAlign's gold JSON ({"links": [{"en": […], "ko": […]}]}); for gold JSON, --source-lang and --target-lang name the sides read as the first and second list.
      """)

  @Option(name: .long, help: "A predicted alignment file (repeat for several documents).")
  var test: [String]

  @Option(name: .long, help: "The gold alignment of each --test, in the same order.")
  var gold: [String]

  @Option(name: .long, help: "For gold JSON: the key of the side read as source.")
  var sourceLang = "en"

  @Option(name: .long, help: "For gold JSON: the key of the side read as target.")
  var targetLang = "ko"

  @Flag(name: .long, help: "Print one JSON object instead of a table.")
  var json = false

  func validate() throws {
    if test.count != gold.count || test.isEmpty {
      throw ValidationError("give as many --gold files as --test files (at least one)")
    }
  }

  func run() throws {
    try Diagnostics.run {
      var out = TextOutput()
      var score = AlignmentScore()
      for (testFile, goldFile) in zip(test, gold) {
        let predicted = try AlignmentFiles.read(testFile, sourceKey: sourceLang, targetKey: targetLang)
        let reference = try AlignmentFiles.read(goldFile, sourceKey: sourceLang, targetKey: targetLang)
        score.add(predicted: predicted, gold: reference)
      }
      if json {
        out.line(
          "{\"precision_strict\": \(score.precisionStrict.rounded4), \"recall_strict\": \(score.recallStrict.rounded4), "
            + "\"f1_strict\": \(score.f1Strict.rounded4), \"precision_lax\": \(score.precisionLax.rounded4), "
            + "\"recall_lax\": \(score.recallLax.rounded4), \"f1_lax\": \(score.f1Lax.rounded4)}")
      } else {
        out.line("            strict  lax")
        out.line("precision   " + score.precisionStrict.fixed3 + "   " + score.precisionLax.fixed3)
        out.line("recall      " + score.recallStrict.fixed3 + "   " + score.recallLax.fixed3)
        out.line("F1          " + score.f1Strict.fixed3 + "   " + score.f1Lax.fixed3)
      }
      try out.write()
    }
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}

extension Double {
  var fixed3: String {
    let scaled = (self * 1000).rounded()
    let whole = Int(scaled) / 1000
    let fraction = Int(scaled) % 1000
    return "\(whole)." + String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
  }

  var rounded4: Double { (self * 10000).rounded() / 10000 }
}
