import Foundation
import TestSupport
import Testing

@testable import EditionAlign

/// `edalign check` on the command line: formats, thresholds, exit status.
@Suite struct CheckCommandTests {
  func pair(_ name: String) -> [String] {
    [Support.path("Fixtures/check/\(name).en.txt"), Support.path("Fixtures/check/\(name).ko.txt")]
  }

  @Test func exitStatusSaysWhetherThereAreFindings() throws {
    #expect(try Support.run(["check"] + pair("clean-typhoon")).status == 0)
    let findings = try Support.run(["check"] + pair("numbers-flood"))
    #expect(findings.status == 1)
    #expect(findings.stdout.split(separator: "\n").filter { $0.hasPrefix("number ") }.count == 3)
    #expect(findings.stdout.contains("ko#2 en#2  3.2% ≠ 2.3 percent"))
    #expect(try Support.run(["check"] + pair("numbers-flood") + ["--fail-on", "name,date"]).status == 0)
    #expect(try Support.run(["check"] + pair("swapped-pair") + ["--min-severity", "high"]).status == 0)
    #expect(
      try Support.run(["check", Support.path("Fixtures/check/missing.en.txt"), pair("numbers-flood")[1]]).status == 2)
    #expect(try Support.run(["check"] + pair("numbers-flood") + ["--fail-on", "typo"]).status == 64)
  }

  @Test func jsonHasFindingsWithBothSidesAndASummary() throws {
    let run = try Support.run(["check"] + pair("dates-election") + ["--format", "json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.count == 2)
    let first = findings[0]
    #expect(first["kind"] as? String == "date" && first["severity"] as? String == "high")
    #expect(
      (first["en"] as? [String: Any])?["ids"] as? [Int] == [0]
        && (first["ko"] as? [String: Any])?["ids"] as? [Int] == [0])
    #expect((first["values"] as? [String: String]) == ["en": "Wednesday", "ko": "14일"])
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["findings"] as? Int == 2 && (summary["by_kind"] as? [String: Int])?["date"] == 2)
  }

  @Test func htmlIsOneSelfContainedPageWithFindingsAndGaps() throws {
    let run = try Support.run(["check"] + pair("omitted-paragraph") + ["--format", "html"])
    #expect(run.status == 1)
    let page = run.stdout
    #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("</html>"))
    for outside in ["<script", "src=", "<link", "url(", "http://", "https://", "@import"] {
      #expect(!page.contains(outside), "\(outside)")
    }
    #expect(page.contains("class=\"gap\">— not in the English edition —"))
    #expect(page.contains("leaves out a paragraph (3 sentences)"))
    #expect(page.contains("@media print"))
    let numbers = try Support.run(["check"] + pair("numbers-flood") + ["--format", "html"]).stdout
    #expect(numbers.contains("<mark>3.2%</mark>") && numbers.contains("<mark>2.3 percent</mark>"))
  }
}
