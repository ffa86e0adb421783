import Foundation

/// How to check.
public struct CheckOptions: Sendable {
  /// Findings below this are not reported.
  public var minimumSeverity: Severity
  /// A lexicon added to the built-in one, as the aligner was given it (the lexicon also tells
  /// which sentences of a 2-2 link say the same thing).
  public var dictionary: Lexicon?
  /// Use the built-in Korean–English news lexicon for ko–en pairs, as the aligner does by default.
  public var useBuiltInLexicon: Bool

  public init(minimumSeverity: Severity = .medium, dictionary: Lexicon? = nil, useBuiltInLexicon: Bool = true) {
    self.minimumSeverity = minimumSeverity
    self.dictionary = dictionary
    self.useBuiltInLexicon = useBuiltInLexicon
  }
}

/// Finds where two aligned editions disagree: sentences left out or added, numbers, dates
/// and names that differ, sentences in another order, headlines that disagree — the library
/// face of `edalign check`.
///
/// The Korean edition is the original when one of the two is Korean (English editions of
/// Korean papers are translated from it); otherwise the first edition is. A finding comes
/// only from a conflict both sides show (a value on each side, different), or from a
/// sentence one side lacks, so that equal values in other notations never raise one.
public struct Checker: Sendable {
  public var options: CheckOptions

  public init(options: CheckOptions = CheckOptions()) { self.options = options }

  /// The findings in `alignment` at or above the minimum severity, in document order.
  public func check(_ alignment: Alignment) -> CheckReport {
    let originalIsSource = alignment.source.language == .korean || alignment.target.language != .korean
    let context = CheckContext(alignment: alignment, originalIsSource: originalIsSource, options: options)
    var findings = context.omissions()
    for link in alignment.links where !link.isOmission {
      findings += context.linkFindings(link)
    }
    findings.sort { context.position($0) < context.position($1) }
    findings = context.titleFindings() + findings
    return CheckReport(
      alignment: alignment, originalIsSource: originalIsSource,
      findings: findings.filter { $0.severity >= options.minimumSeverity })
  }
}

/// What one check run needs at hand: both editions' sentences, oriented original/translation.
private struct CheckContext {
  let alignment: Alignment
  let originalIsSource: Bool
  let original: Edition
  let translation: Edition
  let originalSentences: [Sentence]
  let translationSentences: [Sentence]
  let options: CheckOptions
  /// The day the original was published (else the translation), for relative dates.
  let originalPublished: Day?
  /// Sentence similarity, made when some link is 2-2 (for the order check).
  let similarity: SentenceSimilarity?

  init(alignment: Alignment, originalIsSource: Bool, options: CheckOptions) {
    self.alignment = alignment
    self.originalIsSource = originalIsSource
    self.options = options
    original = originalIsSource ? alignment.source : alignment.target
    translation = originalIsSource ? alignment.target : alignment.source
    originalSentences = original.sentences
    translationSentences = translation.sentences
    let originalDay = original.metadata.published.flatMap(Day.init(iso:))
    let translationDay = translation.metadata.published.flatMap(Day.init(iso:))
    originalPublished = originalDay ?? translationDay
    if alignment.links.contains(where: { $0.source.count == 2 && $0.target.count == 2 }) {
      let lexicon = Lexicon.forPair(
        alignment.source.language, alignment.target.language, builtIn: options.useBuiltInLexicon,
        adding: options.dictionary)
      similarity = SentenceSimilarity(alignment.source, alignment.target, lexicon: lexicon)
    } else {
      similarity = nil
    }
  }

  var originalName: String { original.language.displayName }
  var translationName: String { translation.language.displayName }

  func originalIDs(_ link: Link) -> [Int] { CheckReport.originalIDs(link, originalIsSource: originalIsSource) }
  func translationIDs(_ link: Link) -> [Int] { CheckReport.translationIDs(link, originalIsSource: originalIsSource) }

  func originalSide(_ ids: [Int]) -> FindingSide {
    FindingSide(ids: ids, text: ids.map { originalSentences[$0].text }.joined(separator: " "))
  }
  func translationSide(_ ids: [Int]) -> FindingSide {
    FindingSide(ids: ids, text: ids.map { translationSentences[$0].text }.joined(separator: " "))
  }

  /// Where a finding stands: its first original sentence, else its first translation sentence.
  func position(_ finding: Finding) -> (Int, Int) {
    (finding.original.ids.first ?? Int.max, finding.translation.ids.first ?? Int.max)
  }

  // MARK: Omissions and additions

