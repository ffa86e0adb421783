import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// Files a script writes are checked in; these tests regenerate each one elsewhere and fail
/// when the checked-in copy differs (a hand edit, or a source changed without regenerating).
@Suite struct GeneratedFilesTests {
  static let lexiconFile = "Sources/EditionAlign/Language/KoreanEnglishLexicon+Generated.swift"

  @Test func theBuiltInLexiconIsWhatBuildLexiconWritesFromItsSource() throws {
    let directory = try Support.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fresh = directory + "/lexicon.swift"
    let run = try Support.shell("python3 scripts/build-lexicon --output '\(fresh)'")
    #expect(run.status == 0, "scripts/build-lexicon failed: \(run.stderr)")
    let checkedIn = try String(contentsOfFile: Support.path(Self.lexiconFile), encoding: .utf8)
    let regenerated = try String(contentsOfFile: fresh, encoding: .utf8)
    let current = checkedIn == regenerated  // not the 4,000-line texts in the failure message
    #expect(current, "\(Self.lexiconFile) is out of date: run scripts/build-lexicon")
  }

  @Test func theREADMEGivesTheBuiltInLexiconsEntryCount() throws {
    let readme = try String(contentsOfFile: Support.path("README.md"), encoding: .utf8)
    let entries = Lexicon.koreanEnglishNewsText.split(separator: "\n").filter { $0.contains(" @ ") }.count
    let count = entries.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    #expect(
      readme.contains("lexicon of \(count) entries"), "README.md should say the built-in lexicon has \(count) entries")
  }
}
