/// Numbers as the line formats and the check reports write them.
enum NumberText {
  /// A score with at most three decimals (`0.93`, `1.0`).
  static func score(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
  }

  /// Sentence ids as Vecalign writes them: `[3, 4]`.
  static func list(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ", ") + "]" }
}
