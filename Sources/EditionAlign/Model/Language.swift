/// The language of an edition, as an ISO 639-1 code (`en`, `ko`, `de`, …).
///
/// EditionAlign has rules for English and Korean; any other code still gets
/// ICU's segmentation for its locale and language-neutral alignment.
public struct Language: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
  public init(_ code: String) { self.init(rawValue: code) }

  public static let english = Language("en")
  public static let korean = Language("ko")
  public static let chinese = Language("zh")
  public static let japanese = Language("ja")

  public var description: String { rawValue }

  /// The language's English name for messages (`English`, `Korean`), or its code.
  public var displayName: String {
    switch rawValue {
    case "en": "English"
    case "ko": "Korean"
    case "zh": "Chinese"
    case "ja": "Japanese"
    case "de": "German"
    case "fr": "French"
    default: rawValue
    }
  }

  /// The language whose script dominates `text`: Hangul → Korean, kana → Japanese,
  /// Han without Hangul or kana → Chinese, otherwise English (Latin script).
  public static func detect(in text: Substring) -> Language {
    var hangul = 0
    var kana = 0
    var han = 0
    var latin = 0
    for scalar in text.unicodeScalars.prefix(20_000) {
      switch scalar.value {
      case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
      case 0x3040...0x30FF: kana += 1
      case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
      default: break
      }
    }
    if hangul > 0 && hangul * 4 >= latin { return .korean }
    if kana > 0 && kana * 4 >= latin { return .japanese }
    if han > 0 && han * 2 >= latin { return .chinese }
    return .english
  }
}
