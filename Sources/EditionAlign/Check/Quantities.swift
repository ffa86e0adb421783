/// A number as one edition writes it, with what it counts: the checker compares these.
struct Quantity: Hashable {
  /// What the number measures; numbers of different categories are never compared.
  enum Category: Hashable {
    case percent, percentagePoints, year, decade, date, day, people, age, times
    /// A time of day (`8:40`, `0715`, `7시 15분`): never compared.
    case clock
    case money(String)  // currency: usd, krw, cny, eur, jpy
    case unit(String)  // km, m, mm, kg, mile, …
    /// A bare number: matched when it can be, never set against another.
    case plain
  }

  /// The number as the text writes it, with its unit (`3.2%`, `1억1천만 달러`, `1,500명`).
  var surface: String
  var category: Category
  /// The values NumberValues reads from `surface`, as keys.
  var keys: Set<String>
  /// The main value, for comparing magnitudes.
  var value: Double?
  /// Where `surface` starts in the sentence, in Unicode scalars.
  var start: Int = 0
}

/// Reads the quantities of a sentence (in matching form): numbers with the words after
/// them that say what they count, in Korean and in English.
enum Quantities {
  static let koreanUnits: [(String, Quantity.Category)] = [
    ("%포인트", .percentagePoints), ("퍼센트포인트", .percentagePoints), ("%p", .percentagePoints),
    ("%", .percent), ("퍼센트", .percent), ("년대", .decade), ("개월", .plain), ("년", .year), ("명", .people),
    ("달러", .money("usd")), ("원", .money("krw")), ("위안", .money("cny")), ("유로", .money("eur")), ("엔", .money("jpy")),
    ("배", .times), ("세", .age), ("살", .age), ("km", .unit("km")), ("㎞", .unit("km")), ("mm", .unit("mm")),
    ("cm", .unit("cm")), ("kg", .unit("kg")), ("m", .unit("m")), ("톤", .unit("t")), ("마일", .unit("mile")),
    ("일", .day), ("시간", .plain), ("시", .clock), ("분", .clock), ("초", .clock),
  ]

  static let englishUnits: [String: Quantity.Category] = [
    "percent": .percent, "pct": .percent, "won": .money("krw"), "dollars": .money("usd"), "dollar": .money("usd"),
    "yuan": .money("cny"), "euros": .money("eur"), "euro": .money("eur"), "yen": .money("jpy"), "times": .times,
    "km": .unit("km"), "kilometers": .unit("km"), "kilometres": .unit("km"), "miles": .unit("mile"),
    "mile": .unit("mile"),
    "mm": .unit("mm"), "millimeters": .unit("mm"), "cm": .unit("cm"), "kg": .unit("kg"), "kilograms": .unit("kg"),
    "meters": .unit("m"), "metres": .unit("m"), "tons": .unit("t"), "tonnes": .unit("t"),
  ]

  /// Nouns after a number that count people (`1,500 people`, `12 workers`).
  static let peopleNouns: Set<String> = [
    "people", "persons", "residents", "workers", "students", "soldiers", "passengers", "members", "employees",
    "visitors", "children", "citizens", "fans", "patients", "protesters", "troops", "civilians", "voters", "users",
    "tourists", "refugees", "officials", "players", "travelers", "travellers", "deaths", "dead", "victims", "doctors",
    "nurses", "teachers", "men", "women", "defectors", "athletes", "evacuees", "lawmakers",
  ]

