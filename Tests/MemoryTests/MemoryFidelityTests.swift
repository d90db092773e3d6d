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
    #expect(plain.first?.differences.allSatisfy { $0.kind == .extra } == true)
    // Tags in the query take the codes' slots as placeables: no word is counted as replaced.
    let tagged = try memory.lookup(
      LookupQuery("Click <b>here</b> or <img/> <i>now <t>Save</t>.", sourceLanguage: "en", targetLanguage: "de", minScore: 50))
    #expect(tagged.first?.stored.unit.id == "1")
    #expect(tagged.first?.differences.map(\.kind) == Array(repeating: .tag, count: 6))
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

/// Lookup recall: the index finds what scoring every unit finds (issue 13).
@Suite struct LookupRecallTests {
  /// Units from a small vocabulary: frequent words, near duplicates, short and long segments.
  static func units(count: Int, seed: Int) -> [TranslationUnit] {
    var g = SystemRandomNumberGeneratorSeeded(seed: seed)
    let words = ["der", "die", "das", "Haus", "Gregor", "Zimmer", "und", "nicht", "war", "er", "sie", "ein", "Tür",
                 "Vater", "Mutter", "Schwester", "Fenster", "Morgen", "schnell", "langsam", "7143", "2310"]
    return (0..<count).map { n in
      let length = [1, 2, 3, 5, 8, 12, 20][Int(g.next() % 7)]
      let text = (0..<length).map { _ in words[Int(g.next() % UInt64(words.count))] }.joined(separator: " ") + "."
      return TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: text, target: "t\(n)")
    }
  }

  @Test func theIndexFindsTheSameTopMatchesAsAnExhaustiveScan() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits(Self.units(count: 1500, seed: 1))
    var checked = 0
    for query in Self.units(count: 30, seed: 2) {
      for (minScore, limit) in [(70, 5), (50, 20), (30, 100)] {
        let q = LookupQuery(query.source, sourceLanguage: "de", targetLanguage: "en", minScore: minScore, limit: limit)
        let fast = try memory.lookup(q).map { [$0.score, Int($0.stored.id)] }
        let slow = try memory.lookupByScanning(q).map { [$0.score, Int($0.stored.id)] }
        #expect(fast == slow, "\(query.source) min \(minScore) limit \(limit)")
        checked += slow.count
      }
    }
    #expect(checked > 500)
  }
}

/// SplitMix64, seeded: the same units on every run.
struct SystemRandomNumberGeneratorSeeded: RandomNumberGenerator {
  private var state: UInt64
  init(seed: Int) { state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
