/// A light English stemmer for matching words against the lexicon: possessives, plurals,
/// past tenses and gerunds come off (`countries` → `country`, `exercises` → `exercise`,
/// `offered` → `offer`, `holding` → `hold`). Not linguistics; consistent on both sides.
enum EnglishStemmer {
  static func stem(_ word: String) -> String {
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
    let scalars = Array(w.unicodeScalars)
    if scalars.count >= 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
      !"lsz".unicodeScalars.contains(scalars[scalars.count - 1])
    {
      return String(w.dropLast())
    }
    return normalizeE(w)
  }
}
