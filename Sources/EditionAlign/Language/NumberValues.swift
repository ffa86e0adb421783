/// Numbers, amounts, percentages and dates read out of a sentence into language-neutral
/// keys, so that `1억1천만 달러` and `$110 million`, `12조3천억` and `12.3 trillion`,
/// `3.5%` and `3.5 percent`, `8월 18일` and `August 18`, `2000년대 중반` and `mid-2000s`
/// give the same keys.
enum NumberValues {
  /// A value found in text.
  enum Value: Hashable {
    /// A plain quantity (counts, amounts, years, days).
    case number(Double)
    case percent(Double)
    /// A month and day (`8월 18일`, `August 18`).
    case date(month: Int, day: Int)
    case month(Int)
    /// A decade (`2000년대`, `2000s`).
    case decade(Int)

    /// The key the aligner matches on.
    var key: String {
      switch self {
      case .number(let v): "n:" + Self.canonical(v)
      case .percent(let v): "p:" + Self.canonical(v)
      case .date(let m, let d): "d:\(m)-\(d)"
      case .month(let m): "m:\(m)"
      case .decade(let y): "y:\(y)s"
      }
    }

    /// `v` with four significant digits, so 1.1e8 from Korean and 110,000,000 from English agree.
    static func canonical(_ v: Double) -> String {
      if v == 0 { return "0" }
      var exponent = 0
      var mantissa = abs(v)
      while mantissa >= 10 {
        mantissa /= 10
        exponent += 1
      }
      while mantissa < 1 {
        mantissa *= 10
        exponent -= 1
      }
      let rounded = (mantissa * 1000).rounded() / 1000
      return "\(rounded)e\(exponent)"
    }
  }

