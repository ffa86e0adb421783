import ArgumentParser
import EditionAlign
import Glibc

/// Messages to standard error, coloured only when it is a terminal.
enum Diagnostics {
  static let useColor = StandardStreams.isTerminal(.error) && getenv("NO_COLOR") == nil

  static func error(_ message: String) {
    StandardStreams.report("\(useColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:") \(message)\n")
  }

  static func note(_ message: String) {
    StandardStreams.report("\(useColor ? "\u{1B}[1;36mnote:\u{1B}[0m" : "note:") \(message)\n")
  }

  /// What ingest did on its own judgement, one note a line, naming the file.
  static func notes(of edition: Edition) {
    for text in edition.notes { note("\(edition.source): \(text)") }
  }

  /// Runs `body`, turning EditionAlign's errors into a message and an exit status. A closed
  /// pipe ends the run quietly with 141 (128 + SIGPIPE), as a Unix tool killed by SIGPIPE.
  static func run(_ body: () throws -> Void) throws {
    StandardStreams.prepare()
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
    } catch let error as StoreError {
      Self.error(error.description)
      throw ExitCode(2)
    } catch let error as BoilerplateRuleError {
      Self.error(error.description)
      throw ExitCode(64)
    } catch OutputFile.WriteError.brokenPipe {
      throw ExitCode(141)
    } catch let error as OutputFile.WriteError {
      Self.error(error.description)
      throw ExitCode(3)
    }
  }
}