  /// Runs of links that one side lacks, each run one finding: a dropped paragraph is one
  /// omission. Two or more sentences, or a whole paragraph, are high; one is medium.
  func omissions() -> [Finding] {
    var findings: [Finding] = []
    var run: [Link] = []
    var runIsOmission = true
    func flush() {
      guard !run.isEmpty else { return }
      let originalIDs = run.flatMap(originalIDs)
      let translationIDs = run.flatMap(translationIDs)
      let ids = runIsOmission ? originalIDs : translationIDs
      let sentences = runIsOmission ? originalSentences : translationSentences
      let edition = runIsOmission ? original : translation
      let paragraph = sentences[ids[0]].paragraph
      let wholeParagraph =
        ids.allSatisfy { sentences[$0].paragraph == paragraph }
        && edition.paragraphs[paragraph].sentences.map(\.index) == ids
      let count = ids.count == 1 ? "1 sentence" : "\(ids.count) sentences"
      let what = wholeParagraph && edition.paragraphs.count > 1 ? "a paragraph (\(count))" : count
      let message =
        runIsOmission
        ? "the \(translationName) edition leaves out \(what) of the \(originalName)"
        : "the \(translationName) edition adds \(what) the \(originalName) does not have"
      findings.append(
        Finding(
          kind: runIsOmission ? .omission : .addition,
          severity: ids.count >= 2 || (wholeParagraph && edition.paragraphs.count > 1) ? .high : .medium,
          translation: translationSide(translationIDs), original: originalSide(originalIDs), message: message))
      run = []
    }
    for link in alignment.links {
      let isOmission = translationIDs(link).isEmpty
      let isAddition = originalIDs(link).isEmpty
      if isOmission || isAddition {
        if !run.isEmpty && runIsOmission != isOmission { flush() }
        runIsOmission = isOmission
        run.append(link)
      } else {
        flush()
      }
    }
    flush()
    return findings
  }

  // MARK: Two-sided links

  func linkFindings(_ link: Link) -> [Finding] {
    let o = originalIDs(link)
    let t = translationIDs(link)
    let originalText = o.map { originalSentences[$0].normalized }.joined(separator: " ")
    let translationText = t.map { translationSentences[$0].normalized }.joined(separator: " ")
    let translationCased = t.map { translationSentences[$0].text }.joined(separator: " ")
    let originalCased = o.map { originalSentences[$0].text }.joined(separator: " ")
    var findings: [Finding] = []
    func finding(_ kind: FindingKind, _ severity: Severity, _ values: (String, String)?, _ message: String) {
      findings.append(
        Finding(
          kind: kind, severity: severity, translation: translationSide(t), original: originalSide(o),
          translationValue: values?.0, originalValue: values?.1, message: message))
    }
    func cased(_ conflict: (String, String)) -> (String, String) {
      (Self.cased(conflict.0, in: translationCased), Self.cased(conflict.1, in: originalCased))
    }
    for conflict in numberConflicts(translationText, originalText).map(cased) {
      finding(.number, .high, conflict, "\(conflict.0) in \(translationName), \(conflict.1) in \(originalName)")
    }
    for conflict in dateConflicts(translationText, originalText) {
      let values = cased((conflict.0, conflict.1))
      finding(.date, .high, values, conflict.2.replacingOccurrences(of: conflict.0, with: values.0))
    }
    for conflict in nameConflicts(translationCased, originalCased) {
      finding(.name, .high, conflict, "\(conflict.0) in \(translationName) does not romanize \(conflict.1)")
    }
    if o.count == 2 && t.count == 2, swapped(link) {
      finding(.order, .medium, nil, "the \(translationName) edition gives these two sentences in the other order")
    }
    if let evidence = link.evidence, link.score < 0.1, evidence.similarity < 0.05 {
      finding(
        .omission, .low, nil,
        "the \(translationName) sentence does not seem to translate the \(originalName) here (score \(NumberText.score(link.score)))"
      )
    }
    return findings
  }

