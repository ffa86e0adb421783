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

  /// `script(of:)` of a scalar value, ASCII and Hangul syllables told without a property lookup.
  @inline(__always)
  static func script(ofValue v: UInt32) -> Script {
    if v < 0x80 {
      if v >= 0x30 && v <= 0x39 { return .digits }
      return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A ? .latin : .other
    }
    if v >= 0xAC00 && v <= 0xD7A3 { return .hangul }
    return script(of: Unicode.Scalar(v) ?? " ")
  }

  static func split(_ text: String) -> [Run] {
    var text = text
    // On the UTF-8 bytes, in one pass: each scalar decoded once, a run's text a copy of its
    // bytes (a sentence is split in every document; arrays of scalars and their offsets,
    // and strings of scalar slices, cost more than the rest).
    return text.withUTF8 { bytes in
      func isDash(_ v: UInt32?) -> Bool {
        guard let v else { return false }
        return v == 0x2D || v == 0xB7 || v == 0x318D || v == 0x30FB  // - · ㆍ ・
      }
      var runs: [Run] = []
      runs.reserveCapacity(bytes.count / 4 + 1)
      var before: UInt32?  // the scalar before the run, nil at the start
      var k = 0
      while k < bytes.count {
        let start = k
        let (first, firstLength) = UTF8Bytes.scalar(bytes, at: k)
        let kind = script(ofValue: first)
        var last = first
        var after: UInt32?  // the scalar after the run, nil at the end
        k += firstLength
        while k < bytes.count {
          let (v, length) = UTF8Bytes.scalar(bytes, at: k)
          if script(ofValue: v) != kind {
            after = v
            break
          }
          last = v
          k += length
        }
        if kind != .other {
          let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)
          runs.append(Run(script: kind, text: run, separatedByDash: isDash(before) || isDash(after)))
        }
        before = last
      }
      return runs
    }
  }
}