  static let monthNames: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  /// The first letter, last letter and length of every key of `monthNames` and `spelled`
  /// (all lower-case ASCII), one bit each: a word whose signature has no bit is no such name,
  /// and is not looked up.
  static let wordNameSignatures: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: (signatureLengths * 26 * 26 + 63) / 64)
    for key in Array(monthNames.keys) + Array(spelled.keys) {
      let bytes = Array(key.utf8)
      guard let bit = signatureBit(bytes[0], bytes[bytes.count - 1], bytes.count) else {
        preconditionFailure("\(key) is no lower-case ASCII word shorter than \(signatureLengths)")
      }
      bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    return bits
  }()
  private static let signatureLengths = 16

  /// The bit of a word of lower-case ASCII letters from `first` to `last`, `length` long;
  /// nil for any other word (no key's).
  @inline(__always)
  static func signatureBit(_ first: UInt8, _ last: UInt8, _ length: Int) -> Int? {
    guard length < signatureLengths, first >= 0x61, first <= 0x7A, last >= 0x61, last <= 0x7A else { return nil }
    return (length * 26 + Int(first - 0x61)) * 26 + Int(last - 0x61)
  }

  /// Whether an ASCII word from `first` to `last`, `length` long, may be a key of
  /// `monthNames` or `spelled`.
  @inline(__always)
  static func mayBeWordName(_ first: UInt8, _ last: UInt8, _ length: Int) -> Bool {
    guard let bit = signatureBit(first, last, length) else { return false }
    return wordNameSignatures[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Whether `english(text)` may find a value: ASCII text with no digit and no word that
  /// may be a month or a spelled number finds none (told on its bytes); other text may.
  static func mayHoldEnglishValues(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var start = -1  // where the current run of letters starts, -1 between runs
      for k in 0...bytes.count {
        let byte = k < bytes.count ? bytes[k] : 0x20
        if byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) { return true }
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
          if start < 0 { start = k }
        } else if start >= 0 {
          if mayBeWordName(bytes[start], bytes[k - 1], k - start) { return true }
          start = -1
        }
      }
      return false
    }
  }

  /// The longest key of `monthNames` and `spelled`, in letters.
  static let longestWordName = (Array(monthNames.keys) + Array(spelled.keys)).map(\.unicodeScalars.count).max() ?? 0

  static let scales: [String: Double] = [
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9,
    "tn": 1e12, "m": 1e6, "b": 1e9,
  ]

  static let spelled: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100, "dozen": 12, "first": 1, "second": 2,
    "third": 3, "fourth": 4, "fifth": 5, "half": 0.5,
  ]

  /// A run of digits (with `,` thousands separators and a `.` decimal part) at `i`.
  /// `value` with its fraction dropped, when it is a number an `Int` holds (a run of a
  /// hundred 8s reads as a Double far beyond `Int.max`).
  static func integer(_ value: Double) -> Int? {
    value.isFinite && abs(value) < 1e15 ? Int(value) : nil
  }

  private static func readDigits(_ s: [Unicode.Scalar], _ i: inout Int) -> Double? {
    let start = i
    var text = ""
    while i < s.count {
      let c = s[i]
      if c.isASCIIDigit {
        text.unicodeScalars.append(c)
        i += 1
      } else if (c == "," || c == ".") && i + 1 < s.count && s[i + 1].isASCIIDigit && !text.isEmpty {
        if c == "." { text.unicodeScalars.append(c) }
        i += 1
      } else {
        break
      }
    }
    if i == start { return nil }
    return Double(text)
  }

  /// The values of an English (or any Latin-script) sentence in matching form.
  static func english(_ text: String) -> [Value] {
    mayHoldEnglishValues(text) ? readEnglish(text) : []
  }

  /// `english(text)`, read scalar by scalar.
  static func readEnglish(_ text: String) -> [Value] {
    let s = UTF8Bytes.scalars(of: text)
    var values: [Value] = []
    var i = 0
    var previousWord = ""
    while i < s.count {
      if s[i].isASCIIDigit && (i == 0 || !s[i - 1].isLetter) {
        let start = i
        guard var value = readDigits(s, &i) else { break }
        // 18th, 1990s, mid-2000s
        var suffix = ""
        while i < s.count && s[i].isASCIILetter && suffix.count < 3 {
          suffix.unicodeScalars.append(s[i])
          i += 1
        }
        if suffix == "s" && value >= 1000, let year = Self.integer(value), year % 10 == 0 {
          values.append(.decade(year))
          continue
        }
        // `$5m`, `$10bn`, `3.2tn`: a scale written onto the digits (`m`, `b` only after a currency sign).
        let currency = start > 0 && "$€£¥₩".unicodeScalars.contains(s[start - 1])
        if let scale = scales[suffix], suffix.count >= 2 || currency {
          values.append(.number(value * scale))
          continue
        }
        let afterNumber = i
        var j = i
        while j < s.count && s[j] == " " { j += 1 }
        var word = ""
        var k = j
        while k < s.count && (s[k].isASCIILetter || s[k] == "%") {
          word.unicodeScalars.append(s[k])
          k += 1
        }
        if word == "%" || word == "percent" || word == "pct" {
          values.append(.percent(value))
          i = k
          continue
        }
        if suffix.isEmpty, let scale = scales[word], word.count > 1 || j == afterNumber {
          value *= scale
          i = k
        }
        if !previousWord.isEmpty, let month = monthNames[previousWord], value >= 1, value <= 31,
          value == value.rounded()
        {
          values.append(.date(month: month, day: Int(value)))
        }
        values.append(.number(value))
        previousWord = ""
        continue
      }
      if s[i].isLetter {
        // Only a word as short as the longest month or number name, in ASCII, is looked up
        // (or remembered as the word before a number); the others stand as "".
        let start = i
        var ascii = true
        while i < s.count && s[i].isLetter {
          if s[i].value >= 0x80 { ascii = false }
          i += 1
        }
        var word = ""
        if ascii && i - start <= longestWordName
          && Self.mayBeWordName(UInt8(s[start].value), UInt8(s[i - 1].value), i - start)
        {
          word = String(decoding: s[start..<i].map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
        }
        if !word.isEmpty {
          if let month = monthNames[word], word.count > 3 || (i < s.count && s[i] == ".") {
            values.append(.month(month))
          }
          if let number = spelled[word] { values.append(.number(number)) }
        }
        previousWord = word
        continue
      }
      if !s[i].isSpace && s[i] != "." { previousWord = "" }
      i += 1
    }
    return values
  }

  /// Numbers written in Chinese numerals (`三`, `两`, `十五`, `一百二十`, `三千`), as in
  /// Chinese and Japanese text; digits inside are read as in English.
  static func chinese(_ text: String) -> [Value] {
    let digits: [Unicode.Scalar: Double] = [
      "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    let units: [Unicode.Scalar: Double] = ["十": 10, "百": 100, "千": 1000, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8]
    var values = english(text)
    let s = UTF8Bytes.scalars(of: text)
    var i = 0
    while i < s.count {
      guard digits[s[i]] != nil || (s[i] == "十" && (i + 1 < s.count && digits[s[i + 1]] != nil)) else {
        i += 1
        continue
      }
      var total = 0.0
      var section = 0.0
      var pending = 0.0
      var sawDigit = false
      while i < s.count {
        if let d = digits[s[i]] {
          pending = d
          sawDigit = true
        } else if let u = units[s[i]] {
          if u >= 1e4 {
            total += (section + pending) * u
            section = 0
          } else {
            section += (sawDigit ? pending : 1) * u
          }
          pending = 0
          sawDigit = false
        } else {
          break
        }
        i += 1
      }
      let value = total + section + pending
      // 一 alone is mostly "a"/"one" in prose; keep it only as part of a larger number.
      if value > 1 { values.append(.number(value)) }
    }
    return values
  }

  /// An amount with Korean units at `i`: `1억1천만` = 1.1e8, `12조3천억` = 1.23e13,
  /// `1조 2000억` = 1.2e12, `1천5백만` = 1.5e7, `1,500` = 1500.
  private static func readKoreanAmount(_ s: [Unicode.Scalar], _ i: inout Int) -> Double {
    func small(_ c: Unicode.Scalar) -> Double? { c == "천" ? 1e3 : c == "백" ? 1e2 : c == "십" ? 10 : nil }
    func big(_ c: Unicode.Scalar) -> Double? { c == "만" ? 1e4 : c == "억" ? 1e8 : c == "조" ? 1e12 : nil }
    var total = 0.0
    var group = 0.0
    while let n = readDigits(s, &i) {
      var pending = n
      if i < s.count, let unit = small(s[i]) {
        group += pending * unit
        pending = 0
        i += 1
      }
      if i < s.count, let unit = big(s[i]) {
        total += (group + pending) * unit
        group = 0
        i += 1
        if i < s.count && s[i].isASCIIDigit { continue }
        // `1조 2000억`: a space, then digits that carry a unit themselves.
        if i + 1 < s.count && s[i] == " " && s[i + 1].isASCIIDigit {
          var j = i + 1
          while j < s.count && (s[j].isASCIIDigit || s[j] == "," || s[j] == ".") { j += 1 }
          if j < s.count && (big(s[j]) != nil || small(s[j]) != nil) {
            i += 1
            continue
          }
        }
        break
      }
      if pending == 0 && i < s.count && s[i].isASCIIDigit { continue }  // 1천5백
      group += pending
      break
    }
    return total + group
  }

  /// The values of a Korean sentence in matching form: Korean units (만, 억, 조, 천), 년대,
  /// 월/일 dates, 퍼센트; Latin-script numbers inside Korean as in English.
  static func korean(_ text: String) -> [Value] {
    let s = UTF8Bytes.scalars(of: text)
    var values: [Value] = []
    var i = 0
    var pendingMonth: Int?
    while i < s.count {
      guard s[i].isASCIIDigit, i == 0 || !s[i - 1].isASCIILetter else {
        i += 1
        continue
      }
      let value = readKoreanAmount(s, &i)
      var monthHere: Int?
      var dayHere: Int?
      var percent = false
      var decade = false
      if i < s.count {
        switch s[i] {
        case "%": percent = true
        case "월": monthHere = Self.integer(value)
        case "일": dayHere = Self.integer(value)
        case "년":
          if i + 1 < s.count && s[i + 1] == "대" { decade = true }
        case "퍼":
          if i + 2 < s.count && s[i + 1] == "센" && s[i + 2] == "트" { percent = true }
        default: break
        }
      }
      if percent {
        values.append(.percent(value))
      } else if decade, let year = Self.integer(value) {
        values.append(.decade(year))
      } else {
        if let month = monthHere, (1...12).contains(month) {
          values.append(.month(month))  // 8월 ↔ August, which carries no number
          pendingMonth = month
          continue
        }
        if let day = dayHere, let month = pendingMonth, (1...31).contains(day) {
          values.append(.date(month: month, day: day))
        }
        pendingMonth = nil
        values.append(.number(value))
      }
    }
    return values
  }
}