  /// Values of a category that each side has and the other does not match (`2.3%` against
  /// `3.2%`): a conflict only when both sides have one, and they differ by more than rounding.
  func numberConflicts(_ translationText: String, _ originalText: String) -> [(String, String)] {
    let t = Quantities.of(translationText, translation.language)
    let o = Quantities.of(originalText, original.language)
    let tKeys = t.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
    let oKeys = o.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
    let tOpen = t.filter { Quantities.isComparable($0.category) && $0.keys.isDisjoint(with: oKeys) }
    let oOpen = o.filter { Quantities.isComparable($0.category) && $0.keys.isDisjoint(with: tKeys) }
    var conflicts: [(String, String)] = []
    var used = Set<Int>()
    for a in tOpen {
      guard let index = oOpen.indices.first(where: { !used.contains($0) && oOpen[$0].category == a.category }) else {
        continue
      }
      let b = oOpen[index]
      used.insert(index)
      if let x = a.value, let y = b.value, max(abs(x), abs(y)) > 0, abs(x - y) / max(abs(x), abs(y)) <= 0.025 {
        continue
      }
      conflicts.append((a.surface, b.surface))
    }
    // A bare number that reads like a slip of the other side's value (a zero too many, two
    // digits swapped: `15,000` against `1,500명`) conflicts whatever it counts.
    let tBare = t.filter {
      $0.category == .plain && $0.keys.isDisjoint(with: oKeys) && $0.surface.first?.isNumber == true
    }
    let oBare = o.filter {
      $0.category == .plain && $0.keys.isDisjoint(with: tKeys) && $0.surface.first?.isNumber == true
    }
    let unpairedO = oOpen.indices.filter { !used.contains($0) }.map { oOpen[$0] } + oBare
    let pairedT = Set(conflicts.map(\.0))
    for a in tOpen.filter({ !pairedT.contains($0.surface) }) + tBare {
      guard let x = a.value else { continue }
      let slipped = unpairedO.first { b in
        (a.category == .plain || b.category == .plain) && b.value.map { $0 != x && Self.slip(x, $0) } == true
      }
      if let b = slipped { conflicts.append((a.surface, b.surface)) }
    }
    return conflicts
  }

  /// Whether two values differ as a slip of the pen does: their digits the same but for one
  /// digit added, dropped or changed, or two digits swapped (`1500`/`15000`, `3.2`/`2.3`).
  static func slip(_ x: Double, _ y: Double) -> Bool {
    func digits(_ v: Double) -> [Character] {
      let text = v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
      return text.filter(\.isNumber)
    }
    let a = digits(x)
    let b = digits(y)
    // Single digits slip into anything; two digits or more on both sides.
    guard a.count >= 2 && b.count >= 2 else { return false }
    if a.count == b.count {
      let differing = zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
      if differing.count == 2, differing[1] == differing[0] + 1, a[differing[0]] == b[differing[1]],
        a[differing[1]] == b[differing[0]]
      {
        return true
      }
      return a.sorted() == b.sorted() && Set(a).count > 1 && differing.count == 2
    }
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard long.count == short.count + 1 else { return false }
    for k in 0..<long.count where Array(long[..<k] + long[(k + 1)...]) == short { return true }
    return false
  }

  /// Dates that differ: explicit dates on both sides, a day of the month against a date, or
  /// a weekday that the Korean day does not fall on (relative days resolved against the
  /// publication date, when the page gives one).
  func dateConflicts(_ translationText: String, _ originalText: String) -> [(String, String, String)] {
    let t = Quantities.of(translationText, translation.language).filter { $0.category == .date }
    let o = Quantities.of(originalText, original.language).filter { $0.category == .date || $0.category == .day }
    let originalScalars = Array(originalText.unicodeScalars)
    /// A date of the original: its month when written or resolved, its day, as written, and
    /// the calendar day when the publication date tells it.
    struct OriginalDate {
      var month: Int?
      var day: Int
      var surface: String
      var resolved: Day?
      /// Whether the text names the month (`8월 18일`), not only the day.
      var namesMonth: Bool { surface.contains("월") }
    }
    var originalDates: [OriginalDate] = []
    for q in o {
      if q.category == .date, let (m, d) = Self.monthDay(q.keys) {
        var resolved: Day?
        if let published = originalPublished {
          let candidate = Day(year: published.year, month: m, day: d)
          resolved = candidate.isValid ? candidate : nil
        }
        originalDates.append(OriginalDate(month: m, day: d, surface: q.surface, resolved: resolved))
      } else if q.category == .day, let d = q.value.map({ Int($0) }), (1...31).contains(d) {
        let before = String(String.UnicodeScalarView(originalScalars[..<q.start]))
        let resolved = originalPublished.flatMap {
          KoreanDates.resolve(day: d, KoreanDates.reference(before: before), published: $0)
        }
        originalDates.append(OriginalDate(month: resolved?.month, day: d, surface: q.surface, resolved: resolved))
      }
    }
    guard !originalDates.isEmpty else { return [] }
    var conflicts: [(String, String, String)] = []
    let translationDates = t.compactMap { q in
      Self.monthDay(q.keys).map { (month: $0.0, day: $0.1, surface: q.surface) }
    }
    func agrees(_ e: (month: Int, day: Int, surface: String), _ k: OriginalDate) -> Bool {
      e.day == k.day && (k.month == nil || k.month == e.month)
    }
    // A day of the month alone may be what a weekday or `yesterday` of the translation says.
    let weekdays = translation.language == .english ? EnglishWeekdays.named(in: translationText) : []
    let relative =
      weekdays.count + ["today", "yesterday", "tomorrow", "tonight"].filter { translationText.contains($0) }.count
    let openOriginal = originalDates.filter { k in
      !translationDates.contains { agrees($0, k) } && (relative == 0 || k.namesMonth)
    }
    for e in translationDates where !originalDates.contains(where: { agrees(e, $0) }) {
      guard let k = openOriginal.first else { break }
      conflicts.append((e.surface, k.surface, "\(e.surface) in \(translationName), \(k.surface) in \(originalName)"))
    }
    // A weekday against the one date of the original, where no explicit date says more.
    if translationDates.isEmpty, weekdays.count == 1, originalDates.count == 1, let day = originalDates[0].resolved,
      let actual = day.weekday, actual != weekdays[0]
    {
      let said = EnglishWeekdays.names[weekdays[0] - 1].capitalized
      let real = EnglishWeekdays.names[actual - 1].capitalized
      conflicts.append(
        (
          said, originalDates[0].surface,
          "\(said) in \(translationName), but \(originalDates[0].surface) (\(day.iso)) is a \(real)"
        ))
    }
    return conflicts
  }

