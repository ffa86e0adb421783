import Foundation

/// How a batch reads, aligns and checks every pair.
public struct BatchOptions: Sendable {
  /// The two editions' languages for every pair (else the manifest's column names or keys, else detected).
  public var languages: [Language]?
  /// The input shape of every file (else the manifest's `shape`, else detected).
  public var shape: InputShape?
  public var align: AlignOptions
  /// Also run the consistency checker on every pair and store its findings.
  public var check: Bool
  /// Pairs in flight at once (each pair's reading, segmenting and aligning on one core).
  public var jobs: Int

  public init(
    languages: [Language]? = nil, shape: InputShape? = nil, align: AlignOptions = AlignOptions(), check: Bool = false,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.languages = languages
    self.shape = shape
    self.align = align
    self.check = check
    self.jobs = max(1, jobs)
  }

  /// What a stored pair was made with, beside its file hashes: a pair stored with other
  /// options is realigned. `dictionaryHash` stands for the user's lexicon file.
  func fingerprint(for entry: ManifestEntry, dictionaryHash: String?) -> String {
    let languages = (self.languages ?? entry.languages)?.map(\.rawValue).joined(separator: ",") ?? "detected"
    let shape = (self.shape ?? entry.shape)?.rawValue ?? "detected"
    return [
      "edalign \(Toolkit.version)", "langs=\(languages)", "shape=\(shape)",
      "builtin-lexicon=\(align.useBuiltInLexicon)", "dictionary=\(dictionaryHash ?? "none")", "check=\(check)",
    ].joined(separator: " ")
  }
}

/// Where a batch stands, for a progress line.
public struct BatchProgress: Hashable, Sendable {
  /// Pairs of the manifest.
  public var total: Int
  /// Pairs done (aligned, failed or skipped as already stored).
  public var done = 0
  public var aligned = 0
  public var skipped = 0
  public var failed = 0
  public var sentences = 0
  public var links = 0
  /// The sum of the aligned pairs' document scores.
  public var scoreSum = 0.0
  /// Seconds since the batch started.
  public var elapsed = 0.0

  public init(total: Int) { self.total = total }

  /// The mean document score of the pairs aligned in this run.
  public var meanDocumentScore: Double? { aligned == 0 ? nil : scoreSum / Double(aligned) }
  /// Pairs done a second.
  public var pairsPerSecond: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
}

/// Aligns every pair of a manifest into a corpus store: the library face of `edalign batch`.
///
/// Pairs are taken in waves of a few per job: each wave's pairs are read, segmented, aligned
/// (and checked) concurrently, then stored in one transaction, so that a run killed at any
/// moment leaves whole pairs only (a wave's or none), and a rerun skips them. A pair whose
/// files hash and options match what the store holds is skipped; a pair that fails (a missing
/// or broken file, no body) is stored as failed with its message and the batch goes on.
public struct Batch: Sendable {
  public var options: BatchOptions

  public init(options: BatchOptions = BatchOptions()) { self.options = options }

  /// Runs `manifest` into `store`; `progress` is called after each wave (on the calling thread).
  public func run(
    _ manifest: Manifest, into store: CorpusStore, dictionaryHash: String? = nil,
    progress: (BatchProgress) -> Void = { _ in }
  ) throws(StoreError) -> BatchProgress {
    let start = Date()
    var state = BatchProgress(total: manifest.entries.count)
    let entries = Array(manifest.entries.enumerated())
    // Sixteen pairs a job: a wave is stored in one transaction (fewer commits, fewer pages
    // written again), and a run killed loses at most one wave's work. The first waves are
    // smaller (two pairs a job, then twice as many each wave): the cores wait for the first
    // wave's files to be read and hashed, on this thread.
    let waveSize = options.jobs * 16
    var nextWaveSize = options.jobs * 2
    var next = 0
    let readers = ReaderPool()
    let options = self.options
    // While the cores align one wave, this thread stores the wave before it.
    var aligning: (group: DispatchGroup, result: WaveResult)?
    func storeAligned() throws(StoreError) {
      guard let (group, result) = aligning else { return }
      group.wait()
      aligning = nil
      try store.store(result.documents)
      for document in result.documents {
        state.done += 1
        if let alignment = document.alignment {
          state.aligned += 1
          state.sentences += alignment.source.sentences.count + alignment.target.sentences.count
          state.links += alignment.links.count
          state.scoreSum += alignment.documentScore
        } else {
          state.failed += 1
        }
      }
      state.elapsed = Date().timeIntervalSince(start)
      progress(state)
    }
    while next < entries.count {
      let wave = Array(entries[next..<min(entries.count, next + nextWaveSize)])
      nextWaveSize = min(waveSize, 2 * nextWaveSize)
      next += wave.count
      // Read and hash every file first: a pair stored with the same hashes and options is not aligned again.
      var work: [PairInput] = []
      for (ordinal, entry) in wave {
        let input = PairInput(
          ordinal: ordinal, entry: entry, options: options.fingerprint(for: entry, dictionaryHash: dictionaryHash))
        if try store.isCurrent(
          id: entry.id, sourceHash: input.firstHash, targetHash: input.secondHash, options: input.fingerprint)
        {
          state.skipped += 1
          state.done += 1
          continue
        }
        work.append(input)
      }
      let group = DispatchGroup()
      let result = WaveResult()
      let inputs = work
      DispatchQueue.global().async(group: group) {
        // At most `jobs` pairs at once, each taken by the next free thread.
        result.documents = Parallel.mapEach(inputs, width: options.jobs) {
          Self.align($0, options: options, readers: readers)
        }
      }
      try storeAligned()
      aligning = (group, result)
    }
    try storeAligned()
    state.elapsed = Date().timeIntervalSince(start)
    return state
  }

