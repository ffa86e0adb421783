import Testing
@testable import EditionAlign
@Test func icuVersionIs() { #expect(!ICU.version.isEmpty) }
