import Foundation

/// A page address in the one form two editions' links agree on: no scheme, host in lower case
/// without `www.` or a mobile prefix (`m.`, `mobile.`), no default port, path with its
/// percent-encoding unified and no trailing slash, query parameters sorted (tracking ones
/// dropped), no fragment. `http://m.example.com/ko/news/1/?b=2&a=1#top` and
/// `https://www.example.com/ko/news/1?a=1&b=2` are one address.
enum PageAddress {
  /// The normalized form of `text`, or nil when it is no absolute web address.
  static func normalized(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let components = URLComponents(string: trimmed), let rawHost = components.host, !rawHost.isEmpty else {
      return nil
    }
    if let scheme = components.scheme?.lowercased(), scheme != "http" && scheme != "https" { return nil }
    var host = rawHost.lowercased()
    if host.hasSuffix(".") { host.removeLast() }
    for prefix in ["www.", "m.", "mobile.", "amp."] where host.hasPrefix(prefix) && host.split(separator: ".").count > 2
    {
      host.removeFirst(prefix.count)
    }
    if host.hasPrefix("www.") && host.split(separator: ".").count > 2 { host.removeFirst(4) }
    var address = host
    if let port = components.port, port != 80 && port != 443 { address += ":\(port)" }
    var path = unifiedEncoding(components.percentEncodedPath)
    while path.hasSuffix("/") { path.removeLast() }
    while path.contains("//") { path = path.replacingOccurrences(of: "//", with: "/") }
    address += path
    let parameters = (components.percentEncodedQuery ?? "").split(separator: "&").map { unifiedEncoding(String($0)) }
      .filter { parameter in
        let name = parameter.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return !name.isEmpty && !name.hasPrefix("utm_") && !["fbclid", "gclid", "ref", "from"].contains(name)
      }
      .sorted()
    if !parameters.isEmpty { address += "?" + parameters.joined(separator: "&") }
    return address
  }

  /// `text` with every escape of an unreserved character decoded, every other escape in
  /// upper case, and every byte that needs an escape escaped.
  static func unifiedEncoding(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var decoded: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) {
        decoded.append(high << 4 | low)
        i += 3
      } else {
        decoded.append(bytes[i])
        i += 1
      }
    }
    let digits = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for byte in decoded {
      if isKept(byte) {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Unreserved characters and the delimiters a path or parameter keeps as they are.
  private static func isKept(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return "-._~/=:@!$'()*+,;".utf8.contains(byte)
    }
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
