/// A saved HTML page decoded to UTF-8: by its byte-order mark, else by the charset it
/// declares (`<meta charset="euc-kr">`; EUC-KR and CP949 through ICU's converters), with a
/// note whenever the declaration is not what the bytes are and EditionAlign read them otherwise.
struct HTMLPage {
  var decoded: DecodedText
  var notes: [String] = []

  /// Korean legacy charset names, all read as CP949 (a superset of EUC-KR).
  static let koreanCharsets: Set<String> = [
    "euc-kr", "euckr", "cp949", "windows-949", "x-windows-949", "ks_c_5601-1987", "ksc5601", "ks_c_5601", "uhc",
  ]

  /// Whether `bytes` (or the file name `source`) say HTML: a `.html`/`.htm` name, or a start
  /// with a tag and an HTML element among the first kilobytes.
  static func looksLikeHTML(_ bytes: [UInt8], source: String) -> Bool {
    let lower = source.lowercased()
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count && (bytes[start] == 0x20 || (0x09...0x0D).contains(bytes[start])) { start += 1 }
    guard start < bytes.count, bytes[start] == 0x3C else { return false }
    let head = String(
      decoding: bytes[start..<min(bytes.count, start + 4096)].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 },
      as: UTF8.self)
    return ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<article", "<p>", "<p "].contains {
      head.contains($0)
    }
  }

  /// The charset a page declares in its first 4 KB (`charset=euc-kr`), lower case.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4096).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 })
    let key = Array("charset=".utf8)
    var i = 0
    while i + key.count < head.count {
      if head[i..<(i + key.count)].elementsEqual(key) {
        var j = i + key.count
        while j < head.count && (head[j] == 0x22 || head[j] == 0x27 || head[j] == 0x20) { j += 1 }
        var name: [UInt8] = []
        while j < head.count, head[j] < 0x80, let c = Optional(head[j]),
          (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
        {
          name.append(c)
          j += 1
        }
        if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
      }
      i += 1
    }
    return nil
  }

  init(bytes: [UInt8], file: String) throws(IngestError) {
    if bytes.isEmpty { throw .empty(file: file) }
    let hasBOM =
      bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    let declared = hasBOM ? nil : Self.declaredCharset(bytes)
    let asUTF8 = Result { () throws(IngestError) in try DecodedText(bytes: bytes, file: file) }
    switch declared {
    case nil, "utf-8", "utf8", "unicode", "us-ascii", "ascii":
      switch asUTF8 {
      case .success(let text): decoded = text
      case .failure(let error):
        guard case .invalidUTF8(_, let offset) = error, !hasBOM,
          let text = try? DecodedText(bytes: bytes, charset: "windows-949", strict: true, file: file)
        else { throw error }
        decoded = text
        notes.append(
          "the page \(declared.map { "declares \($0)" } ?? "declares no charset") but is not UTF-8 (byte offset \(offset)); read as CP949 (Korean)"
        )
      }
    case let charset?:
      let isKorean = Self.koreanCharsets.contains(charset)
      if case .success(let text) = asUTF8, bytes.contains(where: { $0 >= 0x80 }) {
        decoded = text
        notes.append("the page declares \(charset) but its bytes are UTF-8; read as UTF-8")
      } else if let text = try? DecodedText(
        bytes: bytes, charset: isKorean ? "windows-949" : charset, strict: true, file: file)
      {
        decoded = text
      } else {
        let text = try DecodedText(bytes: bytes, charset: isKorean ? "windows-949" : charset, strict: false, file: file)
        decoded = text
        notes.append("\(text.replacements) byte sequences are not valid \(charset); shown as U+FFFD")
      }
    }
  }
}
