import CSQLite

/// What went wrong with a corpus store: the file, and what SQLite or the store said.
public struct StoreError: Error, CustomStringConvertible, Hashable, Sendable {
  /// The store's path.
  public var file: String
  /// What is wrong, for a person.
  public var reason: String

  public init(file: String, reason: String) {
    self.file = file
    self.reason = reason
  }

  public var description: String { "\(file): \(reason)" }
}

/// The small face of SQLite the store uses: a connection, statements with bound values,
/// rows read by column. No other file imports CSQLite.
final class SQLiteDatabase {
  private var handle: OpaquePointer?
  let path: String

  /// Opens (creating when `create`) the database at `path`.
  init(path: String, create: Bool) throws(StoreError) {
    self.path = path
    let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    if status != SQLITE_OK {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close_v2(handle)
      handle = nil
      throw StoreError(file: path, reason: "cannot open the store: \(message)")
    }
    sqlite3_busy_timeout(handle, 10_000)
  }

  deinit { sqlite3_close_v2(handle) }

  private func failure(_ what: String) -> StoreError {
    StoreError(file: path, reason: "\(what): \(String(cString: sqlite3_errmsg(handle)))")
  }

  /// Runs `sql` (one or more statements, no values).
  func execute(_ sql: String) throws(StoreError) {
    var message: UnsafeMutablePointer<CChar>?
    if sqlite3_exec(handle, sql, nil, nil, &message) != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? "error"
      sqlite3_free(message)
      throw StoreError(file: path, reason: "SQLite: \(text)")
    }
  }

  /// A prepared statement of `sql`.
  func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
    var statement: OpaquePointer?
    if sqlite3_prepare_v2(handle, sql, -1, &statement, nil) != SQLITE_OK { throw failure("SQLite cannot prepare") }
    return SQLiteStatement(statement: statement, database: self)
  }

  /// A prepared statement of `sql`, made once and kept for the connection's life: the
  /// statements a batch runs for every document (parsing one costs more than running it).
  func cachedStatement(_ sql: String) throws(StoreError) -> SQLiteStatement {
    if let statement = statements[sql] { return statement }
    let statement = try prepare(sql)
    statements[sql] = statement
    return statement
  }

  private var statements: [String: SQLiteStatement] = [:]

  /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
  func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// The one value of a query's first row (`PRAGMA user_version`).
  func scalar(_ sql: String) throws(StoreError) -> Int64? {
    let statement = try prepare(sql)
    return try statement.step() ? statement.int(0) : nil
  }

  fileprivate func stepFailure() -> StoreError { failure("SQLite") }
}

/// A prepared statement: bind values by position (from 1), step, read columns (from 0).
final class SQLiteStatement {
  private let statement: OpaquePointer?
  private let database: SQLiteDatabase

  fileprivate init(statement: OpaquePointer?, database: SQLiteDatabase) {
    self.statement = statement
    self.database = database
  }

  deinit { sqlite3_finalize(statement) }

  /// SQLite copies bound text and blobs at once.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Binds `values` to the parameters, from the first, after a reset.
  @discardableResult
  func bind(_ values: SQLiteValue...) -> SQLiteStatement { bind(values) }

  @discardableResult
  func bind(_ values: [SQLiteValue]) -> SQLiteStatement {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .null: sqlite3_bind_null(statement, index)
      case .int(let number): sqlite3_bind_int64(statement, index, number)
      case .double(let number): sqlite3_bind_double(statement, index, number)
      case .text(var text):
        // The bytes with their count: no C string made and measured (SQLite copies them).
        text.withUTF8 { bytes in
          guard let base = bytes.baseAddress, !bytes.isEmpty else {
            _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
            return
          }
          _ = sqlite3_bind_text(
            statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count),
            Self.transient)
        }
      }
    }
    return self
  }

  /// Steps once: true when a row is ready, false when done.
  func step() throws(StoreError) -> Bool {
    switch sqlite3_step(statement) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw database.stepFailure()
    }
  }

  /// Whether the statement gives a row: stepped once, then reset, so that a statement kept
  /// for reuse leaves no read open.
  func hasRow() throws(StoreError) -> Bool {
    defer { sqlite3_reset(statement) }
    return try step()
  }

  /// Steps to the end (a statement that returns no rows).
  func run() throws(StoreError) { while try step() {} }

  func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
  func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(statement, column) else { return "" }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
  func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
}

/// A value bound to a statement.
enum SQLiteValue {
  case null
  case int(Int64)
  case double(Double)
  case text(String)

  static func int(_ value: Int) -> SQLiteValue { .int(Int64(value)) }
  static func optional(_ text: String?) -> SQLiteValue { text.map { .text($0) } ?? .null }
}
