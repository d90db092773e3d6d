import Exchange
import Foundation
import Testing

/// `.tmx.gz` and `.tsv.gz` in and out: compressed files read and written like plain ones.
@Suite struct GzipTests {
  private func temporaryFile(_ name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-gzip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
  }

  private func units(_ count: Int) -> [TranslationUnit] {
    (0..<count).map {
      TranslationUnit(
        sourceLanguage: "de", targetLanguage: "en", source: "Satz Nummer \($0) – „Grüße“.", target: "Sentence \($0).")
    }
  }

  private func readAll(_ path: String) throws -> [UInt8] {
    let source = try FileByteSource(path: path)
    var bytes: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 777, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      let n = try source.read(into: chunk)
      if n == 0 { return bytes }
      bytes += chunk[..<n]
    }
  }

  /// Writes `count` units to a new `memory.tmx.gz`; returns its path and bytes.
  private func gzipTMX(units count: Int) throws -> (path: String, bytes: Data) {
    let path = try temporaryFile("memory.tmx.gz")
    let sink = try AtomicFileSink(path: path)
    var writer = TMXWriter(sink: sink)
    try writer.write(contentsOf: units(count))
    try writer.finish()
    try sink.commit()
    return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func aTMXWrittenAsGzipReadsBackTheSameUnits() throws {
    let (path, file) = try gzipTMX(units: 5_000)
    #expect(Array(file.prefix(2)) == [0x1F, 0x8B])
    #expect(UnitFormat(path: path) == .tmx)
    let read = try TMXReader(source: FileByteSource(path: path), fileName: path).readAll()
    #expect(read.map(\.source) == units(5_000).map(\.source))
  }

  @Test func gzipIsRecognizedByItsBytesAndMembersFollowEachOther() throws {
    // Two gzip members (as `cat a.gz b.gz` makes) under a name without .gz.
    let plain = try temporaryFile("a.tsv"), compressed = try temporaryFile("b.tsv.gz"), joined = try temporaryFile("ab.tsv")
    try "Ein Satz.\tA sentence.\n".write(toFile: plain, atomically: true, encoding: .utf8)
    for _ in 0..<2 {
      let sink = try AtomicFileSink(path: compressed)
      try Array(try String(contentsOfFile: plain, encoding: .utf8).utf8).withUnsafeBytes { try sink.write($0) }
      try sink.commit()
      let handle = FileHandle(forUpdatingAtPath: joined) ?? {
        FileManager.default.createFile(atPath: joined, contents: nil)
        return FileHandle(forUpdatingAtPath: joined)!
      }()
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(contentsOf: URL(fileURLWithPath: compressed)))
      try handle.close()
    }
    #expect(String(decoding: try readAll(joined), as: UTF8.self) == "Ein Satz.\tA sentence.\nEin Satz.\tA sentence.\n")
    // A plain file comes through unchanged, however short.
    #expect(try readAll(plain) == Array("Ein Satz.\tA sentence.\n".utf8))
    let one = try temporaryFile("one.txt")
    try "x".write(toFile: one, atomically: true, encoding: .utf8)
    #expect(try readAll(one) == [UInt8(ascii: "x")])
  }

  @Test func aTruncatedOrDamagedGzipIsAnError() throws {
    let file = try gzipTMX(units: 2_000).bytes
    let truncated = try temporaryFile("truncated.tmx.gz"), damaged = try temporaryFile("damaged.tmx.gz")
    try file.prefix(file.count / 2).write(to: URL(fileURLWithPath: truncated))
    var broken = file
    for i in stride(from: 100, to: broken.count - 100, by: 50) { broken[i] ^= 0x5A }
    try broken.write(to: URL(fileURLWithPath: damaged))
    #expect(throws: ExchangeError.readFailed(path: truncated, reason: "the gzip data ends early (the file is truncated)")) {
      try readAll(truncated)
    }
    #expect {
      try readAll(damaged)
    } throws: { error in
      String(describing: error).contains("the gzip data is damaged")
    }
  }
}
