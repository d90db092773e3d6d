import Exchange
import Foundation
import GRDB
import Testing

@testable import Memory

/// A fresh memory file in a temporary directory.
func temporaryMemoryPath() throws -> String {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-memory-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  return directory.appendingPathComponent("memory.sqlite").path
}

func unit(_ source: String, _ target: String, changed: TimeInterval? = nil) -> TranslationUnit {
  TranslationUnit(
    sourceLanguage: "de", targetLanguage: "en", source: source, target: target,
    creationDate: changed.map(Date.init(timeIntervalSince1970:)),
    changeDate: changed.map(Date.init(timeIntervalSince1970:)))
}

let treaty = "Der Vertrag wurde am 12. März 2019 in Berlin unterzeichnet."

@Suite struct TranslationMemoryTests {
  @Test func duplicatesMergeAndAlternativesStay() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    let first = try memory.importUnits([
      unit(treaty, "The treaty was signed in Berlin on 12 March 2019.", changed: 1_000),
      unit(treaty, "The agreement was signed in Berlin on 12 March 2019.", changed: 1_000),
    ])
    #expect(first == ImportSummary(read: 2, added: 2, merged: 0))
    let second = try memory.importUnits([
      unit(treaty + " ", "The treaty was signed in Berlin on 12 March 2019.", changed: 5_000)
    ])
    #expect(second == ImportSummary(read: 1, added: 0, merged: 1))
    #expect(try memory.statistics().units == 2)

