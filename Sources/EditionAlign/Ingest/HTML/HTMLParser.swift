import CHTML

/// An event of an HTML page as libxml2's parser reads it, with the byte offset (into the
/// UTF-8 given to the parser) just after it.
enum HTMLEvent {
  case start(name: String, attributes: [String: String], position: Int)
  case end(name: String, position: Int)
  case text(bytes: [UInt8], position: Int)
}

/// The Swift face of the CHTML shim: libxml2's lenient HTML parser as a list of events.
/// No other file imports CHTML.
enum HTMLParser {
  /// The events of `utf8`, and libxml2's error code when it stopped before the end (0 when not).
  static func events(_ utf8: [UInt8]) -> (events: [HTMLEvent], stoppedEarly: Int32) {
    final class Sink {
      var events: [HTMLEvent] = []
    }
    let sink = Sink()
    var callbacks = chtml_callbacks(
      start: { context, name, attributes, position in
        let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
        var table: [String: String] = [:]
        if var pointer = attributes {
          while let key = pointer.pointee {
            let value = pointer.successor().pointee.map { String(cString: $0) } ?? ""
            let name = String(cString: key).lowercased()
            if table[name] == nil { table[name] = value }
            pointer = pointer.successor().successor()
          }
        }
        sink.events.append(.start(name: String(cString: name!).lowercased(), attributes: table, position: position))
      },
      end: { context, name, position in
        let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
        sink.events.append(.end(name: String(cString: name!).lowercased(), position: position))
      },
      text: { context, text, length, position in
        let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
        let bytes = text!.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
          Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        sink.events.append(.text(bytes: bytes, position: position))
      })
    let context = Unmanaged.passUnretained(sink).toOpaque()
    let result = utf8.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        chtml_parse(chars.baseAddress, Int32(chars.count), &callbacks, context)
      }
    }
    return (withExtendedLifetime(sink) { sink.events }, result)
  }
}
