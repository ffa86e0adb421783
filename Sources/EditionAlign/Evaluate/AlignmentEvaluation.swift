import Foundation

/// Strict and lax precision, recall and F1 of predicted beads against gold beads, in the
/// convention of Vecalign's `score.py`: a strict hit is an exact bead; a lax hit overlaps a
/// gold bead on both sides; precision counts every predicted bead (insertions and
/// deletions too), recall only gold beads with both sides non-empty, against predicted
/// beads with both sides non-empty. Counts add up over documents (micro-average).
public struct AlignmentScore: Sendable, Hashable, Codable {
  public var precisionCounts = Counts()
  public var recallCounts = Counts()

  /// Hits and misses, strict and lax.
  public struct Counts: Sendable, Hashable, Codable {
    public var strictHits = 0, strictMisses = 0, laxHits = 0, laxMisses = 0
  }

  public init() {}

  public var precisionStrict: Double { Self.rate(precisionCounts.strictHits, precisionCounts.strictMisses) }
  public var precisionLax: Double { Self.rate(precisionCounts.laxHits, precisionCounts.laxMisses) }
  public var recallStrict: Double { Self.rate(recallCounts.strictHits, recallCounts.strictMisses) }
  public var recallLax: Double { Self.rate(recallCounts.laxHits, recallCounts.laxMisses) }
  public var f1Strict: Double { Self.f1(precisionStrict, recallStrict) }
  public var f1Lax: Double { Self.f1(precisionLax, recallLax) }

  static func rate(_ hits: Int, _ misses: Int) -> Double {
    hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses)
  }
  static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

  /// Adds one document's predicted beads against its gold beads.
  public mutating func add(predicted: [Bead], gold: [Bead]) {
    Self.count(&precisionCounts, reference: gold, candidates: predicted)
    let twoSided = { (beads: [Bead]) in beads.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
    Self.count(&recallCounts, reference: twoSided(predicted), candidates: twoSided(gold))
  }

  /// Counts how many `candidates` are in `reference` exactly (strict) or overlap a reference
  /// bead on both sides (lax).
  private static func count(_ counts: inout Counts, reference: [Bead], candidates: [Bead]) {
    let referenceSet = Set(reference.filter { !$0.source.isEmpty || !$0.target.isEmpty })
    var targetsOfSource: [Int: Set<Int>] = [:]
    for bead in referenceSet { for s in bead.source { targetsOfSource[s, default: []].formUnion(bead.target) } }
    for bead in Set(candidates) where !bead.source.isEmpty || !bead.target.isEmpty {
      if referenceSet.contains(bead) {
        counts.strictHits += 1
        counts.laxHits += 1
        continue
      }
      counts.strictMisses += 1
      let reachable = bead.source.reduce(into: Set<Int>()) { $0.formUnion(targetsOfSource[$1] ?? []) }
      if bead.target.contains(where: reachable.contains) { counts.laxHits += 1 } else { counts.laxMisses += 1 }
    }
  }
}

/// Reading alignments for evaluation: Vecalign's format and EditionAlign's gold JSON.
public enum AlignmentFiles {
  /// Beads of a Vecalign-format file: `[0, 1]:[2]` a line, optionally `:score` after.
  public static func readVecalign(_ path: String) throws(EvaluationError) -> [Bead] {
    let text = try read(path)
    var beads: [Bead] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = String(line).trimmingSpaces
      if trimmed.isEmpty { continue }
      guard let bead = parseVecalignLine(trimmed) else {
        throw .badLine(file: path, line: number + 1, reason: "expected [source ids]:[target ids], e.g. [0]:[0, 1]")
      }
      beads.append(bead)
    }
    return beads
  }

  static func parseVecalignLine(_ line: String) -> Bead? {
    let parts = line.split(separator: "]", omittingEmptySubsequences: false)
    guard parts.count >= 2 else { return nil }
    func ids(_ part: Substring) -> [Int]? {
      guard let open = part.lastIndex(of: "[") else { return nil }
      let inner = part[part.index(after: open)...]
      if inner.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
      var result: [Int] = []
      for piece in inner.split(separator: ",") {
        guard let value = Int(piece.trimmingCharacters(in: .whitespaces)) else { return nil }
        result.append(value)
      }
      return result
    }
    guard let source = ids(parts[0]), let target = ids(parts[1]) else { return nil }
    return Bead(source, target)
  }

  /// Links of a gold JSON file (`{"en": […], "ko": […], "links": [{"en": [0], "ko": [0, 1]}, …]}`),
  /// with `sourceKey` naming the side read as source.
  public static func readGoldJSON(_ path: String, sourceKey: String, targetKey: String) throws(EvaluationError)
    -> [Bead]
  {
    let text = try read(path)
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
      let links = object["links"] as? [[String: Any]]
    else { throw .badLine(file: path, line: 1, reason: "expected a gold alignment object with \"links\"") }
    var beads: [Bead] = []
    for link in links {
      guard let source = link[sourceKey] as? [Int], let target = link[targetKey] as? [Int] else {
        throw .badLine(file: path, line: 1, reason: "a link lacks \"\(sourceKey)\" or \"\(targetKey)\" id lists")
      }
      beads.append(Bead(source, target))
    }
    return beads
  }

  /// Beads of either format, told apart by the content.
  public static func read(_ path: String, sourceKey: String = "en", targetKey: String = "ko") throws(EvaluationError)
    -> [Bead]
  {
    let text = try read(path)
    if text.drop(while: { $0.isWhitespace }).hasPrefix("{") {
      return try readGoldJSON(path, sourceKey: sourceKey, targetKey: targetKey)
    }
    return try readVecalign(path)
  }

  private static func read(_ path: String) throws(EvaluationError) -> String {
    let bytes = try EvaluationError.bytes(of: path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .unreadable(file: path, reason: "not UTF-8")
    }
    return text
  }
}
