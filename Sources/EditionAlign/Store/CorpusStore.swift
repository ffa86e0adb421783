import Foundation

/// A document pair as the store keeps it: where its files are and what they hashed to, the
/// options it was aligned with, and either its alignment (and findings) or why it failed.
public struct StoredDocument: Sendable {
  /// The manifest's id of the pair.
  public var id: String
  /// The pair's place in the manifest, from 0 (exports and reports keep this order).
  public var ordinal: Int
  public var sourcePath: String
  public var targetPath: String
  /// SHA-256 of each file's bytes, hex; nil when the file could not be read.
  public var sourceHash: String?
  public var targetHash: String?
  /// What the pair was aligned with (`BatchOptions.fingerprint`): a rerun with other options realigns it.
  public var options: String
  /// The alignment, or nil when the pair failed.
  public var alignment: Alignment?
  /// The checker's findings, when the batch ran it.
  public var findings: [Finding]?
  /// Why the pair failed, as `edalign align` would say it.
  public var error: String?

  public init(
    id: String, ordinal: Int, sourcePath: String, targetPath: String, sourceHash: String?, targetHash: String?,
    options: String, alignment: Alignment?, findings: [Finding]? = nil, error: String? = nil
  ) {
    self.id = id
    self.ordinal = ordinal
    self.sourcePath = sourcePath
    self.targetPath = targetPath
    self.sourceHash = sourceHash
    self.targetHash = targetHash
    self.options = options
    self.alignment = alignment
    self.findings = findings
    self.error = error
  }
}

/// The corpus store: one SQLite file holding every document pair of a batch, its sentences,
/// links and findings — queryable with `sqlite3`, pandas or Datasette (the schema is in the
/// README). Each document is written whole in a transaction, so a reader (or a rerun after a
/// crash) never sees half of one. The file is in WAL mode.
public final class CorpusStore {
  /// The schema's version, in `PRAGMA user_version`; a store of another version is refused.
  public static let schemaVersion: Int64 = 1

  /// The store's path.
  public let path: String
  let database: SQLiteDatabase
  /// Made once: making a date formatter costs more than storing a short document.
  private let timestamps = ISO8601DateFormatter()

  /// Opens the store at `path`, creating it (and its schema) when the file does not exist.
  public init(path: String, create: Bool = true) throws(StoreError) {
    self.path = path
    let exists = FileManager.default.fileExists(atPath: path)
    if !exists && !create { throw StoreError(file: path, reason: "no such store") }
    database = try SQLiteDatabase(path: path, create: create)
    let version = try database.scalar("PRAGMA user_version") ?? 0
    let tables = try database.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
    if version == 0 && tables == 0 {
      try database.execute("PRAGMA journal_mode = WAL")
      try database.transaction { () throws(StoreError) in
        try database.execute(Self.schema)
        try database.execute("PRAGMA user_version = \(Self.schemaVersion)")
      }
    } else if version != Self.schemaVersion {
      throw StoreError(
        file: path,
        reason: version == 0
          ? "not an EditionAlign corpus store (it holds other tables); give another --store path"
          : "written by corpus store schema version \(version), this edalign reads version \(Self.schemaVersion): "
            + "export it with the edalign that wrote it, or start a new store")
    }
    // The writer keeps the references itself (a document's rows are written after it and
    // deleted with it, in one transaction), so SQLite need not look the document up for every
    // sentence, link and finding inserted; readers that turn the pragma on find them whole.
    try database.execute("PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL")
  }

  /// The tables and indexes (see the README's "The corpus store").
  static let schema = """
    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      ordinal INTEGER NOT NULL,
      source_path TEXT NOT NULL,
      target_path TEXT NOT NULL,
      source_sha256 TEXT,
      target_sha256 TEXT,
      source_language TEXT,
      target_language TEXT,
      source_shape TEXT,
      target_shape TEXT,
      source_title TEXT,
      target_title TEXT,
      source_published TEXT,
      target_published TEXT,
      source_url TEXT,
      target_url TEXT,
      status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
      error TEXT,
      document_score REAL,
      options TEXT NOT NULL,
      stored_at TEXT NOT NULL
    );
    CREATE INDEX documents_by_ordinal ON documents (ordinal);
    CREATE TABLE sentences (
      document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      side TEXT NOT NULL CHECK (side IN ('source', 'target')),
      language TEXT NOT NULL,
      idx INTEGER NOT NULL,
      paragraph INTEGER NOT NULL,
      text TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      PRIMARY KEY (document, side, idx)
    ) WITHOUT ROWID;
    CREATE TABLE links (
      document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      source_ids TEXT NOT NULL,
      target_ids TEXT NOT NULL,
      score REAL NOT NULL,
      PRIMARY KEY (document, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX links_by_score ON links (score);
    CREATE TABLE findings (
      document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL,
      severity TEXT NOT NULL,
      original_ids TEXT NOT NULL,
      translation_ids TEXT NOT NULL,
      original_value TEXT,
      translation_value TEXT,
      in_title INTEGER NOT NULL,
      message TEXT NOT NULL,
      PRIMARY KEY (document, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX findings_by_kind ON findings (kind);
    """

  /// Whether `id` is stored with these file hashes and options (a rerun skips it). A failed
  /// pair is tried again.
  public func isCurrent(id: String, sourceHash: String?, targetHash: String?, options: String) throws(StoreError)
    -> Bool
  {
    guard let sourceHash, let targetHash else { return false }
    let statement = try database.cachedStatement(
      "SELECT 1 FROM documents WHERE id = ? AND source_sha256 = ? AND target_sha256 = ? AND options = ? AND status = 'ok'"
    )
    return try statement.bind(.text(id), .text(sourceHash), .text(targetHash), .text(options)).hasRow()
  }