    let matches = try memory.lookup(LookupQuery(treaty, sourceLanguage: "de", targetLanguage: "en"))
    #expect(matches.map(\.score) == [100, 100])
    #expect(Set(matches.map(\.stored.unit.target)).count == 2)
    // The merged unit carries the newer date and so comes first.
    #expect(matches.first?.stored.unit.target == "The treaty was signed in Berlin on 12 March 2019.")
    #expect(matches.first?.stored.unit.changeDate == Date(timeIntervalSince1970: 5_000))
  }

  @Test func fuzzyLookupRanksVariants() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits([
      unit("Der Vertrag wurde am 14. März 2019 in Berlin unterzeichnet.", "number"),
      unit("Der Vertrag wurde am 12. März 2019 in Moskau unterzeichnet.", "word"),
      unit("Der Vertrag wurde am 12. März 2019 Berlin in unterzeichnet.", "swap"),
      unit("Der Vertrag wurde am 12. März unterzeichnet.", "shorter"),
      unit("Heute regnet es in Hamburg den ganzen Tag.", "unrelated"),
    ])
    let matches = try memory.lookup(
      LookupQuery(treaty, sourceLanguage: "de", targetLanguage: "en", minScore: 70, limit: 10))
    #expect(matches.map(\.stored.unit.target) == ["number", "word", "swap", "shorter"])
    #expect(matches.map(\.score) == [98, 90, 80, 70])
    let strict = try memory.lookup(
      LookupQuery(treaty, sourceLanguage: "de", targetLanguage: "en", minScore: 85, limit: 10))
    #expect(strict.map(\.stored.unit.target) == ["number", "word"])
    let otherPair = try memory.lookup(LookupQuery(treaty, sourceLanguage: "de", targetLanguage: "fr"))
    #expect(otherPair.isEmpty)
  }

  @Test func contextMatchScores101() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits(
      [unit("Erster Satz.", "First sentence."), unit("Zweiter Satz.", "Second sentence.")], document: "a.txt")
    let withContext = try memory.lookup(
      LookupQuery("Zweiter Satz.", previous: "Erster Satz.", sourceLanguage: "de", targetLanguage: "en"))
    #expect(withContext.first?.score == 101)
    let otherContext = try memory.lookup(
      LookupQuery("Zweiter Satz.", previous: "Ganz anders.", sourceLanguage: "de", targetLanguage: "en"))
    #expect(otherContext.first?.score == 100)
  }

  /// Imports span several batches prepared side by side: units must still
  /// be stored in input order, indexed, and keep the unit before them as context.
  @Test func largeImportKeepsInputOrderAcrossBatches() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    let count = TranslationMemory.batchSize * 3 + 17
    let units = (0..<count).map { unit("Satz Nummer \($0) im Stapel.", "Sentence number \($0) in the batch.") }
    let summary = try memory.importUnits(units + [units[5]], document: "big.txt")
    #expect(summary.added == count && summary.merged == 1)
    var sources: [String] = []
    try memory.forEachUnit { sources.append($0.unit.source) }
    #expect(sources == units.map(\.source))
    let boundary = TranslationMemory.batchSize * 2
    let matches = try memory.lookup(
      LookupQuery(units[boundary].source, previous: units[boundary - 1].source, sourceLanguage: "de",
                  targetLanguage: "en"))
    #expect(matches.first?.score == 101)
    #expect(matches.first?.stored.unit.target == units[boundary].target)
    #expect(try memory.search(ConcordanceQuery("Stapel")).count > 0)
  }

  @Test func concordanceFindsInflectedFormsOnlyWithStem() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits([
      unit("Die Militäroperation begann im Mai.", "The military operation began in May."),
      unit("Beide Militäroperationen scheiterten.", "Both military operations failed."),
      unit("Die Operation war ein Erfolg.", "The operation was a success."),
    ])
    let plain = try memory.search(ConcordanceQuery("Militäroperation"))
    #expect(plain.map(\.match) == ["Militäroperation"])
    #expect(plain.first?.before == "Die ")
    #expect(plain.first?.after == " begann im Mai.")
    let stemmed = try memory.search(ConcordanceQuery("Militäroperation", stem: true))
    #expect(Set(stemmed.map(\.match)) == ["Militäroperation", "Militäroperationen"])
    let target = try memory.search(ConcordanceQuery("military operations"))
    #expect(target.map(\.side) == [.target])
    #expect(target.map(\.match) == ["military operations"])
    // "Operation" (de) and "operation" (en): one hit per side that has it.
    let both = try memory.search(ConcordanceQuery("operation", sourceLanguage: "de", targetLanguage: "en"))
    #expect(both.map(\.side) == [.source, .target, .target])
  }

  struct Malformed: Error {}

  @Test func failedImportStoresNothing() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    try memory.importUnits([unit(treaty, "The treaty.")])
    var pulled = 0
    #expect(throws: Malformed.self) {
      try memory.importUnits {
        pulled += 1
        if pulled > 25_000 { throw Malformed() }
        return unit("Satz Nummer \(pulled).", "Sentence number \(pulled).")
      }
    }
    #expect(try memory.statistics().units == 1)
    #expect(try memory.search(ConcordanceQuery("Nummer")).isEmpty)
    // The memory stays usable: the next import works.
    #expect(try memory.importUnits([unit("Satz Nummer 1.", "Sentence number 1.")]).added == 1)
  }

  @Test func readersSeeTheOldStateWhileAnImportWrites() throws {
    let path = try temporaryMemoryPath()
    let memory = try TranslationMemory(path: path)
    try memory.importUnits([unit(treaty, "The treaty.")])
    var pulled = 0
    var seenDuringImport: [Int] = []
    try memory.importUnits {
      pulled += 1
      if pulled == 500 {
        // Another connection, as another process would open it, reads without waiting.
        let reader = try TranslationMemory(path: path)
        seenDuringImport.append(try reader.statistics().units)
        seenDuringImport.append(
          try reader.lookup(LookupQuery(treaty, sourceLanguage: "de", targetLanguage: "en")).count)
      }
      return pulled <= 1_000 ? unit("Satz Nummer \(pulled).", "Sentence number \(pulled).") : nil
    }
    #expect(seenDuringImport == [1, 1])
    #expect(try memory.statistics().units == 1_001)
  }

  @Test func exportYieldsEveryUnitWithItsOrigin() throws {
    let memory = try TranslationMemory(path: try temporaryMemoryPath())
    var first = unit(treaty, "The treaty.", changed: 1_000)
    first.id = "tu-1"
    first.properties = [.init(type: "x-confidence", value: "0.75")]
    try memory.importUnits([first, unit("Zweiter Satz.", "Second sentence.")], document: "vertrag.txt")
    var units: [TranslationUnit] = []
    try memory.forEachUnit(sourceLanguage: "de", targetLanguage: "en") { units.append($0.unit) }
    #expect(units.map(\.source) == [treaty, "Zweiter Satz."])
    #expect(units.first?.id == "tu-1")
    #expect(units.first?.property("x-confidence") == "0.75")
    #expect(units.first?.property("x-document") == "vertrag.txt")
    #expect(units.first?.creationDate == Date(timeIntervalSince1970: 1_000))
    var none = 0
    try memory.forEachUnit(sourceLanguage: "fr") { _ in none += 1 }
    #expect(none == 0)
  }

  @Test func manySmallImportsKeepOneChunkPerWord() throws {
    let path = try temporaryMemoryPath()
    let memory = try TranslationMemory(path: path)
    for k in 0..<20 { try memory.importUnits([unit("Satz \(k) im Vertrag.", "Sentence \(k).")]) }
    let chunks = try DatabaseQueue(path: path).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM posting WHERE side = 0 AND term = 'vertrag'")
    }
    #expect(chunks == 1)
    #expect(try memory.search(ConcordanceQuery("Vertrag", limit: 100)).count == 20)
  }
}
