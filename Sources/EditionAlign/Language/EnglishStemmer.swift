/// A light English stemmer for matching words against the lexicon: possessives, plurals,
/// past tenses and gerunds come off (`countries` → `country`, `exercises` → `exercise`,
/// `offered` → `offer`, `holding` → `hold`). Not linguistics; consistent on both sides.
enum EnglishStemmer {
  static func stem(_ word: String) -> String {
    var ascii = true
    for byte in word.utf8 where byte >= 0x80 {
      ascii = false
      break
    }
    guard ascii else { return stemAnyScript(word) }
    var word = word
    return word.withUTF8 { stemASCII($0) }
  }

  /// `stem` of a word of ASCII letters, on its bytes (the same rules as `stemAnyScript`,
  /// whose `Character` counts and suffix tests cost most of feature extraction's stemming).
  private static func stemASCII(_ w: UnsafeBufferPointer<UInt8>) -> String {
    func text(_ count: Int, adding y: Bool = false) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: w[0..<count]), as: UTF8.self) + (y ? "y" : "")
    }
    func ends(_ n: Int, _ suffix: StaticString) -> Bool {
      let k = suffix.utf8CodeUnitCount
      guard n >= k else { return false }
      let p = suffix.utf8Start
      for t in 0..<k where w[n - k + t] != p[t] { return false }
      return true
    }
    func normalizeE(_ n: Int) -> String { text(n > 4 && ends(n, "e") && !ends(n, "ee") ? n - 1 : n) }
    func undouble(_ n: Int) -> String {
      if n >= 3, w[n - 1] == w[n - 2], w[n - 1] != UInt8(ascii: "l"), w[n - 1] != UInt8(ascii: "s"),
        w[n - 1] != UInt8(ascii: "z")
      {
        return text(n - 1)
      }
      return normalizeE(n)
    }
    var n = w.count
    if ends(n, "'s") { n -= 2 }
    if n <= 3 { return text(n) }
    if ends(n, "ies") && n > 4 { return text(n - 3, adding: true) }
    if ends(n, "sses") || ends(n, "ches") || ends(n, "shes") || ends(n, "xes") { return text(n - 2) }
    if ends(n, "ss") || ends(n, "us") || ends(n, "is") { return text(n) }
    if ends(n, "s") { return normalizeE(n - 1) }
    if ends(n, "ied") && n > 4 { return text(n - 3, adding: true) }
    if ends(n, "ed") && n > 4 { return undouble(n - 2) }
    if ends(n, "ing") && n > 5 { return undouble(n - 3) }
    return normalizeE(n)
  }

  private static func stemAnyScript(_ word: String) -> String {
    var w = word
    if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
    let n = w.count
    if n <= 3 { return w }
    if w.hasSuffix("ies") && n > 4 { return String(w.dropLast(3)) + "y" }
    if w.hasSuffix("sses") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") {
      return String(w.dropLast(2))
    }
    if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
    if w.hasSuffix("s") { return normalizeE(String(w.dropLast())) }
    if w.hasSuffix("ied") && n > 4 { return String(w.dropLast(3)) + "y" }
    if w.hasSuffix("ed") && n > 4 { return undouble(String(w.dropLast(2))) }
    if w.hasSuffix("ing") && n > 5 { return undouble(String(w.dropLast(3))) }
    return normalizeE(w)
  }

  /// `exercise` and `exercis(ed)` meet at `exercis`: a final silent e comes off.
  private static func normalizeE(_ w: String) -> String {
    w.count > 4 && w.hasSuffix("e") && !w.hasSuffix("ee") ? String(w.dropLast()) : w
  }

  private static func undouble(_ w: String) -> String {
    let scalars = UTF8Bytes.scalars(of: w)
    if scalars.count >= 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
      !"lsz".unicodeScalars.contains(scalars[scalars.count - 1])
    {
      return String(w.dropLast())
    }
    return normalizeE(w)
  }
}
