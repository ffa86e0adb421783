import CICU
import Synchronization

/// The Swift face of the CICU shim: ICU's break iteration, normalization and
/// transliteration on Swift strings. No other file imports CICU.
package enum ICU {
  /// ICU's version, e.g. "72.1".
  public static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    cicu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether ICU knows `code` (lower-case ISO 639: `en`, `ko`, `fil`) as a language.
  static func isKnownLanguage(_ code: String) -> Bool { cicu_is_known_language(code) == 1 }

  /// A Unicode normalization form.
  public enum NormalizationForm: Sendable {
    case nfc, nfd, nfkc, nfkcCasefold

    var code: Int32 {
      switch self {
      case .nfc: Int32(CICU_NFC)
      case .nfd: Int32(CICU_NFD)
      case .nfkc: Int32(CICU_NFKC)
      case .nfkcCasefold: Int32(CICU_NFKC_CASEFOLD)
      }
    }
  }

  /// `text` in normalization form `form`.
  public static func normalize(_ text: String, _ form: NormalizationForm) throws(ICUError) -> String {
    let source = Array(text.utf16)
    if source.isEmpty { return "" }
    var capacity = source.count * 2 + 16
    while true {
      var dest = [UInt16](repeating: 0, count: capacity)
      var status: Int32 = 0
      let needed = cicu_normalize(form.code, source, Int32(source.count), &dest, Int32(capacity), &status)
      if status > 0 { throw ICUError(operation: "normalize", status: status) }
      if Int(needed) <= capacity { return String(decoding: dest[..<Int(needed)], as: UTF16.self) }
      capacity = Int(needed)
    }
  }
}

extension ICU {
  /// `bytes` in `charset` (`EUC-KR`, `windows-949`, …) as UTF-16, with the source byte
  /// offset of each unit. `strict`: an illegal sequence throws; otherwise it becomes U+FFFD.
  static func decode(_ bytes: [UInt8], charset: String, strict: Bool) throws(ICUError) -> (
    utf16: [UInt16], offsets: [Int]
  ) {
    if bytes.isEmpty { return ([], []) }
    let capacity = bytes.count * 2 + 16
    var dest = [UInt16](repeating: 0, count: capacity)
    var offsets = [Int32](repeating: 0, count: capacity)
    var status: Int32 = 0
    let written = bytes.withUnsafeBufferPointer { source in
      source.withMemoryRebound(to: CChar.self) { chars in
        cicu_decode(
          charset, chars.baseAddress, Int32(bytes.count), &dest, &offsets, Int32(capacity), strict ? 1 : 0, &status)
      }
    }
    if status > 0 { throw ICUError(operation: "decode from \(charset)", status: status) }
    return (Array(dest[..<Int(written)]), offsets[..<Int(written)].map { Int($0) })
  }
}

/// An error reported by ICU, with ICU's name for it.
package struct ICUError: Error, CustomStringConvertible, Sendable {
  public let operation: String
  public let status: Int32

  public var description: String {
    "ICU \(operation) failed: \(String(cString: cicu_error_name(status)))"
  }
}

/// One kind of ICU break iterator, opened for a locale and reusable across texts.
/// Not thread-safe: use one per task.
final class ICUBreakIterator {
  /// What the iterator finds the boundaries of.
  public enum Kind: Sendable { case sentence, word }

  /// A word-break segment's kind, from ICU's rule status.
  public enum WordKind: Sendable, Equatable {
    case none, number, letter, kana, ideographic

    init(ruleStatus: Int32) {
      switch ruleStatus {
      case 100..<200: self = .number
      case 200..<300: self = .letter
      case 300..<400: self = .kana
      case 400..<500: self = .ideographic
      default: self = .none
      }
    }
  }

  private let handle: OpaquePointer
  private var boundaryBuffer: [Int32] = Array(repeating: 0, count: 256)
  private var statusBuffer: [Int32] = Array(repeating: 0, count: 256)

  /// Opens an iterator; `locale` is an ICU locale ID such as `en@ss=standard` or `ko`.
  public init(_ kind: Kind, locale: String) throws(ICUError) {
    var status: Int32 = 0
    let code = kind == .word ? Int32(CICU_BREAK_WORD) : Int32(CICU_BREAK_SENTENCE)
    guard let handle = cicu_breaker_open(code, locale, &status), status <= 0 else {
      throw ICUError(operation: "break iterator open (\(locale))", status: status)
    }
    self.handle = handle
  }

  deinit { cicu_breaker_close(handle) }

