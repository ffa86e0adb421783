/// A page's dateline (`Posted September. 05, 2023 08:22`, `입력 2023-09-05 00:00 업데이트 …`,
/// `Published : Sept. 5, 2023 - 14:22`, `등록 2023.09.05. 18:30`), read into ISO 8601 times.
struct Dateline: Sendable, Hashable {
  /// Publication time, ISO 8601 (`2023-09-05T08:22`).
  public var published: String?
  /// Update time, ISO 8601.
  public var updated: String?

  static let updatedLabels: Set<String> = [
    "updated", "modified", "last updated", "last modified", "수정", "업데이트", "최종수정", "최종 수정", "갱신",
  ]

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  /// The pattern of one dated entry (nil only if the pattern below failed to compile, which a
  /// test rules out: then no dateline is read rather than the process trapping).
  static let entry: Pattern? = {
    let label =
      "(?<label>posted|published|updated|modified|last updated|last modified|created|입력|등록|수정|업데이트|송고시간|송고|기사입력|최종\\s?수정|승인|기사승인|게재|발행|갱신)?"
    let month =
      "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
    let time =
      "(\\s*[,\\-–|]?\\s*(?<ampm1>오전|오후|am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?<hour>\\d{1,2}):(?<minute>\\d{2})(:(?<second>\\d{2}))?\\s*(?<ampm2>am|pm|a\\.m\\.|p\\.m\\.)?(\\s*(?<zone>kst|utc|gmt|[+-]\\d{2}:?\\d{2}))?)?"
    let numeric = "(?<y1>\\d{4})\\s*[-./년]\\s*(?<m1>\\d{1,2})\\s*[-./월]\\s*(?<d1>\\d{1,2})\\s*[.일]?"
    let monthFirst = "(?<mn2>\(month))\\.?\\s*(?<d2>\\d{1,2})(st|nd|rd|th)?\\s*,?\\s*(?<y2>\\d{4})"
    let dayFirst = "(?<d3>\\d{1,2})\\s+(?<mn3>\(month))\\.?\\s*,?\\s*(?<y3>\\d{4})"
    let timeFirst = "((?<hour0>\\d{1,2}):(?<minute0>\\d{2})\\s+)?"
    let pattern = "\(label)\\s*[:：]?\\s*\(timeFirst)(\(numeric)|\(monthFirst)|\(dayFirst))\(time)"
    return try? Pattern(pattern)
  }()

  /// Reads `line` as a dateline; nil when the line is anything else (it must hold dates,
  /// their labels and separators only).
  public init?(line: String) {
    if line.utf8.count > 480 || !Self.holdsYear(line) { return nil }
    var published: String?
    var updated: String?
    var found = false
    let matches = Self.entry?.matches(in: line) ?? []
    for match in matches {
      guard let iso = Self.iso(match) else { continue }
      found = true
      let label = match["label"].map { $0.lowercased() } ?? ""
      if Self.updatedLabels.contains(label) {
        if updated == nil { updated = iso }
      } else if published == nil {
        published = iso
      } else if updated == nil {
        updated = iso
      }
    }
    guard found else { return nil }
    // What is left must be separators and white space only.
    var leftover = line
    for match in matches.reversed() { leftover.removeSubrange(match.range) }
    let allowed = Set(" \t,|·:-–—/()[]\u{00A0}\u{3000}")
    if leftover.contains(where: { !allowed.contains($0) }) { return nil }
    self.published = published
    self.updated = updated
  }

  /// Whether `line` holds four digits that can be a year (19xx, 20xx) — every dateline does.
  static func holdsYear(_ line: String) -> Bool {
    var run = 0
    var first: UInt8 = 0
    var second: UInt8 = 0
    for byte in line.utf8 {
      if (0x30...0x39).contains(byte) {
        if run == 0 { first = byte } else if run == 1 { second = byte }
        run += 1
        if run == 4 && ((first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30)) { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  private static func iso(_ output: Pattern.Match) -> String? {
    func int(_ name: String) -> Int? { output[name].flatMap { Int($0) } }
    func month(_ name: String) -> Int? {
      output[name].flatMap { months[$0.lowercased()] }
    }
    let year: Int
    let monthNumber: Int
    let day: Int
    if let y = int("y1"), let m = int("m1"), let d = int("d1") {
      (year, monthNumber, day) = (y, m, d)
    } else if let y = int("y2"), let m = month("mn2"), let d = int("d2") {
      (year, monthNumber, day) = (y, m, d)
    } else if let y = int("y3"), let m = month("mn3"), let d = int("d3") {
      (year, monthNumber, day) = (y, m, d)
    } else {
      return nil
    }
    guard (1900...2100).contains(year), (1...12).contains(monthNumber), (1...31).contains(day) else { return nil }
    var text = zeroPadded(year, 4) + "-" + zeroPadded(monthNumber, 2) + "-" + zeroPadded(day, 2)
    if var hour = int("hour") ?? int("hour0"), let minute = int("minute") ?? int("minute0"), hour < 24, minute < 60 {
      let ampm = (output["ampm1"] ?? output["ampm2"]).map { $0.lowercased() }
      if let ampm, ampm.hasPrefix("p") || ampm == "오후", hour < 12 { hour += 12 }
      if let ampm, ampm.hasPrefix("a") || ampm == "오전", hour == 12 { hour = 0 }
      text += "T" + zeroPadded(hour, 2) + ":" + zeroPadded(minute, 2)
      if let second = int("second") { text += ":" + zeroPadded(second, 2) }
      if let zone = output["zone"]?.lowercased() {
        switch zone {
        case "kst": text += "+09:00"
        case "utc", "gmt": text += "Z"
        default:
          let digits = zone.filter(\.isNumber)
          text += String(zone.prefix(1)) + digits.prefix(2) + ":" + digits.suffix(2)
        }
      }
    }
    return text
  }
}

/// `value` zero-padded to `width` digits.
func zeroPadded(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
