import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects the elements of an XML document as (name, attributes, text) with Foundation's
/// XMLParser, the independent reader of the TMX and XLIFF round trips.
public final class XMLCollector: NSObject, XMLParserDelegate {
  /// An element: its name, attributes, text, and the index of its parent.
  public struct Element {
    public var name: String
    public var attributes: [String: String]
    public var text = ""
    public var parent: Int?
  }

  public var elements: [Element] = []
  private var open: [Int] = []
  public var failure: Error?

  public static func parse(_ text: String) -> XMLCollector {
    let collector = XMLCollector()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = collector
    parser.shouldProcessNamespaces = false
    if !parser.parse() { collector.failure = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    return collector
  }

  public func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(Element(name: name, attributes: attributes, parent: open.last))
    open.append(elements.count - 1)
  }

  public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    open.removeLast()
  }

  public func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let current = open.last { elements[current].text += string }
  }

  public func children(of index: Int, named name: String) -> [Int] {
    elements.indices.filter { elements[$0].parent == index && elements[$0].name == name }
  }

  public func all(named name: String) -> [Int] { elements.indices.filter { elements[$0].name == name } }
}
