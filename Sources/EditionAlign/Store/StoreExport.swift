/// What an export of a store wrote.
public struct StoreExportCounts: Hashable, Sendable {
  public var documents = 0
  /// Links written (after the filters).
  public var pairs = 0
  /// Pairs left out as repeats of one written before (`dedupe`).
  public var duplicates = 0
}

extension CorpusStore {
  /// Writes one corpus of the selected documents in `format` (a format that holds many
  /// documents: TMX, XLIFF, Moses, TSV, CSV, HF, JSONL) to `path`, document by document
  /// through the same writer as `edalign align`; each record carries its document's id.
  /// Nothing is named until the whole corpus is written. `dedupe`: a pair of texts already
  /// written (from any document) is left out — the one thing kept across documents, 16 bytes
  /// a distinct pair.
  public func export(
    _ format: ExportFormat, settings: ExportSettings = ExportSettings(),
    selection: DocumentSelection = DocumentSelection(),
    dedupe: Bool = false, to path: String?, force: Bool
  ) throws -> StoreExportCounts {
    guard var exporter = format.corpusExporter(settings) else {
      throw StoreError(
        file: self.path,
        reason:
          "--format \(format.rawValue) describes one alignment; a store exports as tmx, xliff, moses, tsv, csv, hf or jsonl"
      )
    }
    var counts = StoreExportCounts()
    var output: OutputFile.Output?
    var keys: SideKeys?
    var seen = Set<SIMD2<UInt64>>()
    try forEachAlignment(selection) { id, stored in
      var alignment = stored
      if output == nil {
        keys = alignment.keys
        output = try OutputFile.Output(path: path, suffixes: exporter.suffixes(alignment.keys), force: force)
        try output!.append(
          exporter.head(alignment.keys, languages: (alignment.source.language, alignment.target.language)))
      }
      exporter.settings.document = id
      let pairs = exporter.settings.filter.pairs(alignment)
      if dedupe {
        var repeated = Set<Link>()
        for pair in pairs where !seen.insert(Self.key(pair)).inserted { repeated.insert(pair.link) }
        counts.duplicates += repeated.count
        alignment.links.removeAll { repeated.contains($0) }
        counts.pairs += pairs.count - repeated.count
      } else {
        counts.pairs += pairs.count
      }
      try output!.append(exporter.records(alignment))
      counts.documents += 1
    }
    guard let output, let keys else {
      throw StoreError(file: self.path, reason: "no aligned document to export (of the documents asked for)")
    }
    try output.append(exporter.tail(keys))
    try output.commit()
    return counts
  }

  /// 128 bits standing for a pair's two texts.
  private static func key(_ pair: CorpusPair) -> SIMD2<UInt64> {
    var first = Hasher()
    var second = Hasher()
    first.combine(pair.sourceText)
    first.combine(pair.targetText)
    second.combine(pair.targetText)
    second.combine(0x1F as UInt8)
    second.combine(pair.sourceText)
    return SIMD2(UInt64(bitPattern: Int64(first.finalize())), UInt64(bitPattern: Int64(second.finalize())))
  }
}