  /// The boundaries of UTF-16 `text` as UTF-16 offsets (0 excluded, `text.count` included).
  public func offsets(utf16 text: [UInt16]) -> [Int] {
    let count = iterate(text, withStatus: false)
    return boundaryBuffer[..<count].map { Int($0) }
  }

  /// The boundaries of UTF-16 `text` as UTF-16 offsets (0 excluded, `text.count` included),
  /// each with its rule status (for words: see `WordKind`).
  public func boundaries(utf16 text: [UInt16]) -> [(offset: Int, status: Int32)] {
    let count = iterate(text, withStatus: true)
    return (0..<count).map { (Int(boundaryBuffer[$0]), statusBuffer[$0]) }
  }

  /// Runs the iterator over `text`, leaving the boundaries (and statuses) in the buffers;
  /// returns how many. On an ICU failure, the whole text is one segment.
  private func iterate(_ text: [UInt16], withStatus: Bool) -> Int {
    if text.isEmpty { return 0 }
    while true {
      var status: Int32 = 0
      let capacity = boundaryBuffer.count
      let count = text.withUnsafeBufferPointer { textPointer in
        boundaryBuffer.withUnsafeMutableBufferPointer { boundaries in
          statusBuffer.withUnsafeMutableBufferPointer { statuses in
            cicu_breaker_boundaries(
              handle, textPointer.baseAddress, Int32(text.count), boundaries.baseAddress,
              withStatus ? statuses.baseAddress : nil, Int32(capacity), &status)
          }
        }
      }
      if status > 0 {
        boundaryBuffer[0] = Int32(text.count)
        statusBuffer[0] = 0
        return 1
      }
      if Int(count) <= capacity { return Int(count) }
      boundaryBuffer = Array(repeating: 0, count: Int(count))
      statusBuffer = Array(repeating: 0, count: Int(count))
    }
  }
}

/// An ICU transliterator opened by ID (`Hangul-Latin; Latin-ASCII`, `Any-Latin`, …).
/// Not thread-safe: use one per task.
final class ICUTransliterator {
  /// The romanization of Hangul. ICU's `Hangul-Latin` already writes ASCII (letters, and a
  /// hyphen between ambiguous syllables): `Latin-ASCII` after it changes nothing — the same
  /// output for every syllable, every compatibility jamo and 20,000 random words under ICU 72
  /// (`uconv -x`) — and compiling its rules cost most of a one-pair run's start-up.
  static let hangulToLatin = "Hangul-Latin"
  /// The romanization of other scripts (Han as pinyin, kana), folded to ASCII.
  static let anyToASCII = "Any-Latin; Latin-ASCII"

  private let handle: OpaquePointer
  /// The transform ID the transliterator was opened with.
  public let id: String

  public init(_ id: String) throws(ICUError) {
    let units = Array(id.utf16)
    var status: Int32 = 0
    guard let handle = cicu_transliterator_open(units, Int32(units.count), &status), status <= 0 else {
      throw ICUError(operation: "transliterator open (\(id))", status: status)
    }
    self.handle = handle
    self.id = id
  }

  deinit { cicu_transliterator_close(handle) }

  /// A transliterator of `id` for one thread's use, from the idle ones of the process when
  /// there is one: opening a compound transform costs ~4.6 million instructions, more than
  /// romanizing a whole short article. Give it back with `recycle` when done.
  static func reused(_ id: String) throws(ICUError) -> ICUTransliterator {
    if let idle = idle.withLock({ $0[id]?.popLast() }) { return idle.transliterator }
    return try ICUTransliterator(id)
  }

  /// Hands `transliterator` back for `reused` (kept up to 16 of each transform).
  static func recycle(_ transliterator: ICUTransliterator) {
    idle.withLock { table in
      if table[transliterator.id, default: []].count < 16 {
        table[transliterator.id, default: []].append(Idle(transliterator: transliterator))
      }
    }
  }

  /// An idle transliterator: no thread holds it, so it may move to the next that asks.
  private struct Idle: @unchecked Sendable { let transliterator: ICUTransliterator }
  private static let idle = Mutex<[String: [Idle]]>([:])

  /// `text` transliterated.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    let source = Array(text.utf16)
    if source.isEmpty { return "" }
    var capacity = source.count * 4 + 16
    while true {
      var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
      var length = Int32(source.count)
      var status: Int32 = 0
      _ = cicu_transliterate(handle, &buffer, &length, Int32(capacity), &status)
      if status == Int32(CICU_BUFFER_OVERFLOW) {
        capacity *= 2
        continue
      }
      if status > 0 { throw ICUError(operation: "transliterate (\(id))", status: status) }
      return String(decoding: buffer[..<Int(length)], as: UTF16.self)
    }
  }
}
