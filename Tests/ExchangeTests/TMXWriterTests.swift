import Exchange
import Foundation
import Testing

@Suite struct TMXWriterTests {
  let unit = TranslationUnit(
    id: "u1", sourceLanguage: "de_de", targetLanguage: "EN-gb", source: "Ä & <b>", target: "A \"&\" 'b'",
    creationDate: Date(timeIntervalSince1970: 1_700_000_000), properties: [.init(type: "confidence", value: "0.9")],
    notes: ["checked"])

  @Test func headerHasEveryRequiredAttribute() throws {
    let text = String(decoding: try writeTMX([unit]), as: UTF8.self)
    for attribute in ["creationtool=\"Tandem\"", "creationtoolversion=", "segtype=\"sentence\"", "o-tmf=", "adminlang=\"en\"",
      "srclang=\"de-DE\"", "datatype=\"plaintext\""]
    {
      #expect(text.contains(attribute), "missing \(attribute)")
    }
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
  }

  @Test func unitsCarryIdDateLanguagesAndPropertiesInOrder() throws {
    let text = String(decoding: try writeTMX([unit]), as: UTF8.self)
    #expect(text.contains("<tu tuid=\"u1\" creationdate=\"20231114T221320Z\">"))
    #expect(text.contains("<tuv xml:lang=\"de-DE\"><seg>Ä &amp; &lt;b&gt;</seg></tuv>"))
    #expect(text.contains("<tuv xml:lang=\"en-GB\"><seg>A \"&amp;\" 'b'</seg></tuv>"))
    let note = try #require(text.range(of: "<note>checked</note>"))
    let prop = try #require(text.range(of: "<prop type=\"x-confidence\">0.9</prop>"))
    let tuv = try #require(text.range(of: "<tuv"))
    #expect(note.lowerBound < prop.lowerBound && prop.lowerBound < tuv.lowerBound)
  }

  @Test func aUnitTooLargeToReadBackIsRefused() throws {
    let limit = TMXWriter.maximumTextBytes
    // At the limit it is written, and read back.
    var fits = unit
    fits.target = String(repeating: "a", count: limit)
    let units = try TMXReader(source: MemoryByteSource(try writeTMX([fits])), fileName: "big.tmx").readAll()
    #expect(units.map(\.target.utf8.count) == [limit])
    // One byte more, in the segment or in a note, is an error that names the unit.
    var long = unit
    long.target = String(repeating: "a", count: limit + 1)
    #expect(throws: ExchangeError.unitTooLarge(unit: 1, id: "u1", part: "target", bytes: limit + 1, limit: limit)) {
      try writeTMX([long])
    }
    // Inline codes count with their segment, as the reader counts them.
    var coded = unit
    coded.target = "a"
    coded.targetCodes = [InlineCode(.ph, offset: 1, attributes: [:], content: String(repeating: "c", count: limit))]
    #expect(throws: ExchangeError.unitTooLarge(unit: 1, id: "u1", part: "target", bytes: limit + 1, limit: limit)) {
      try writeTMX([coded])
    }
    var noted = unit
    noted.notes = [String(repeating: "n", count: limit + 1)]
    #expect(throws: ExchangeError.unitTooLarge(unit: 1, id: "u1", part: "note", bytes: limit + 1, limit: limit)) {
      try writeTMX([noted])
    }
  }

  @Test func missingIdsAndDatesAreFilledIn() throws {
    let bare = TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "a", target: "b")
    let sink = MemoryByteSink()
    var writer = TMXWriter(sink: sink, date: Date(timeIntervalSince1970: 0))
    try writer.write(contentsOf: [bare, bare])
    try writer.finish()
    #expect(sink.string.contains("<tu tuid=\"1\" creationdate=\"19700101T000000Z\">"))
    #expect(sink.string.contains("<tu tuid=\"2\" creationdate=\"19700101T000000Z\">"))
  }

  @Test func forbiddenCharactersAreRemovedAndCounted() throws {
    let dirty = TranslationUnit(
      id: "bell\u{7}", sourceLanguage: "de", targetLanguage: "en", source: "a\u{0}b\u{1B}c\u{FFFE}", target: "ok\u{FFFF}\u{B}")
    let sink = MemoryByteSink()
    var writer = TMXWriter(sink: sink)
    try writer.write(dirty)
    try writer.finish()
    #expect(writer.removedCharacters == 6)
    let read = try readTMX(sink.bytes)
    #expect(read.map(\.source) == ["abc"])
    #expect(read.map(\.target) == ["ok"])
    #expect(read.map(\.id) == ["bell"])
  }

  @Test func unitsWithAnEmptySideAreLeftOutAndCounted() throws {
    let units = [
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "", target: "Only English."),
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "Nur Deutsch.", target: ""),
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "Ja.", target: "Yes."),
      TranslationUnit(sourceLanguage: "de", targetLanguage: "en", source: "", target: "", targetCodes: [InlineCode(.ph, offset: 0)]),
    ]
    let sink = MemoryByteSink()
    var writer = TMXWriter(sink: sink)
    try writer.write(contentsOf: units)
    try writer.finish()
    #expect(writer.skippedEmptyUnits == 3)
    #expect(writer.unitCount == 1)
    #expect(try readTMX(sink.bytes).map(\.source) == ["Ja."])
  }

  @Test func noByteOrderMarkAndAnEmptyFileIsStillValid() throws {
    let bytes = try writeTMX([])
    #expect(bytes.first == UInt8(ascii: "<"))
    #expect(String(decoding: bytes, as: UTF8.self).contains("srclang=\"*all*\""))
    #expect(try readTMX(bytes).isEmpty)
  }

  static let dtd = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/formats/tmx14.dtd").standardized.path
  static let xmllint = "/usr/bin/xmllint"

  /// The output of random units validates against the TMX 1.4 DTD (xmllint, libxml2-utils).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: xmllint) && FileManager.default.fileExists(atPath: dtd)),
    arguments: 0..<5)
  func validatesAgainstTheTMX14DTD(seed: Int) throws {
    var units = RandomUnits.units(seed: seed, count: 30)
    units.append(unit)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-dtd-\(seed)-\(UUID().uuidString).tmx").path
    try Data(try writeTMX(units)).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.xmllint)
    process.arguments = ["--noout", "--dtdvalid", Self.dtd, path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }
}
