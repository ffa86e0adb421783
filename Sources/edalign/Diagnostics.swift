import ArgumentParser
import EditionAlign
import Foundation

/// Messages to standard error, coloured only when it is a terminal.
enum Diagnostics {
  static let useColor = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

  static func error(_ message: String) {
    let label = useColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
    FileHandle.standardError.write(Data("\(label) \(message)\n".utf8))
  }

  static func note(_ message: String) {
    let label = useColor ? "\u{1B}[1;36mnote:\u{1B}[0m" : "note:"
    FileHandle.standardError.write(Data("\(label) \(message)\n".utf8))
  }

  /// What ingest did on its own judgement, one note a line, naming the file.
  static func notes(of edition: Edition) {
    for text in edition.notes { note("\(edition.source): \(text)") }
  }

  /// Runs `body`, turning EditionAlign's errors into a message and an exit status.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as IngestError {
      Self.error(error.description)
      throw ExitCode(2)
    } catch let error as EvaluationError {
      Self.error(error.description)
      throw ExitCode(2)
    } catch let error as LexiconError {
      Self.error(error.description)
      throw ExitCode(2)
    } catch let error as ExportError {
      Self.error(error.description)
      throw ExitCode(64)
    } catch let error as OutputFile.WriteError {
      Self.error(error.description)
      throw ExitCode(3)
    }
  }
}
