import Foundation

/// A compiled regular expression, run by ICU's engine through Foundation's
/// `NSRegularExpression` — an order of magnitude faster than Swift's `Regex` on the
/// thousands of lines a page dump has. Case-insensitive; matching is read-only and
/// thread-safe.
struct Pattern: @unchecked Sendable {
  private let whole: NSRegularExpression
  private let anywhere: NSRegularExpression

  init(_ pattern: String) throws {
    whole = try NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z", options: [.caseInsensitive])
    anywhere = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
  }

  /// Whether the whole of `text` matches.
  func matchesWhole(_ text: String) -> Bool {
    whole.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// The length in UTF-8 bytes of a match at the start of `text`, or nil.
  func prefixLength(_ text: String) -> Int? {
    guard let match = anywhere.firstMatch(in: text, options: [.anchored], range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range, in: text)
    else { return nil }
    return text.utf8.distance(from: text.startIndex, to: range.upperBound)
  }

  /// Every match in `text`, in order.
  func matches(in text: String) -> [Match] {
    anywhere.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Match(result: $0, text: text) }
  }

  /// One match, with its named groups.
  struct Match {
    let result: NSTextCheckingResult
    let text: String

    /// The range of the whole match in `text`.
    var range: Range<String.Index> { Range(result.range, in: text)! }

    /// The text of the group named `name`, or nil when it did not take part.
    subscript(_ name: String) -> Substring? {
      let range = result.range(withName: name)
      guard range.location != NSNotFound, let bounds = Range(range, in: text) else { return nil }
      return text[bounds]
    }
  }
}
