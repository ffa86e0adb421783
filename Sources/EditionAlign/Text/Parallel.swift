import Foundation
import Synchronization

/// Maps over an array on every core, in contiguous chunks, keeping the order.
enum Parallel {
  /// Elements below which one thread does the work.
  static let minimumPerChunk = 64

  /// The cores this process may use, asked once: Foundation reads the cgroup's files on
  /// every call, two file opens for every parallel step of every document of a batch.
  static let cores = ProcessInfo.processInfo.activeProcessorCount

  /// `body` run for every index of `range`, in contiguous chunks on every core.
  static func forEach(_ range: Range<Int>, minimumPerChunk: Int = minimumPerChunk, _ body: @Sendable (Int) -> Void) {
    let chunks = min(cores * 2, max(1, range.count / minimumPerChunk))
    if chunks <= 1 {
      for i in range { body(i) }
      return
    }
    let size = (range.count + chunks - 1) / chunks
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = range.lowerBound + chunk * size
      for i in start..<min(range.upperBound, start + size) { body(i) }
    }
  }

  /// `update` applied to every element in place, chunks run concurrently: no second array
  /// is made (for arrays whose elements hold much memory).
  static func update<Element>(
    _ elements: inout [Element], minimumPerChunk: Int = minimumPerChunk, _ update: @Sendable (inout Element) -> Void
  ) {
    let count = elements.count
    elements.withUnsafeMutableBufferPointer { buffer in
      // Each chunk writes only its own indices.
      nonisolated(unsafe) let base = buffer
      forEach(0..<count, minimumPerChunk: minimumPerChunk) { update(&base[$0]) }
    }
  }

  /// `update` applied to the elements at `indices` (distinct) in place, chunks of them run
  /// concurrently.
  static func update<Element>(
    _ elements: inout [Element], at indices: [Int], minimumPerChunk: Int = minimumPerChunk,
    _ update: @Sendable (inout Element) -> Void
  ) {
    elements.withUnsafeMutableBufferPointer { buffer in
      // Each index is written by one chunk only.
      nonisolated(unsafe) let base = buffer
      forEach(0..<indices.count, minimumPerChunk: minimumPerChunk) { update(&base[indices[$0]]) }
    }
  }

  /// `transform` applied to every element, chunks run concurrently.
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], minimumPerChunk: Int = minimumPerChunk, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    map(elements, minimumPerChunk: minimumPerChunk, context: ()) { _, element in transform(element) }
  }

  /// `transform` applied to every element; each chunk first makes its own `context` (an
  /// object that is not thread-safe, such as an ICU transliterator: the expression is
  /// evaluated once a chunk).
  static func map<Element: Sendable, Result: Sendable, Context>(
    _ elements: [Element], minimumPerChunk: Int = minimumPerChunk, context: @autoclosure @Sendable () -> Context,
    _ transform: @Sendable (Context, Element) -> Result
  ) -> [Result] {
    let chunks = min(cores * 2, max(1, elements.count / minimumPerChunk))
    if chunks <= 1 {
      let shared = context()
      return elements.map { transform(shared, $0) }
    }
    let results = ResultSlots<Result>(count: chunks)
    let size = (elements.count + chunks - 1) / chunks
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = chunk * size
      let end = min(elements.count, start + size)
      guard start < end else { return }
      let local = context()
      results.set(chunk, elements[start..<end].map { transform(local, $0) })
    }
    return results.joined()
  }
}

extension Parallel {
  /// `transform` applied to every element, at most `width` at once, each element a task of
  /// its own that the next free thread takes — for few elements of uneven cost (the documents
  /// of a batch's wave), where `map`'s equal chunks leave a core idle while the slowest ends.
  static func mapEach<Element: Sendable, Result: Sendable>(
    _ elements: [Element], width: Int, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let threads = min(width, cores, elements.count)
    guard threads >= 2 else { return elements.map(transform) }
    let results = ResultSlots<Result>(count: elements.count)
    let taken = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while true {
        let k = taken.add(1, ordering: .relaxed).oldValue
        guard k < elements.count else { return }
        results.set(k, [transform(elements[k])])
      }
    }
    return results.joined()
  }

  /// Steps of fewer items than this run one after the other in `alongside`: a thread's
  /// start (tens of microseconds) would cost more than it spares.
  static let minimumAlongside = 512

  /// `work` on a thread of its own while `here` runs on this one — for work that fills the
  /// core a step on one thread leaves idle — both done on return; one after the other for
  /// steps of fewer than `minimumAlongside` items, or on one core (`concurrently` otherwise).
  static func alongside<Result: Sendable>(
    _ items: Int, _ work: @escaping @Sendable () -> Result, while here: () -> Void
  ) -> Result {
    guard cores >= 2, items >= minimumAlongside else {
      here()
      return work()
    }
    return concurrently(work, while: here)
  }

  /// `work` on a thread of its own while `here` runs on this one, always at once — for two
  /// halves of a step that wait on each other (the two threads of the bead search) — both
  /// done on return. (A thread of its own, not a queue's: the queues' threads may all be
  /// busy with the documents of a batch.)
  static func concurrently<Result: Sendable>(_ work: @escaping @Sendable () -> Result, while here: () -> Void)
    -> Result
  {
    let slot = ResultSlots<Result>(count: 1)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      slot.set(0, [work()])
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    here()
    done.wait()
    return slot.joined()[0]
  }
}

extension Parallel {
  /// `values` sorted: halves sorted at once on two cores, then merged (integers: the same
  /// order as one sort gives).
  static func sorted(_ values: [UInt64]) -> [UInt64] {
    guard cores >= 2, values.count >= 32_768 else { return values.sorted() }
    let middle = values.count / 2
    let halves = map([0..<middle, middle..<values.count], minimumPerChunk: 1) { values[$0].sorted() }
    let (left, right) = (halves[0], halves[1])
    var merged: [UInt64] = []
    merged.reserveCapacity(values.count)
    var (a, b) = (0, 0)
    while a < left.count && b < right.count {
      if right[b] < left[a] {
        merged.append(right[b])
        b += 1
      } else {
        merged.append(left[a])
        a += 1
      }
    }
    merged += left[a...]
    merged += right[b...]
    return merged
  }
}

/// One slot per chunk, each written by exactly one thread, read after all are done.
private final class ResultSlots<Result>: @unchecked Sendable {
  private var slots: [[Result]]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [Result]) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func joined() -> [Result] { slots.flatMap { $0 } }
}
