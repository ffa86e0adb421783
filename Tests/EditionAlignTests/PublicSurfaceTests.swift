import Foundation
import TestSupport
import Testing

/// Every public type is a promise to Swift users: the list is written here, so that widening
/// the surface is a decision a diff shows, not an accident. What the CLI, the fuzz targets
/// and the tests need beyond it is `package` or internal.
@Suite struct PublicSurfaceTests {
  static let promised: Set<String> = [
    "AlignOptions", "Aligner", "Alignment", "AlignmentExporter", "AlignmentFiles",
    "AlignmentParameters", "AlignmentScore", "Bead", "BeadShape", "BoilerplateKind", "BoilerplateRule",
    "BoilerplateRuleError", "BoilerplateRules", "CheckOptions", "CheckReport", "Checker",
    "CorpusFilter", "CorpusPair", "Edition", "EditionFormat", "EditionMetadata", "EditionReader",
    "EvaluationError", "ExportError", "ExportFormat", "ExportSettings", "ExportedFile", "Finding",
    "FindingKind", "FindingSide", "IngestError", "InputShape", "Language", "LanguageCodeError",
    "Lexicon", "LexiconError", "Link", "LinkEvidence", "OutputFile", "Paragraph", "ReadOptions",
    "RemovedText", "ReportFormat", "SegmentationEvaluation", "SegmentationGoldItem",
    "SegmentationScore", "Sentence", "SentenceSegmenter", "Severity", "SideKeys", "SourceRange",
    "StandardStreams", "TSVColumn", "Toolkit",
    // The batch and its corpus store.
    "Batch", "BatchOptions", "BatchProgress", "CorpusStore", "Manifest", "ManifestEntry", "ManifestProblem",
    "StoreError", "StoredDocument", "CorpusExporter", "DocumentSelection", "StoreExportCounts", "StoreReport",
    "StoreReportFormat",
    // Document pairing.
    "DocumentPair", "DocumentPairer", "EditionLink", "PairingDocument", "PairingDocumentID", "PairingFailure",
    "PairingInput", "PairingInputError", "PairingMethod", "PairingOptions", "PairingResult", "PairingSignals",
    // The stream mode.
    "PairStream", "StreamFormat", "StreamRecordError",
  ]

  @Test func thePublicTypesAreTheOnesTheREADMEPromises() throws {
    let folder = Support.path("Sources/EditionAlign")
    let declaration = try Regex(
      #"(?m)^public (?:final )?(?:struct|enum|class|protocol|typealias|actor) ([A-Za-z0-9_]+)"#)
    var found: Set<String> = []
    for case let file as String in FileManager.default.enumerator(atPath: folder)! where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      for match in text.matches(of: declaration) {
        if let name = match.output[1].substring { found.insert(String(name)) }
      }
    }
    #expect(found.subtracting(Self.promised).sorted() == [], "public types not in the promised list")
    #expect(Self.promised.subtracting(found).sorted() == [], "promised types no longer public")
  }
}