  /// Stores `document`, replacing what the store held under its id, in one transaction.
  public func store(_ document: StoredDocument) throws(StoreError) {
    try store(CollectionOfOne(document))
  }

  /// Stores `documents`, each replacing what the store held under its id, in one transaction
  /// (a batch's wave: a commit writes the pages the documents share once, not once each).
  public func store(_ documents: some Collection<StoredDocument>) throws(StoreError) {
    try database.transaction { () throws(StoreError) in
      for document in documents { try write(document) }
    }
  }

  /// `document`'s rows, its old ones deleted first, inside the caller's transaction.
  private func write(_ document: StoredDocument) throws(StoreError) {
    // A document is written with its rows in one transaction: with no row of its own it has
    // none in the other tables, and a new one (most of a first run) deletes nothing.
    if try database.cachedStatement("SELECT 1 FROM documents WHERE id = ?").bind(.text(document.id)).hasRow() {
      for table in ["sentences", "links", "findings"] {
        try database.cachedStatement("DELETE FROM \(table) WHERE document = ?").bind(.text(document.id)).run()
      }
      try database.cachedStatement("DELETE FROM documents WHERE id = ?").bind(.text(document.id)).run()
    }
    let alignment = document.alignment
    let source = alignment?.source
    let target = alignment?.target
    try database.cachedStatement(
      """
      INSERT INTO documents (id, ordinal, source_path, target_path, source_sha256, target_sha256, source_language,
        target_language, source_shape, target_shape, source_title, target_title, source_published, target_published,
        source_url, target_url, status, error, document_score, options, stored_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(
      .text(document.id), .int(document.ordinal), .text(document.sourcePath), .text(document.targetPath),
      .optional(document.sourceHash), .optional(document.targetHash), .optional(source?.language.rawValue),
      .optional(target?.language.rawValue), .optional(source?.shape.rawValue), .optional(target?.shape.rawValue),
      .optional(source?.metadata.title), .optional(target?.metadata.title), .optional(source?.metadata.published),
      .optional(target?.metadata.published), .optional(source?.metadata.url), .optional(target?.metadata.url),
      .text(alignment == nil ? "failed" : "ok"), .optional(document.error),
      alignment.map { .double($0.documentScore) } ?? .null, .text(document.options),
      .text(timestamps.string(from: Date()))
    ).run()
    guard let alignment else { return }
    let sentence = try database.cachedStatement(
      "INSERT INTO sentences (document, side, language, idx, paragraph, text, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    for (side, edition) in [("source", alignment.source), ("target", alignment.target)] {
      for s in edition.sentences {
        try sentence.bind(
          .text(document.id), .text(side), .text(edition.language.rawValue), .int(s.index), .int(s.paragraph),
          .text(s.text), .int(s.range.start), .int(s.range.end)
        ).run()
      }
    }
    let link = try database.cachedStatement(
      "INSERT INTO links (document, ordinal, source_ids, target_ids, score) VALUES (?, ?, ?, ?, ?)")
    for (ordinal, l) in alignment.links.enumerated() {
      try link.bind(
        .text(document.id), .int(ordinal), .text(NumberText.list(l.source)), .text(NumberText.list(l.target)),
        .double(l.score)
      ).run()
    }
    let finding = try database.cachedStatement(
      """
      INSERT INTO findings (document, ordinal, kind, severity, original_ids, translation_ids, original_value,
        translation_value, in_title, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (ordinal, f) in (document.findings ?? []).enumerated() {
      try finding.bind(
        .text(document.id), .int(ordinal), .text(f.kind.rawValue), .text(f.severity.rawValue),
        .text(NumberText.list(f.original.ids)), .text(NumberText.list(f.translation.ids)), .optional(f.originalValue),
        .optional(f.translationValue), .int(f.inTitle ? 1 : 0), .text(f.message)
      ).run()
    }
  }

  /// What the store holds, document by document.
  public struct Summary: Hashable, Sendable {
    public var documents = 0
    public var failed = 0
    public var sentences = 0
    public var links = 0
    public var findings = 0
    /// The mean document score of the aligned documents.
    public var meanDocumentScore: Double?
  }

  /// Counts over the whole store.
  public func summary() throws(StoreError) -> Summary {
    var summary = Summary()
    summary.documents = Int(try database.scalar("SELECT count(*) FROM documents") ?? 0)
    summary.failed = Int(try database.scalar("SELECT count(*) FROM documents WHERE status = 'failed'") ?? 0)
    summary.sentences = Int(try database.scalar("SELECT count(*) FROM sentences") ?? 0)
    summary.links = Int(try database.scalar("SELECT count(*) FROM links") ?? 0)
    summary.findings = Int(try database.scalar("SELECT count(*) FROM findings") ?? 0)
    let mean = try database.prepare("SELECT avg(document_score) FROM documents WHERE status = 'ok'")
    if try mean.step(), !mean.isNull(0) { summary.meanDocumentScore = mean.double(0) }
    return summary
  }

  /// The error of each failed document, in manifest order.
  public func failures() throws(StoreError) -> [(id: String, error: String)] {
    let statement = try database.prepare(
      "SELECT id, coalesce(error, '') FROM documents WHERE status = 'failed' ORDER BY ordinal")
    var result: [(id: String, error: String)] = []
    while try statement.step() { result.append((statement.text(0), statement.text(1))) }
    return result
  }
}
