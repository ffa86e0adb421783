import Foundation

/// A batch at a glance, for someone checking editions at scale: what the store holds, the
/// pairs that failed and why, the documents that need a look first (most findings, then
/// lowest document score), and the findings by kind.
public struct StoreReport: Sendable {
  /// One document's line.
  public struct Document: Hashable, Sendable {
    public var id: String
    public var status: String
    public var title: String?
    public var documentScore: Double?
    public var sentences: Int
    public var links: Int
    public var findings: Int
    public var error: String?
  }

  public var store: String
  public var summary: CorpusStore.Summary
  /// Every document: failed ones first, then by findings (most first), then by score (lowest first).
  public var documents: [Document]
  /// Findings by kind, most first.
  public var findingsByKind: [(kind: String, count: Int)]
}

extension CorpusStore {
  /// The report of the whole store.
  public func report() throws(StoreError) -> StoreReport {
    let statement = try database.prepare(
      """
      SELECT d.id, d.status, coalesce(d.source_title, d.target_title), d.document_score, d.error,
        (SELECT count(*) FROM sentences s WHERE s.document = d.id),
        (SELECT count(*) FROM links l WHERE l.document = d.id),
        (SELECT count(*) FROM findings f WHERE f.document = d.id)
      FROM documents d
      ORDER BY d.status = 'ok', 8 DESC, d.document_score, d.ordinal
      """)
    var documents: [StoreReport.Document] = []
    while try statement.step() {
      documents.append(
        StoreReport.Document(
          id: statement.text(0), status: statement.text(1), title: statement.optionalText(2),
          documentScore: statement.isNull(3) ? nil : statement.double(3), sentences: Int(statement.int(5)),
          links: Int(statement.int(6)), findings: Int(statement.int(7)), error: statement.optionalText(4)))
    }
    let kinds = try database.prepare("SELECT kind, count(*) FROM findings GROUP BY kind ORDER BY 2 DESC, 1")
    var byKind: [(kind: String, count: Int)] = []
    while try kinds.step() { byKind.append((kinds.text(0), Int(kinds.int(1)))) }
    return StoreReport(store: path, summary: try summary(), documents: documents, findingsByKind: byKind)
  }
}

/// How `edalign report` writes a store's report.
public enum StoreReportFormat: String, CaseIterable, Sendable {
  /// Counts, failures and the documents needing a look, for a terminal.
  case text
  /// One JSON object: summary, findings by kind, every document.
  case json
  /// One self-contained page: the counts and a table of every document with its score and findings.
  case html

  /// The report; `pages` (html): the folder of the documents' review pages, relative to the
  /// report, each document's id linking to its page.
  public func render(_ report: StoreReport, pages: String? = nil) -> String {
    switch self {
    case .text: Self.text(report)
    case .json: Self.json(report)
    case .html: Self.html(report, pages: pages)
    }
  }

  private static func score(_ value: Double?) -> String { value.map(NumberText.score) ?? "—" }

  private static func text(_ report: StoreReport) -> String {
    let s = report.summary
    var out = "\(report.store): \(s.documents) documents, \(s.failed) failed; \(s.sentences) sentences, "
    out += "\(s.links) links, \(s.findings) findings; mean document score \(score(s.meanDocumentScore))\n"
    if !report.findingsByKind.isEmpty {
      out +=
        "findings by kind: " + report.findingsByKind.map { "\($0.kind) \($0.count)" }.joined(separator: ", ") + "\n"
    }
    let failed = report.documents.filter { $0.status == "failed" }
    if !failed.isEmpty {
      out += "\nfailed:\n"
      for document in failed { out += "  \(document.id): \(document.error ?? "")\n" }
    }
    let aligned = report.documents.filter { $0.status == "ok" }
    if !aligned.isEmpty {
      out += "\nto look at first (most findings, then lowest score):\n"
      for document in aligned.prefix(20) {
        out += "  \(document.id)  score \(score(document.documentScore))  findings \(document.findings)"
        out += "  links \(document.links)" + (document.title.map { "  \($0)" } ?? "") + "\n"
      }
    }
    return out
  }

  private static func json(_ report: StoreReport) -> String {
    let s = report.summary
    var out = "{\"store\": \(JSONText.quoted(report.store)), \"documents\": \(s.documents), \"failed\": \(s.failed), "
    out += "\"sentences\": \(s.sentences), \"links\": \(s.links), \"findings\": \(s.findings), "
    out += "\"mean_document_score\": \(s.meanDocumentScore.map(NumberText.score) ?? "null"), "
    out += "\"findings_by_kind\": {"
    out += report.findingsByKind.map { "\(JSONText.quoted($0.kind)): \($0.count)" }.joined(separator: ", ")
    out += "}, \"by_document\": ["
    out += report.documents.map { d in
      "{\"id\": \(JSONText.quoted(d.id)), \"status\": \(JSONText.quoted(d.status)), "
        + "\"title\": \(d.title.map(JSONText.quoted) ?? "null"), "
        + "\"document_score\": \(d.documentScore.map(NumberText.score) ?? "null"), \"sentences\": \(d.sentences), "
        + "\"links\": \(d.links), \"findings\": \(d.findings), \"error\": \(d.error.map(JSONText.quoted) ?? "null")}"
    }.joined(separator: ", ")
    return out + "]}\n"
  }

  private static func html(_ report: StoreReport, pages: String?) -> String {
    let s = report.summary
    let e = XMLText.content
    var out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>EditionAlign batch report</title>\n"
    out += "<style>body{font:15px/1.45 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
    out += "td,th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}"
    out += ".failed{color:#b00}</style></head><body>\n"
    out += "<h1>\(e(report.store))</h1>\n<p>\(s.documents) documents, \(s.failed) failed; \(s.sentences) sentences, "
    out += "\(s.links) links, \(s.findings) findings; mean document score \(score(s.meanDocumentScore)).</p>\n"
    if !report.findingsByKind.isEmpty {
      out += "<p>Findings by kind: "
      out += report.findingsByKind.map { "\(e($0.kind)) \($0.count)" }.joined(separator: ", ") + ".</p>\n"
    }
    out += "<table><thead><tr><th>document</th><th>title</th><th>score</th><th>findings</th><th>links</th>"
    out += "<th>status</th></tr></thead><tbody>\n"
    for d in report.documents {
      let name =
        if let pages, d.status == "ok" {
          "<a href=\"\(XMLText.attribute(pages + "/" + StoreReport.pageName(d.id).replacingOccurrences(of: "%", with: "%25")))\">\(e(d.id))</a>"
        } else { e(d.id) }
      out += "<tr\(d.status == "failed" ? " class=\"failed\"" : "")><td>\(name)</td><td>\(e(d.title ?? ""))</td>"
      out += "<td class=\"n\">\(score(d.documentScore))</td><td class=\"n\">\(d.findings)</td>"
      out += "<td class=\"n\">\(d.links)</td><td>\(d.status == "ok" ? "ok" : e(d.error ?? "failed"))</td></tr>\n"
    }
    return out + "</tbody></table>\n<footer>EditionAlign \(Toolkit.version)</footer>\n</body></html>\n"
  }
}