  static func monthDay(_ keys: Set<String>) -> (Int, Int)? {
    for key in keys where key.hasPrefix("d:") {
      let parts = key.dropFirst(2).split(separator: "-").compactMap { Int($0) }
      if parts.count == 2 { return (parts[0], parts[1]) }
    }
    return nil
  }

  /// English Korean-style names whose surname fits a Korean name of the link but whose
  /// given name does not romanize it.
  func nameConflicts(_ translationText: String, _ originalText: String) -> [(String, String)] {
    guard original.language == .korean, translation.language != .korean else { return [] }
    let korean = KoreanNames.korean(originalText)
    guard !korean.isEmpty else { return [] }
    // Opened only for a name that is not all Hangul syllables (`HangulRomanization` reads those).
    var opened: ICUTransliterator??
    func transliterator() -> ICUTransliterator? {
      if let opened { return opened }
      let transliterator = try? ICUTransliterator.reused(ICUTransliterator.hangulToLatin)
      opened = .some(transliterator)
      return transliterator
    }
    defer { if let opened, let transliterator = opened { ICUTransliterator.recycle(transliterator) } }
    var conflicts: [(String, String)] = []
    for name in KoreanNames.english(translationText) {
      let candidates = korean.filter { KoreanNames.surname(name.surname, fits: $0.surname) }
      guard !candidates.isEmpty else { continue }
      if candidates.contains(where: { KoreanNames.given(name.given, fits: $0.given, transliterator: transliterator) }) {
        continue
      }
      conflicts.append((name.text, candidates[0].text))
    }
    return conflicts
  }

  /// Whether the two sentences of each side of a 2-2 link pair up crosswise.
  func swapped(_ link: Link) -> Bool {
    guard let similarity else { return false }
    let (i, j) = (link.source[0], link.target[0])
    let straight = similarity(i, j) + similarity(i + 1, j + 1)
    let crossed = similarity(i, j + 1) + similarity(i + 1, j)
    return crossed > straight + 0.3 && min(similarity(i, j + 1), similarity(i + 1, j)) >= 0.3
      && max(similarity(i, j), similarity(i + 1, j + 1)) <= 0.25
  }

  /// `surface` (read from the matching form, lower case) as the sentence writes it.
  static func cased(_ surface: String, in text: String) -> String {
    text.range(of: surface, options: [.caseInsensitive]).map { String(text[$0]) } ?? surface
  }

  // MARK: Titles

  /// Numbers, dates and names of the two headlines that differ.
  func titleFindings() -> [Finding] {
    guard let originalTitle = original.metadata.title, let translationTitle = translation.metadata.title else {
      return []
    }
    let o = MatchingForm.of(originalTitle)
    let t = MatchingForm.of(translationTitle)
    var conflicts = numberConflicts(t, o) + dateConflicts(t, o).map { ($0.0, $0.1) }
    conflicts = conflicts.map { (Self.cased($0.0, in: translationTitle), Self.cased($0.1, in: originalTitle)) }
    conflicts += nameConflicts(translationTitle, originalTitle)
    return conflicts.map { conflict in
      Finding(
        kind: .title, severity: .high, translation: FindingSide(ids: [], text: translationTitle),
        original: FindingSide(ids: [], text: originalTitle), translationValue: conflict.0, originalValue: conflict.1,
        message: "headline: \(conflict.0) in \(translationName), \(conflict.1) in \(originalName)", inTitle: true)
    }
  }
}
