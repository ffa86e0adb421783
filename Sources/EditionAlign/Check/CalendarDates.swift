import Foundation

/// A calendar day, for resolving relative dates (`지난달 18일`, `14일`, `Thursday`).
struct Day: Hashable {
  var year: Int
  var month: Int
  var day: Int

  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// The day an ISO 8601 date or date-time starts with (`2023-09-05T08:22`).
  init?(iso: String) {
    let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
    (year, month, day) = (parts[0], parts[1], parts[2])
  }

  init(year: Int, month: Int, day: Int) {
    // Months out of 1…12 roll into the next or previous year.
    let shifted = month - 1
    self.year = year + Int((Double(shifted) / 12).rounded(.down))
    self.month = ((shifted % 12) + 12) % 12 + 1
    self.day = day
  }

  private var date: Date? { Self.calendar.date(from: DateComponents(year: year, month: month, day: day)) }

  /// Whether the day exists (not 31 April).
  var isValid: Bool {
    guard let date else { return false }
    return Self.calendar.component(.day, from: date) == day
  }

  /// 1 = Sunday … 7 = Saturday.
  var weekday: Int? { date.map { Self.calendar.component(.weekday, from: $0) } }

  var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

}

/// Dates as the Korean edition writes them, resolved against its publication day.
enum KoreanDates {
  /// Where a day-only date (`18일`) falls relative to the month of publication.
  enum Reference { case lastMonth, thisMonth, nextMonth, coming, unmarked }

  /// The marker words before a day that move it (`지난달 18일`, `오는 25일`).
  static func reference(before text: String) -> Reference {
    let tail = String(text.suffix(8)).replacingOccurrences(of: " ", with: "")
    if tail.hasSuffix("지난달") { return .lastMonth }
    if tail.hasSuffix("다음달") || tail.hasSuffix("내달") { return .nextMonth }
    if tail.hasSuffix("이달") || tail.hasSuffix("이번달") { return .thisMonth }
    if tail.hasSuffix("오는") { return .coming }
    return .unmarked
  }

  /// The calendar day of day-of-month `day` in an article published on `published`:
  /// unmarked days up to a week after publication are this month's, later ones last month's.
  static func resolve(day: Int, _ reference: Reference, published: Day) -> Day? {
    let month: Int
    switch reference {
    case .lastMonth: month = published.month - 1
    case .thisMonth: month = published.month
    case .nextMonth: month = published.month + 1
    case .coming: month = day >= published.day ? published.month : published.month + 1
    case .unmarked: month = day <= published.day + 7 ? published.month : published.month - 1
    }
    let resolved = Day(year: published.year, month: month, day: day)
    return resolved.isValid ? resolved : nil
  }
}

/// Weekdays named in English text.
enum EnglishWeekdays {
  static let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

  /// The weekdays (1 = Sunday … 7 = Saturday) a sentence in matching form names.
  static func named(in text: String) -> [Int] {
    var found: [Int] = []
    for word in text.split(whereSeparator: { !$0.isLetter }) {
      if let index = names.firstIndex(of: String(word)) { found.append(index + 1) }
    }
    return found
  }
}