  static let scaleWords: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "tn"]
  /// Scales written onto the number (`$5m`, `$10bn`).
  static let attachedScales: Set<String> = ["m", "b", "bn", "mn", "tn", "k"]

  /// The quantities of a sentence (matching form) of an edition in `language`.
  static func of(_ text: String, _ language: Language) -> [Quantity] {
    language == .korean ? korean(text) : english(text)
  }

  /// Whether two quantities of this category can be set against each other.
  static func isComparable(_ category: Quantity.Category) -> Bool {
    switch category {
    case .plain, .date, .day, .clock: false
    default: true
    }
  }

  // MARK: Korean

  /// The quantities of a Korean sentence.
  static func korean(_ text: String) -> [Quantity] {
    let s = Array(text.unicodeScalars)
    var result: [Quantity] = []
    var i = 0
    while i < s.count {
      guard s[i].isASCIIDigit,
        i == 0 || !(s[i - 1].isASCIIDigit || s[i - 1].isASCIILetter || s[i - 1] == "." || s[i - 1] == ",")
      else {
        i += 1
        continue
      }
      let start = i
      var j = i
      // Digits, separators and Korean number units, and `1조 2000억`-style spaces.
      while j < s.count {
        let c = s[j]
        if c.isASCIIDigit || ((c == "," || c == ".") && j + 1 < s.count && s[j + 1].isASCIIDigit)
          || "천백십만억조".unicodeScalars.contains(c)
        {
          j += 1
        } else if c == " ", j + 1 < s.count, s[j + 1].isASCIIDigit, "만억조".unicodeScalars.contains(s[j - 1]) {
          j += 1
        } else {
          break
        }
      }
      var unitEnd = j
      var category = Quantity.Category.plain
      var k = j
      if k < s.count && s[k] == " " && k + 1 < s.count && "달원위유".unicodeScalars.contains(s[k + 1]) { k += 1 }
      for (unit, unitCategory) in koreanUnits where matches(s, at: k, unit) {
        category = unitCategory
        unitEnd = k + unit.unicodeScalars.count
        break
      }
      // `8월 18일`: one date.
      if matches(s, at: j, "월") {
        var d = j + 1
        while d < s.count && s[d] == " " { d += 1 }
        var e = d
        while e < s.count && s[e].isASCIIDigit { e += 1 }
        if e > d && matches(s, at: e, "일") {
          category = .date
          unitEnd = e + 1
        } else {
          i = j + 1
          continue  // a month alone says little
        }
      }
      // A year written without 년 (`2023`) stays plain; 1900–2100 with 년 is a year.
      let surface = String(String.UnicodeScalarView(s[start..<unitEnd]))
      let values = NumberValues.korean(surface)
      result.append(
        Quantity(
          surface: surface, category: category, keys: Set(values.map(\.key)), value: mainValue(values), start: start))
      i = unitEnd
    }
    return result
  }

  // MARK: English

  /// The quantities of an English sentence (matching form, lower case).
  static func english(_ text: String) -> [Quantity] {
    let s = Array(text.unicodeScalars)
    var result: [Quantity] = []
    var i = 0
    while i < s.count {
      // `august 18`, `aug. 18`
      if s[i].isASCIILetter, i == 0 || !s[i - 1].isLetter {
        var j = i
        while j < s.count && s[j].isASCIILetter { j += 1 }
        let word = String(String.UnicodeScalarView(s[i..<j]))
        if NumberValues.monthNames[word] != nil, word.count > 3 || (j < s.count && s[j] == ".") {
          var d = j
          if d < s.count && s[d] == "." { d += 1 }
          while d < s.count && s[d] == " " { d += 1 }
          var e = d
          while e < s.count && s[e].isASCIIDigit { e += 1 }
          if e > d, e - d <= 2, e == s.count || !s[e].isASCIIDigit {
            let surface = String(String.UnicodeScalarView(s[i..<e]))
            let values = NumberValues.english(surface)
            result.append(
              Quantity(surface: surface, category: .date, keys: Set(values.map(\.key)), value: nil, start: i))
            i = e
            continue
          }
        }
        if let number = NumberValues.spelled[word] {
          result.append(
            Quantity(
              surface: word, category: .plain, keys: [NumberValues.Value.number(number).key], value: number, start: i))
        }
        i = j
        continue
      }
      guard s[i].isASCIIDigit, i == 0 || !(s[i - 1].isLetter || s[i - 1].isASCIIDigit) else {
        i += 1
        continue
      }
      var start = i
      if i > 0 && (s[i - 1] == "$" || s[i - 1] == "€" || s[i - 1] == "¥") { start = i - 1 }
      var j = i
      while j < s.count
        && (s[j].isASCIIDigit || ((s[j] == "," || s[j] == ".") && j + 1 < s.count && s[j + 1].isASCIIDigit))
      { j += 1 }
      var category = Quantity.Category.plain
      if start < i { category = s[start] == "$" ? .money("usd") : s[start] == "€" ? .money("eur") : .money("jpy") }
      // `8:40`, `0715`: a time of day.
      let clock =
        (j + 1 < s.count && s[j] == ":" && s[j + 1].isASCIIDigit) || (i > 0 && s[i - 1] == ":")
        || (s[i] == "0" && j - i == 4)
      if clock {
        let surface = String(String.UnicodeScalarView(s[i..<j]))
        result.append(
          Quantity(
            surface: surface, category: .clock, keys: Set(NumberValues.english(surface).map(\.key)), value: nil,
            start: i))
        i = j
        continue
      }
      // decades: 1990s, mid-2000s
      if j < s.count && s[j] == "s" && (j + 1 == s.count || !s[j + 1].isLetter) {
        let surface = String(String.UnicodeScalarView(s[start...j]))
        result.append(
          Quantity(
            surface: surface, category: .decade, keys: Set(NumberValues.english(surface).map(\.key)), value: nil,
            start: start))
        i = j + 1
        continue
      }
      var end = j
      // `-year-old`, `%`, `percent`, a scale word, then a unit or a noun.
      if matches(s, at: j, "-year-old") {
        category = .age
        end = j + 9
      } else if j < s.count && s[j] == "%" {
        category = .percent
        end = j + 1
      } else {
        var words: [(String, Int)] = []
        var k = j
        // `$10bn`, `$5m`: a scale written onto the digits.
        var e0 = j
        while e0 < s.count && s[e0].isASCIILetter { e0 += 1 }
        if e0 > j, attachedScales.contains(String(String.UnicodeScalarView(s[j..<e0]))) {
          end = e0
          k = e0
        }
        while words.count < 3 {
          while k < s.count && (s[k] == " " || s[k] == "-") { k += 1 }
          var e = k
          while e < s.count && s[e].isASCIILetter { e += 1 }
          if e == k { break }
          words.append((String(String.UnicodeScalarView(s[k..<e])), e))
          k = e
        }
        var w = 0
        if end == j && w < words.count && scaleWords.contains(words[w].0) {
          end = words[w].1
          w += 1
        }
        if w < words.count {
          let word = words[w].0
          if word == "percentage" && w + 1 < words.count && words[w + 1].0.hasPrefix("point") {
            category = .percentagePoints
            end = words[w + 1].1
          } else if let unit = englishUnits[word] {
            if category == .plain || unit == .percent { category = unit }
            end = words[w].1
          } else if peopleNouns.contains(word) && category == .plain {
            category = .people
            end = words[w].1
          } else if (word == "points" || word == "point") && category == .plain {
            category = .percentagePoints
            end = words[w].1
          }
        }
      }
      let surface = String(String.UnicodeScalarView(s[start..<end]))
      let values = NumberValues.english(surface)
      if category == .plain, let value = values.first.flatMap({ if case .number(let v) = $0 { v } else { nil } }),
        value >= 1900, value <= 2100, value == value.rounded(), !surface.contains(",")
      {
        category = .year
      }
      result.append(
        Quantity(
          surface: surface, category: category, keys: Set(values.map(\.key)), value: mainValue(values), start: start))
      i = max(end, j)
    }
    return result
  }

  private static func matches(_ s: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
    let w = Array(word.unicodeScalars)
    guard index >= 0, index + w.count <= s.count else { return false }
    return Array(s[index..<index + w.count]) == w
  }

  private static func mainValue(_ values: [NumberValues.Value]) -> Double? {
    for value in values {
      switch value {
      case .number(let v), .percent(let v): return v
      default: continue
      }
    }
    return nil
  }
}
