import Exchange
import Foundation
import GRDB
import Testing

@testable import Memory

/// A memory changed by something other than Tandem: errors that say so, never a crash.
@Suite struct DamagedMemoryTests {
  private func memory(tampering sql: String) throws -> TranslationMemory {
    let path = try temporaryMemoryPath()
    let memory = try TranslationMemory(path: path)
    try memory.importUnits((0..<50).map { unit("Satz Nummer \($0) ist hier.", "Sentence number \($0) is here.") })
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
    return try TranslationMemory(path: path)
  }

  @Test func aBlobWhereTextBelongsIsAnErrorAndCheckNamesTheRows() throws {
    let memory = try memory(tampering: "UPDATE unit SET source = x'00ff' WHERE id BETWEEN 3 AND 7")
    let query = LookupQuery("Satz Nummer 4 ist hier.", sourceLanguage: "de", targetLanguage: "en")
    #expect {
      _ = try memory.lookup(query)
    } throws: { error in
      guard case MemoryError.damaged(operation: "lookup", path: memory.path, reason: _) = error else { return false }
      return String(describing: error).contains("tandem tm check")
    }
    #expect(try memory.check().problems == ["unit: 5 rows with a value of the wrong type (rows 3–7)"])
  }

  @Test func aTextWhereANumberBelongsIsFoundByCheck() throws {
    let memory = try memory(tampering: "UPDATE posting SET count = 'many' WHERE term = 'satz'")
    #expect(try memory.check().problems.count == 1)
    #expect(try memory.check().problems.first?.hasPrefix("posting: ") == true)
  }

  @Test func anUntouchedMemoryIsSound() throws {
    let memory = try memory(tampering: "SELECT 1")
    #expect(try memory.check() == TranslationMemory.CheckReport(problems: []))
  }

  @Test func overwrittenPagesAreReportedNotFatal() throws {
    let path = try temporaryMemoryPath()
    do {
      let memory = try TranslationMemory(path: path)
      try memory.importUnits((0..<2_000).map { unit("Satz Nummer \($0) ist hier.", "Sentence number \($0) is here.") })
    }
    // Overwrite every page but the first (the header) with a pattern.
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    let size = try handle.seekToEnd()
    for offset in stride(from: UInt64(4096), to: size, by: 4096) {
      try handle.seek(toOffset: offset + 100)
      try handle.write(contentsOf: Data(repeating: 0xA5, count: 200))
    }
    try handle.close()
    let memory = try TranslationMemory(path: path, access: .readOnly)
    let report = try memory.check()
    #expect(!report.isSound)
    #expect {
      try memory.forEachUnit { _ in }
    } throws: { error in
      String(describing: error).contains("damaged")
    }
  }
}
