import Exchange
import Foundation
import Testing

@testable import Memory

/// What a memory keeps of what it imports (issue 13).
@Suite struct MemoryFidelityTests {
  func fixtureUnits() throws -> (TMXHeader, [TranslationUnit]) {
    let url = try #require(
      Bundle(for: BundleToken.self).url(forResource: "inline-notes-props", withExtension: "tmx")
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ExchangeTests/Fixtures/inline-notes-props.tmx").standardized)
    let reader = try TMXReader(source: FileByteSource(path: url.path), fileName: "inline-notes-props.tmx")
    return (reader.header, try reader.readAll())
  }

  @Test func importThenExportGivesBackCodesNotesPropertiesAndAttributes() throws {
    let (header, units) = try fixtureUnits()
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits(document: "f.tmx", header: header, next: IteratorBox(units).next)
    var exported: [TranslationUnit] = []
    try memory.forEachUnit { exported.append($0.unit) }
    #expect(exported.count == 2)
    for (original, back) in zip(units, exported) {
      #expect(back.sourceCodes == original.sourceCodes && back.targetCodes == original.targetCodes)
      #expect(back.notes == original.notes)
      #expect(back.attributes == original.attributes)
      #expect(back.sourceDetails == original.sourceDetails && back.targetDetails == original.targetDetails)
      #expect(back.properties.filter { $0.type != "x-document" } == original.properties)
      #expect(back.creationDate == original.creationDate && back.changeDate == (original.changeDate ?? original.creationDate))
    }
    let stored = try memory.documentHeader()
    #expect(stored.notes == ["Header note"] && stored.properties == [.init(type: "x-project", value: "Fidelity")])
  }

  @Test func inlineCodesAreIgnoredByExactMatchingAndCountedAsPlaceablesByScores() throws {
    let (_, units) = try fixtureUnits()
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits(units)
    // The codes are not words: the plain text finds the unit.
    let plain = try memory.lookup(LookupQuery("Click here or now Save.", sourceLanguage: "en", targetLanguage: "de", minScore: 50))
    #expect(plain.first?.stored.unit.id == "1")
    #expect(plain.first?.score == 94)  // the same words; 6 codes missing from the query, 1 point each
    // Tags in the query match the codes as placeables: a closer score than without them.
    let tagged = try memory.lookup(
      LookupQuery("Click <b>here</b> or <img/> <i>now <t>Save</t>.", sourceLanguage: "en", targetLanguage: "de", minScore: 50))
    #expect((tagged.first?.score ?? 0) > (plain.first?.score ?? 100))
  }

  @Test func languageVariantsStayApartAndAreSelectedExactlyOrByPrimaryTag() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    let summary = try memory.importUnits([
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en-GB", source: "Die Farbe ist grau.", target: "The colour is grey."),
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en-US", source: "Die Farbe ist grau.", target: "The colour is grey."),
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en-US", source: "Die Farbe ist grau.", target: "The color is gray."),
    ])
    #expect(summary.added == 3)
    func targets(_ language: String) throws -> [String] {
      try memory.lookup(LookupQuery("Die Farbe ist grau.", sourceLanguage: "de", targetLanguage: language))
        .map { "\($0.stored.unit.targetLanguage) \($0.stored.unit.target)" }.sorted()
    }
    #expect(try targets("en-GB") == ["en-GB The colour is grey."])
    #expect(try targets("en-us").count == 2)
    #expect(try targets("en").count == 3)
    var exported = 0
    try memory.forEachUnit(targetLanguage: "en-GB") { _ in exported += 1 }
    #expect(exported == 1)
  }

  @Test func blankTargetsAreNotStored() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    let summary = try memory.importUnits([unit("Ja.", " "), unit("Nein.", ""), unit("Vielleicht.", "Maybe.")])
    #expect(summary.added == 1 && summary.skippedUntranslated == 2)
  }
}

private final class BundleToken {}

/// A unit sequence as a pull function.
final class IteratorBox {
  private var iterator: IndexingIterator<[TranslationUnit]>
  init(_ units: [TranslationUnit]) { iterator = units.makeIterator() }
  func next() -> TranslationUnit? { iterator.next() }
}
