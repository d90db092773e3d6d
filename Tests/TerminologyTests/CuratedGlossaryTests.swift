import Foundation
import Testing
@testable import Terminology

@Suite struct CuratedGlossaryTests {
  @Test func parsesEntriesSkippingCommentsAndBlankLines() throws {
    let text = "source\ttarget\tnote\nSanktion\tsanction\tEU usage\n\n# comment\nUN-Sicherheitsrat\tUN Security Council\n"
    let terms = try CuratedGlossary.parse(text, file: "g.tsv")
    #expect(terms == [
      CuratedTerm(source: "Sanktion", target: "sanction", note: "EU usage"),
      CuratedTerm(source: "UN-Sicherheitsrat", target: "UN Security Council", note: ""),
    ])
  }

  @Test func requiresTheHeader() {
    #expect(throws: GlossaryError.missingHeader(file: "g.tsv")) {
      try CuratedGlossary.parse("Sanktion\tsanction\n", file: "g.tsv")
    }
  }

  @Test func reportsTheLineOfAMalformedEntry() {
    #expect(throws: GlossaryError.malformedLine(file: "g.tsv", line: 3)) {
      try CuratedGlossary.parse("source\ttarget\tnote\nA\tB\nnur eine Spalte\n", file: "g.tsv")
    }
    #expect(GlossaryError.malformedLine(file: "g.tsv", line: 3).description.hasPrefix("g.tsv:3:"))
  }

  @Test func theShippedGermanEnglishGlossaryParses() throws {
    let folder = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    let path = "/" + folder + "/Glossaries/de-en/politics.tsv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let terms = try CuratedGlossary.parse(text, file: path)
    #expect(terms.count >= 50)
    #expect(Set(terms.map(\.source)).count == terms.count)
  }
}
