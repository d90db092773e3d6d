import Exchange
import Foundation
import Testing

func writeTMX(_ units: [TranslationUnit], header: TMXHeader = TMXHeader()) throws -> [UInt8] {
  let sink = MemoryByteSink()
  var writer = TMXWriter(sink: sink, header: header)
  try writer.write(contentsOf: units)
  try writer.finish()
  return sink.bytes
}

func readTMX(_ bytes: [UInt8], options: TMXReader.Options = .init()) throws -> [TranslationUnit] {
  try TMXReader(source: MemoryByteSource(bytes), fileName: "test.tmx", options: options).readAll()
}

@Suite struct TMXRoundTripTests {
  @Test(arguments: 0..<200)
  func readingWhatWasWrittenGivesTheSameUnits(seed: Int) throws {
    let units = RandomUnits.units(seed: seed, count: 12)
    let bytes = try writeTMX(units)
    #expect(try readTMX(bytes) == units)
  }

  @Test(arguments: 0..<50)
  func jsonRoundTrip(seed: Int) throws {
    let units = RandomUnits.units(seed: seed, count: 10)
    for style in [JSONWriter.Style.array, .lines] {
      let sink = MemoryByteSink()
      var writer = JSONWriter(sink: sink, style: style)
      try writer.write(contentsOf: units)
      try writer.finish()
      let read = try JSONReader(source: MemoryByteSource(sink.bytes), fileName: "t.json").readAll()
      #expect(read == units)
    }
  }

  @Test(arguments: 0..<50)
  func tsvRoundTripKeepsTextAndIds(seed: Int) throws {
    let units = RandomUnits.units(seed: seed, count: 10).map {
      TranslationUnit(id: $0.id, sourceLanguage: $0.sourceLanguage, targetLanguage: $0.targetLanguage, source: $0.source, target: $0.target)
    }
    let sink = MemoryByteSink()
    var writer = TSVWriter(sink: sink)
    try writer.write(contentsOf: units)
    try writer.finish()
    let read = try TSVReader(source: MemoryByteSource(sink.bytes), fileName: "t.tsv").readAll()
    #expect(read == units)
  }

  /// The reader sees the same units whichever chunk boundaries the source produces.
  @Test(arguments: [1, 2, 3, 7, 4096])
  func chunkBoundariesDoNotMatter(chunk: Int) throws {
    let units = RandomUnits.units(seed: 99, count: 20)
    let bytes = try writeTMX(units)
    let reader = try TMXReader(source: TrickleSource(bytes, chunk: chunk), fileName: "t.tmx")
    #expect(try reader.readAll() == units)
  }
}

/// Hands out at most `chunk` bytes per read, to move chunk boundaries around.
struct TrickleSource: ByteSource {
  var bytes: [UInt8]
  var chunk: Int
  var position = 0
  init(_ bytes: [UInt8], chunk: Int) {
    self.bytes = bytes
    self.chunk = chunk
  }
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int {
    let n = min(chunk, buffer.count, bytes.count - position)
    for i in 0..<n { buffer[i] = bytes[position + i] }
    position += n
    return n
  }
}
