/// The keys of one item of evidence: most items have one to three (a word's form and stem,
/// a prefix for cognates), held inline; more (a Korean word's lexicon translations) spill
/// into an array. A long document has hundreds of thousands of items, and an array each
/// would cost a heap block each — most of the aligner's memory.
struct ItemKeys: RandomAccessCollection, Hashable, Sendable {
  private var first: Int32 = 0
  private var second: Int32 = 0
  private var third: Int32 = 0
  private var inlineCount: UInt8 = 0
  private var spill: [Int32] = []

  init(_ keys: some Sequence<Int32>) {
    for key in keys { append(key) }
  }

  var startIndex: Int { 0 }
  var endIndex: Int { Int(inlineCount) + spill.count }

  subscript(position: Int) -> Int32 {
    switch position {
    case 0: first
    case 1: second
    case 2: third
    default: spill[position - 3]
    }
  }

  mutating func append(_ key: Int32) {
    switch inlineCount {
    case 0: first = key
    case 1: second = key
    case 2: third = key
    default:
      spill.append(key)
      return
    }
    inlineCount += 1
  }

  static func += (keys: inout ItemKeys, more: some Sequence<Int32>) {
    for key in more { keys.append(key) }
  }
}
