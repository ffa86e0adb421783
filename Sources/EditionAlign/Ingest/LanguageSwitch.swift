/// The language a page's language-switch link names: `한국어` and `KOR` name Korean,
/// `English` and `영문` English, `中文` Chinese. Pages link their other editions this way
/// (the seed page's `한국어` link leads to its Korean original).
enum LanguageSwitch {
  /// Link texts (lower case, one space between words) and the language each names.
  static let names: [String: Language] = {
    var names: [String: Language] = [:]
    let lists: [(Language, [String])] = [
      (
        .korean,
        [
          "한국어", "한국어판", "한국어 기사", "국문", "국문판", "한글", "korean", "kor", "ko", "kr", "korean version",
          "korean edition", "view in korean", "read in korean", "read this in korean", "한국어로 보기",
        ]
      ),
      (
        .english,
        [
          "english", "eng", "en", "영문", "영문판", "영어", "영문 기사", "english version", "english edition",
          "view in english", "read in english", "read this in english", "영문으로 보기",
        ]
      ),
      (.chinese, ["中文", "中文版", "简体中文", "繁體中文", "中国语", "chinese", "중국어", "중문", "중문판"]),
      (.japanese, ["日本語", "日本語版", "japanese", "일본어", "일문", "일문판"]),
      (Language("es"), ["español", "spanish"]),
      (Language("ru"), ["русский", "russian"]),
      (Language("fr"), ["français", "french"]),
      (Language("de"), ["deutsch", "german"]),
    ]
    for (language, words) in lists { for word in words { names[word] = language } }
    return names
  }()

  /// The language `text` names, or nil.
  static func language(named text: String) -> Language? {
    let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "·" })
    return names[words.joined(separator: " ")]
  }

  /// The language of an `hreflang` value (`ko`, `ko-KR`, `en-us`, `zh-Hans`); nil for `x-default`.
  static func language(ofTag tag: String) -> Language? {
    let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
    guard primary.count >= 2, primary.count <= 3, primary != "x" else { return nil }
    return Language(primary)
  }
}
