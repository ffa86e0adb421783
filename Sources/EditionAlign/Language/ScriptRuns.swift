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
    var text = text
    // On the UTF-8 bytes: each scalar decoded once with where it starts, so that a run's
    // text is a copy of its bytes (a sentence is split in every document, and building
    // scalar and index arrays and strings of scalar slices cost more than the rest).
    return text.withUTF8 { bytes in
      var values: [UInt32] = []
      var starts: [Int] = []
      values.reserveCapacity(bytes.count)
      starts.reserveCapacity(bytes.count + 1)
      var k = 0
      while k < bytes.count {
        let (value, length) = UTF8Bytes.scalar(bytes, at: k)
        starts.append(k)
        values.append(value)
        k += length
      }
      starts.append(bytes.count)
      func isDash(_ k: Int) -> Bool {
        guard k >= 0 && k < values.count else { return false }
        let v = values[k]
        return v == 0x2D || v == 0xB7 || v == 0x318D || v == 0x30FB  // - · ㆍ ・
      }
      func script(_ k: Int) -> Script { Self.script(of: Unicode.Scalar(values[k]) ?? " ") }
      var runs: [Run] = []
      var i = 0
      while i < values.count {
        let kind = script(i)
        var j = i + 1
        while j < values.count && script(j) == kind { j += 1 }
        if kind != .other {
          let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[i]..<starts[j]]), as: UTF8.self)
          runs.append(Run(script: kind, text: run, separatedByDash: isDash(i - 1) || isDash(j)))
        }
        i = j
      }
      return runs
    }
  }
}
