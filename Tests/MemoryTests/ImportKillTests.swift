import Foundation
import GRDB
import Testing

@testable import Memory

/// The `tandem` binary built beside the test bundle (.build/<config>/tandem).
func builtTandem() -> URL? {
  var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<4 {
    let candidate = directory.appendingPathComponent("tandem")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    directory = directory.deletingLastPathComponent()
  }
  return nil
}

@Suite struct ImportKillTests {
  @Test func killedImportLeavesTheMemoryAsItWas() throws {
    guard let tandem = builtTandem() else {
      Issue.record("no tandem binary next to \(CommandLine.arguments[0]); run `swift build` first")
      return
    }
    let path = try temporaryMemoryPath()
    do {
      let memory = try TranslationMemory(path: path)
      try memory.importUnits([unit(treaty, "The treaty was signed."), unit("Zweiter Satz.", "Second sentence.")])
    }
    let tsv = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("big.tsv")
    var lines = ""
    for k in 0..<200_000 { lines += "Satz Nummer \(k) über Gruppe \(k % 97).\tSentence number \(k) about group \(k % 97).\n" }
    try lines.write(to: tsv, atomically: true, encoding: .utf8)

    let process = Process()
    process.executableURL = tandem
    process.arguments = ["tm", "import", "--tm", path, "--source-lang", "de", "--target-lang", "en", tsv.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Wait for the first progress line: the import is then midway through its transaction.
    var seen = ""
    while !seen.contains("units read") {
      let chunk = errors.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
    #expect(seen.contains("units read"), "no progress before the import ended: \(seen)")
    #expect(process.isRunning, "the import finished before it could be killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    let memory = try TranslationMemory(path: path)
    #expect(try memory.statistics().units == 2)
    #expect(try memory.search(ConcordanceQuery("Nummer")).isEmpty)
    #expect(try memory.lookup(LookupQuery(treaty, sourceLanguage: "de", targetLanguage: "en")).map(\.score) == [100])
    let check = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
    #expect(check == "ok")
    // And the memory takes the same import afterwards.
    let again = try memory.importUnits([unit("Satz Nummer 1 über Gruppe 1.", "Sentence number 1 about group 1.")])
    #expect(again.added == 1)
  }
}
