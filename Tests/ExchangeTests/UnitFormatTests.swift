import Exchange
import Foundation
import Testing

@Suite struct UnitFormatTests {
  @Test(arguments: [
    ("memory.tmx", UnitFormat.tmx), ("a/b.TMX", .tmx), ("pairs.tsv", .tsv), ("x.tab", .tsv), ("u.json", .json),
    ("u.jsonl", .jsonl), ("u.ndjson", .jsonl),
  ])
  func formatFromExtension(path: String, format: UnitFormat) {
    #expect(UnitFormat(path: path) == format)
  }

  @Test(arguments: ["notes.txt", "noextension", "dir.tmx/file", "-", "/dev/null"])
  func unknownExtensions(path: String) {
    #expect(UnitFormat(path: path) == nil)
  }

  @Test func everyFormatReadsWhatItWrites() throws {
    let units = RandomUnits.units(seed: 7, count: 5).map {
      TranslationUnit(id: $0.id, sourceLanguage: $0.sourceLanguage, targetLanguage: $0.targetLanguage, source: $0.source, target: $0.target)
    }
    for format in UnitFormat.allCases where format.isBilingual {
      let sink = MemoryByteSink()
      var writer = format.writer(sink: sink)
      for unit in units { try writer.write(unit) }
      try writer.finish()
      let reader = try format.reader(source: MemoryByteSource(sink.bytes), fileName: "x.\(format.rawValue)")
      let read = try reader.readAll().map {
        TranslationUnit(id: $0.id, sourceLanguage: $0.sourceLanguage, targetLanguage: $0.targetLanguage, source: $0.source, target: $0.target)
      }
      #expect(read == units, "\(format)")
    }
  }

  @Test func tsvWithoutLanguagesNamesTheMissingOption() throws {
    let reader = try TSVReader(source: MemoryByteSource("Hallo\tHello\n"), fileName: "p.tsv")
    #expect(throws: ExchangeError.missingLanguage(file: "p.tsv", which: "source")) { try reader.next() }
    let given = try TSVReader(source: MemoryByteSource("Hallo\tHello\r\n\nWelt\tWorld"), fileName: "p.tsv", sourceLanguage: "de", targetLanguage: "en")
    #expect(try given.readAll().map(\.target) == ["Hello", "World"])
  }

  @Test func tsvLineWithoutTabIsAnErrorWithItsLine() throws {
    let reader = try TSVReader(source: MemoryByteSource("#de\ten\na\tb\nno tab here\n"), fileName: "p.tsv")
    #expect(try reader.next()?.source == "a")
    #expect {
      try reader.next()
    } throws: { error in
      guard case ExchangeError.malformedRecord("p.tsv", 3, _) = error else { return false }
      return true
    }
  }
}

@Suite struct JSONReaderTests {
  @Test func objectWithoutTargetNamesItsLine() throws {
    let json = "[\n{\"source\": \"a\", \"target\": \"b\", \"sourceLanguage\": \"de\", \"targetLanguage\": \"en\"},\n{\"source\": \"c\"}\n]"
    let reader = JSONReader(source: MemoryByteSource(json), fileName: "u.json")
    #expect(try reader.next()?.target == "b")
    #expect(throws: ExchangeError.malformedRecord(file: "u.json", line: 3, reason: "not a unit object (missing \"target\")")) {
      try reader.next()
    }
  }

  @Test func languagesFromOptionsAndAnUnclosedArray() throws {
    let reader = JSONReader(source: MemoryByteSource("[{\"source\":\"a\",\"target\":\"b\"}"), fileName: "u.json",
                            sourceLanguage: "DE", targetLanguage: "en_gb")
    let unit = try reader.next()
    #expect(unit?.sourceLanguage == "de" && unit?.targetLanguage == "en-GB")
    #expect(throws: ExchangeError.self) { try reader.next() }
  }
}

@Suite struct AtomicFileSinkTests {
  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func fileAppearsOnlyOnCommit() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("out.tmx").path
    let sink = try AtomicFileSink(path: path)
    var writer = TMXWriter(sink: sink)
    try writer.write(TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "a", target: "b"))
    try writer.finish()
    #expect(!FileManager.default.fileExists(atPath: path))
    try sink.commit()
    #expect(try readTMX(Array(Data(contentsOf: URL(fileURLWithPath: path)))).map(\.source) == ["a"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tmx"])
  }

  @Test func abandonedOutputLeavesNothingBehind() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("out.tsv").path
    try "old".write(toFile: path, atomically: true, encoding: .utf8)
    do {
      let sink = try AtomicFileSink(path: path)
      var writer = TSVWriter(sink: sink)
      try writer.write(TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "a", target: "b"))
      try writer.finish()
    }  // released without commit, as when an error ends a conversion
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tsv"])
  }

  @Test func missingDirectoryIsAClearError() {
    #expect {
      try AtomicFileSink(path: "/nonexistent-\(UUID().uuidString)/out.tmx")
    } throws: { error in
      guard case ExchangeError.cannotOpen = error else { return false }
      return String(describing: error).contains("temporary file")
    }
  }
}
