/// What was made of each key string at its first sight, kept in a `KeyTable` (its id) and an
/// array (the value at that place): a lookup hashes the key's bytes once and reads a word of
/// the table, where a `Dictionary` of strings hashes them with SipHash and compares them as
/// Unicode text. Started afresh when it holds `limit` values (a bound on memory).
struct RememberedValues<Value> {
  private var ids = KeyTable()
  private var values: [Value] = []
  let limit: Int

  init(limit: Int) { self.limit = limit }

  /// What `make` gives for `key`, made at its first sight.
  mutating func value(of key: String, _ make: (String) -> Value) -> Value {
    if values.count >= limit { self = RememberedValues(limit: limit) }
    let id = Int(ids.id(key))
    if id < values.count { return values[id] }
    let value = make(key)
    values.append(value)
    return value
  }

  /// What `make` gives for the key of UTF-8 `bytes`, made (from the key as a `String`) at
  /// its first sight: a key seen before is looked up without making a `String` of it.
  mutating func value(ofBytes key: UnsafeBufferPointer<UInt8>, _ make: (String) -> Value) -> Value {
    if values.count >= limit { self = RememberedValues(limit: limit) }
    let id = Int(ids.id(bytes: key))
    if id < values.count { return values[id] }
    let value = make(String(decoding: key, as: UTF8.self))
    values.append(value)
    return value
  }

  /// What `make` gives for each of `keys`, made at a key's first sight.
  mutating func values(of keys: some Collection<String>, _ make: (String) -> Value) -> [Value] {
    if values.count + keys.count > limit { self = RememberedValues(limit: limit) }
    return keys.map { key in
      let id = Int(ids.id(key))
      if id < values.count { return values[id] }
      let value = make(key)
      values.append(value)
      return value
    }
  }

  /// The value kept for `key`, if any (for a table shared under a lock: looked up, then made
  /// outside the lock, then kept with `remember`).
  func known(_ key: String) -> Value? {
    guard let id = ids.existingID(key) else { return nil }
    return values[Int(id)]
  }

  /// Keeps `value` for `key` (a key already kept keeps its first value).
  mutating func remember(_ key: String, _ value: Value) {
    if values.count >= limit { self = RememberedValues(limit: limit) }
    if Int(ids.id(key)) == values.count { values.append(value) }
  }
}