  /// The SHA-256 of `bytes`, hex (what the store keeps of each file, and of a dictionary).
  public static func hash(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }

  /// A pair's files as read, their hashes, and what it is aligned with.
  struct PairInput: Sendable {
    var ordinal: Int
    var entry: ManifestEntry
    var first: Result<[UInt8], IngestError>
    var second: Result<[UInt8], IngestError>
    var firstHash: String?
    var secondHash: String?
    var fingerprint: String
    /// Each side's shape and address where the input names them (a stream record's `shape`
    /// and `url`), over the batch's and the manifest's.
    var shapes: (InputShape?, InputShape?) = (nil, nil)
    var urls: (String?, String?) = (nil, nil)

    /// A pair whose bytes are already at hand (a stream record carries them); no hashes.
    init(
      ordinal: Int, entry: ManifestEntry, first: Result<[UInt8], IngestError>, second: Result<[UInt8], IngestError>,
      fingerprint: String
    ) {
      self.ordinal = ordinal
      self.entry = entry
      self.first = first
      self.second = second
      self.fingerprint = fingerprint
    }

    init(ordinal: Int, entry: ManifestEntry, options fingerprint: String) {
      self.ordinal = ordinal
      self.entry = entry
      first = Result { () throws(IngestError) in try EditionReader.bytes(of: entry.first) }
      second = Result { () throws(IngestError) in try EditionReader.bytes(of: entry.second) }
      firstHash = (try? first.get()).map { SHA256.hex($0) }
      secondHash = (try? second.get()).map { SHA256.hex($0) }
      self.fingerprint = fingerprint
    }
  }

  /// One pair read, aligned and checked — or the message of why not.
  static func align(_ input: PairInput, options: BatchOptions, readers: ReaderPool) -> StoredDocument {
    let entry = input.entry
    var document = StoredDocument(
      id: entry.id, ordinal: input.ordinal, sourcePath: entry.first, targetPath: entry.second,
      sourceHash: input.firstHash, targetHash: input.secondHash, options: input.fingerprint, alignment: nil)
    // Two codes, first and second edition; anything else is taken as none given.
    let languages = (options.languages ?? entry.languages).flatMap { $0.count == 2 ? $0 : nil }
    let shape = options.shape ?? entry.shape
    do {
      var a = try readers.read(
        try input.first.get(), source: entry.first, ReadOptions(language: languages?[0], shape: input.shapes.0 ?? shape)
      )
      var b = try readers.read(
        try input.second.get(), source: entry.second,
        ReadOptions(language: languages?[1], shape: input.shapes.1 ?? shape))
      if let url = input.urls.0 { a.metadata.url = url }
      if let url = input.urls.1 { b.metadata.url = url }
      let alignment = Aligner(options: options.align).align(a, b)
      document.alignment = alignment
      if options.check {
        let check = CheckOptions(
          minimumSeverity: .low, dictionary: options.align.dictionary,
          useBuiltInLexicon: options.align.useBuiltInLexicon)
        document.findings = Checker(options: check).check(alignment).findings
      }
    } catch let error as IngestError {
      document.error = error.description
    } catch {
      document.error = "\(error)"
    }
    return document
  }
}

/// Readers shared by a batch's threads: making one compiles the boilerplate patterns (the
/// most of a short pair's time), so each thread takes a reader of the options it needs and
/// gives it back. A reader is used by one thread at a time (its segmenters are a cache).
final class ReaderPool: @unchecked Sendable {
  /// A batch reads with the standard boilerplate rules, so a reader is told apart by its
  /// language and shape alone (hashing the rules for every file would cost more than it saves).
  private struct Key: Hashable {
    var language: Language?
    var shape: InputShape?
  }
  // `idle` is touched only under `lock`; a reader taken out belongs to one thread until given back.
  private let lock = NSLock()
  private var idle: [Key: [EditionReader]] = [:]

  /// `bytes` read as an edition with a reader of `options` (the standard boilerplate rules).
  func read(_ bytes: [UInt8], source: String, _ options: ReadOptions) throws -> Edition {
    let key = Key(language: options.language, shape: options.shape)
    let reader = try lock.withLock { idle[key]?.popLast() } ?? EditionReader(options: options)
    defer { lock.withLock { idle[key, default: []].append(reader) } }
    return try reader.read(bytes: bytes, source: source)
  }
}

/// A wave's documents, written by the thread that aligns them and read by the storing thread
/// only after the wave's group is done.
final class WaveResult: @unchecked Sendable {
  var documents: [StoredDocument] = []
}
