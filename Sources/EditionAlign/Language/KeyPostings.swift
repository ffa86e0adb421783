/// For every key, the sentences of one edition that hold it, in order, each with the mask
/// of its items holding the key: an inverted index, so that a sentence of the other edition
/// is matched against a stretch of sentences by looking up its keys (a few dozen), not by
/// merging its keys with every sentence's in turn. Gives what `SentenceFeatures.matches` gives.
struct KeyPostings {
  /// Where each key's postings start, and one more (key ids are small integers).
  private var starts: [Int32]
  /// Each posting's sentence, and its items holding the key.
  private var sentences: [Int32]
  private var masks: [UInt64]

  init(_ edition: [SentenceFeatures]) {
    // (Entries are sorted by key: a sentence's last is its highest, and a key's entries
    // stand together.)
    let highest = edition.reduce(Int32(-1)) { max($0, $1.entryKeys.last ?? -1) }
    var starts = [Int32](repeating: 0, count: Int(highest) + 2)
    var postings = 0
    starts.withUnsafeMutableBufferPointer { starts in
      for sentence in edition {
        sentence.entryKeys.withUnsafeBufferPointer { keys in
          for x in keys.indices where x == 0 || keys[x] != keys[x - 1] {
            starts[Int(keys[x]) + 1] += 1
            postings += 1
          }
        }
      }
      for k in stride(from: 1, to: starts.count, by: 1) { starts[k] += starts[k - 1] }
    }
    var next = starts
    var sentences = [Int32](repeating: 0, count: postings)
    var masks = [UInt64](repeating: 0, count: postings)
    next.withUnsafeMutableBufferPointer { next in
      sentences.withUnsafeMutableBufferPointer { sentences in
        masks.withUnsafeMutableBufferPointer { masks in
          for (j, sentence) in edition.enumerated() {
            sentence.forEachKeyMask { key, mask in
              let place = Int(next[Int(key)])
              sentences[place] = Int32(j)
              masks[place] = mask
              next[Int(key)] += 1
            }
          }
        }
      }
    }
    (self.starts, self.sentences, self.masks) = (starts, sentences, masks)
  }

  /// The sentences holding `key`, in order.
  func sentences(holding key: Int32) -> ArraySlice<Int32> {
    guard key >= 0, Int(key) + 1 < starts.count else { return [] }
    return sentences[Int(starts[Int(key)])..<Int(starts[Int(key) + 1])]
  }

  /// `SentenceFeatures.matches(sentence, edition[j])` for every `j` of `range`, OR-ed into
  /// `row[j - range.lowerBound]` (which should start at zero).
  func match(
    _ sentence: SentenceFeatures, _ range: Range<Int>, into row: UnsafeMutableBufferPointer<(UInt64, UInt64)>
  ) {
    let keyCount = starts.count - 1
    let first = Int32(range.lowerBound)
    let end = Int32(range.upperBound)
    starts.withUnsafeBufferPointer { starts in
      sentences.withUnsafeBufferPointer { sentences in
        masks.withUnsafeBufferPointer { masks in
          sentence.forEachKeyMask { key, mask in
            guard Int(key) < keyCount else { return }
            // The first posting at or after the range's start.
            var low = Int(starts[Int(key)])
            var high = Int(starts[Int(key) + 1])
            while low < high {
              let middle = (low + high) >> 1
              if sentences[middle] < first { low = middle + 1 } else { high = middle }
            }
            var place = low
            let last = Int(starts[Int(key) + 1])
            while place < last && sentences[place] < end {
              let k = Int(sentences[place] - first)
              row[k].0 |= mask
              row[k].1 |= masks[place]
              place += 1
            }
          }
        }
      }
    }
  }
}
