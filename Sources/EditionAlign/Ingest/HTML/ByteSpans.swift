/// For each byte of a block's text, the span of the page it stands for — kept as runs, not
/// two offsets a byte: bytes copied from the page one after another share a run (`linear`),
/// and so do the bytes of one decoded entity (`&amp;` → `&`, all mapping to the entity).
struct ByteSpans {
  private struct Run {
    /// Index in the text of the run's first byte.
    var index: Int
    var start: Int
    var end: Int
    /// Byte `index + k` stands for page byte `start + k`; otherwise every byte for `start..<end`.
    var linear: Bool
  }

  private var runs: [Run] = []
  private(set) var count = 0

  /// Adds the span of the next byte.
  mutating func append(_ span: Range<Int>) {
    if var last = runs.last {
      if last.linear && span.count == 1 && span.lowerBound == last.start + (count - last.index) {
        last.end = span.upperBound
        runs[runs.count - 1] = last
        count += 1
        return
      }
      if !last.linear && span.lowerBound == last.start && span.upperBound == last.end {
        count += 1
        return
      }
    }
    runs.append(Run(index: count, start: span.lowerBound, end: span.upperBound, linear: span.count == 1))
    count += 1
  }

  /// The span of byte `i`.
  func span(_ i: Int) -> Range<Int> {
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle].index <= i { low = middle } else { high = middle - 1 }
    }
    let run = runs[low]
    if run.linear {
      let start = run.start + (i - run.index)
      return start..<(start + 1)
    }
    return run.start..<run.end
  }

  mutating func removeLast() {
    count -= 1
    if let last = runs.last, last.index >= count { runs.removeLast() }
    if var last = runs.last, last.linear {
      last.end = last.start + (count - last.index)
      runs[runs.count - 1] = last
    }
  }

  /// The spans of the first `k` bytes.
  func prefix(_ k: Int) -> ByteSpans {
    var result = self
    while result.count > k { result.removeLast() }
    return result
  }

  /// Drops the first `k` bytes.
  mutating func removeFirst(_ k: Int) {
    var kept: [Run] = []
    for (n, run) in runs.enumerated() {
      let next = n + 1 < runs.count ? runs[n + 1].index : count
      if next <= k { continue }
      var shifted = run
      if run.index < k {
        if run.linear { shifted.start += k - run.index }
        shifted.index = k
      }
      shifted.index -= k
      kept.append(shifted)
    }
    runs = kept
    count -= k
  }
}
