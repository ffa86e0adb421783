/// The elements open at a point of the page, innermost last, with what the reader asks of
/// them kept up to date as they open and close, so that every question is answered without
/// walking the stack (a page of 100,000 unclosed `<div>`s stays linear).
struct OpenElements {
  /// Element indices, outermost first.
  private(set) var stack: [Int] = []
  /// For each entry of `stack`: the innermost block element at or outside it, if any.
  private var blocks: [Int?] = []
  /// How many of each tag name are open.
  private var counts: [String: Int] = [:]

  var last: Int? { stack.last }
  var depth: Int { stack.count }

  /// The innermost open block element (`p`, `div`, `li`, …), else the innermost element.
  var owner: Int? { blocks.last.flatMap { $0 } ?? stack.last }

  /// Whether an element named `name` is open.
  func isOpen(_ name: String) -> Bool { counts[name, default: 0] > 0 }

  /// Whether a heading (`h1`–`h3`) is open.
  var isInHeading: Bool { isOpen("h1") || isOpen("h2") || isOpen("h3") }

  mutating func push(_ element: Int, name: String, isBlock: Bool) {
    blocks.append(isBlock ? element : (blocks.last ?? nil))
    stack.append(element)
    counts[name, default: 0] += 1
  }

  /// Closes the innermost open element named `name` and every element inside it (an end
  /// tag closes what it contains); an end tag without an open element is ignored. The
  /// names of the entries come from `name(of:)`.
  mutating func close(_ name: String, name nameOf: (Int) -> String) {
    guard isOpen(name) else { return }
    while let element = stack.popLast() {
      blocks.removeLast()
      let closed = nameOf(element)
      counts[closed, default: 1] -= 1
      if closed == name { return }
    }
  }
}
