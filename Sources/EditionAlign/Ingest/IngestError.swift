/// Why an input could not be read as an edition. Every case names the file.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case empty(file: String)
  case blank(file: String)
  case invalidUTF8(file: String, offset: Int)
  case invalidUTF16(file: String, offset: Int)
  case nulByte(file: String, offset: Int)
  case binary(file: String, offset: Int, byte: UInt8)
  case noBody(file: String, shape: InputShape)
  case undecodable(file: String, charset: String)

  public var file: String {
    switch self {
    case .unreadable(let file, _), .empty(let file), .blank(let file), .invalidUTF8(let file, _),
      .invalidUTF16(let file, _), .nulByte(let file, _), .binary(let file, _, _), .noBody(let file, _),
      .undecodable(let file, _):
      file
    }
  }

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      "\(file): cannot read the file: \(reason)"
    case .empty(let file):
      "\(file): the file is empty (0 bytes)"
    case .blank(let file):
      "\(file): the file holds only white space and invisible characters (zero-width joiners, soft hyphens), no text"
    case .invalidUTF8(let file, let offset):
      "\(file): invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (e.g. iconv -f CP949 -t UTF-8)"
    case .invalidUTF16(let file, let offset):
      "\(file): invalid UTF-16 (unpaired surrogate) at byte offset \(offset)"
    case .nulByte(let file, let offset):
      "\(file): NUL byte at byte offset \(offset): this looks like a binary file or UTF-16/32 without a byte-order mark"
    case .binary(let file, let offset, let byte):
      "\(file): control character 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset): this looks like a binary file, not text"
    case .noBody(let file, let shape):
      shape == .html
        ? "\(file): no article found in the page (no block of body text outside menus, scripts and lists of links)"
        : "\(file): no body text left after removing the \(shape.rawValue)'s boilerplate (title, datelines, navigation); try --input plain"
    case .undecodable(let file, let charset):
      "\(file): the page declares charset \(charset), which ICU cannot convert; convert it to UTF-8 first"
    }
  }
}
