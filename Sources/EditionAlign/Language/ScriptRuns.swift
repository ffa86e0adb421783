/// Runs of one script in a sentence's matching form: `TASS통신과의` → `tass`, `통신과의`.
enum ScriptRuns {
  enum Script { case hangul, han, kana, latin, digits, other }

  struct Run {
    var script: Script
    var text: String
    /// Whether a hyphen or middle dot joins the run to a neighbour (`북-중-러`, `한·미`).
    var separatedByDash: Bool
  }

  static func script(of c: Unicode.Scalar) -> Script {
    if c.isHangul { return .hangul }
    if c.isHan { return .han }
    if (0x3040...0x30FF).contains(c.value) { return .kana }
    if c.isASCIIDigit { return .digits }
    if c.isLetter { return .latin }
    return .other
  }

  static func split(_ text: String) -> [Run] {
    let s = Array(text.unicodeScalars)
    // Where each scalar starts (and the end), so that a run is a slice of `text`, not rebuilt.
    let starts = Array(text.unicodeScalars.indices) + [text.endIndex]
    var runs: [Run] = []
    var i = 0
    func isDash(_ k: Int) -> Bool {
      k >= 0 && k < s.count && (s[k] == "-" || s[k] == "·" || s[k] == "ㆍ" || s[k] == "・")
    }
    while i < s.count {
      let kind = script(of: s[i])
      var j = i + 1
      while j < s.count && script(of: s[j]) == kind { j += 1 }
      if kind != .other {
        let run = String(text.unicodeScalars[starts[i]..<starts[j]])
        runs.append(Run(script: kind, text: run, separatedByDash: isDash(i - 1) || isDash(j)))
      }
      i = j
    }
    return runs
  }
}
