/// Why a language code was refused.
public enum LanguageCodeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Not a well-formed BCP 47 tag (`en`, `ko`, `zh-Hant`, `pt-BR`, `sr-Latn-RS`).
  case malformed(code: String)
  /// Well formed, but its language subtag names no language ICU knows (`xx`).
  case unknownLanguage(code: String)

  public var description: String {
    switch self {
    case .malformed(let code):
      "'\(code)' is not a language code: give a BCP 47 tag such as en, ko, ja, zh-Hant or pt-BR"
    case .unknownLanguage(let code):
      "'\(code)' names no known language: give an ISO 639 code such as en, ko, ja, zh, de"
    }
  }
}

extension Language {
  /// A language code checked as BCP 47 (RFC 5646): a language subtag of 2 or 3 letters
  /// that ICU knows (or one of the private-use codes qaa–qtz), then optional extended
  /// language, script, region, variant, extension and private-use subtags. The code is
  /// kept as written, lower-cased (`zh-hant`); `_` is read as `-`.
  public init(validating code: String) throws(LanguageCodeError) {
    let tag = code.replacingOccurrences(of: "_", with: "-").lowercased()
    let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard Self.isWellFormed(subtags) else { throw .malformed(code: code) }
    let primary = subtags[0]
    let privateUse = primary.count == 3 && ("qaa"..."qtz").contains(primary)
    guard privateUse || ICU.isKnownLanguage(primary) else { throw .unknownLanguage(code: code) }
    self.init(tag)
  }

  /// RFC 5646's `langtag` production over lower-cased subtags.
  static func isWellFormed(_ subtags: [String]) -> Bool {
    func letters(_ s: String, _ counts: ClosedRange<Int>) -> Bool {
      counts.contains(s.count) && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
    func alphanumerics(_ s: String, _ counts: ClosedRange<Int>) -> Bool {
      counts.contains(s.count) && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
    guard let first = subtags.first, letters(first, 2...3) else { return false }
    var index = 1
    var extlangs = 0
    while index < subtags.count, extlangs < 3, letters(subtags[index], 3...3) {
      index += 1
      extlangs += 1
    }
    if index < subtags.count, letters(subtags[index], 4...4) { index += 1 }  // script
    if index < subtags.count,
      letters(subtags[index], 2...2)
        || (subtags[index].count == 3 && subtags[index].unicodeScalars.allSatisfy(\.isASCIIDigit))
    {
      index += 1  // region
    }
    while index < subtags.count,
      alphanumerics(subtags[index], 5...8)
        || (alphanumerics(subtags[index], 4...4) && subtags[index].unicodeScalars.first?.isASCIIDigit == true)
    {
      index += 1  // variants
    }
    while index < subtags.count, subtags[index].count == 1 {
      let singleton = subtags[index]
      guard alphanumerics(singleton, 1...1) else { return false }
      index += 1
      let minimum = singleton == "x" ? 1 : 2
      var count = 0
      while index < subtags.count, alphanumerics(subtags[index], minimum...8),
        subtags[index].count > 1 || singleton == "x"
      {
        index += 1
        count += 1
      }
      if count == 0 { return false }
      if singleton == "x" { break }
    }
    return index == subtags.count
  }
}
