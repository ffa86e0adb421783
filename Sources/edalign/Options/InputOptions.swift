import ArgumentParser
import EditionAlign
import Foundation

extension InputShape: ExpressibleByArgument {}

/// The input shape, for every command that reads editions.
struct ShapeOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Input shape: page, article, plain, presplit or html; detected when omitted (.html files and pages starting with markup are html)."
  )
  var input: InputShape?

  @Flag(name: .long, help: "Short for --input presplit: one sentence a line, a blank line between paragraphs.")
  var presplit = false

  func validate() throws {
    if presplit, let input, input != .presplit {
      throw ValidationError("--presplit contradicts --input \(input.rawValue)")
    }
  }

  /// The shape asked for, or nil to detect it.
  var shape: InputShape? { presplit ? .presplit : input }
}

/// Options of commands that read one edition: its language and shape.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: "The edition's language code (en, ko, …); detected from the script when omitted.")
  var lang: String?

  @OptionGroup var shapeOptions: ShapeOptions

  func validate() throws {
    if let lang { _ = try Language.parsed(lang) }
  }

  /// The read options these flags ask for.
  var readOptions: ReadOptions {
    ReadOptions(language: lang.flatMap { try? Language.parsed($0) }, shape: shapeOptions.shape)
  }
}

/// Options of every command that writes a file.
struct OutputOptions: ParsableArguments {
  @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically); '-' or none: standard output.")
  var output: String?

  @Flag(name: .long, help: "Overwrite an existing output file.")
  var force = false
}

extension Language {
  /// A `--lang`/`--langs` code, checked as BCP 47; a bad code is a usage error (exit 64).
  static func parsed(_ code: String) throws(ValidationError) -> Language {
    do { return try Language(validating: code.trimmingCharacters(in: .whitespaces)) } catch {
      throw ValidationError(error.description)
    }
  }
}

extension FindingKind {
  /// The kinds of a comma-separated list (`number,date`) given to `option`; an unknown kind
  /// is a usage error naming the kinds.
  static func parsedList(_ list: String, option: String) throws(ValidationError) -> Set<FindingKind> {
    var kinds = Set<FindingKind>()
    for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let kind = FindingKind(rawValue: name) else {
        throw ValidationError(
          "\(option): unknown kind '\(name)'; kinds are \(FindingKind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      kinds.insert(kind)
    }
    return kinds
  }
}
