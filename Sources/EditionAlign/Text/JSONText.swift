/// JSON string literals written by hand, so that records keep the exact key order and
/// spacing of EditionAlign's line formats (`{"paragraph": 0, "index": 0, …}`).
package enum JSONText {
  /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
  /// everything else as UTF-8 (multi-byte sequences never contain bytes below 0x80).
  package static func quoted(_ text: String) -> String {
    var out: [UInt8] = [0x22]
    out.reserveCapacity(text.utf8.count + 2)
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    for byte in text.utf8 {
      switch byte {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case 0x08: out += [0x5C, 0x62]
      case 0x0C: out += [0x5C, 0x66]
      case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }
}
