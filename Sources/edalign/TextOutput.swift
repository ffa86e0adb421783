import EditionAlign

/// Lines a report command prints, written to standard output whole at the end, so that a
/// full disk or a closed stream is an error (exit 3) and not lost output.
struct TextOutput {
  private var text = ""

  mutating func line(_ line: String) {
    text += line
    text += "\n"
  }

  func write() throws {
    try OutputFile.write(text, to: nil, force: false)
  }
}
