import Exchange
import Foundation
import Testing

func fixture(_ name: String) throws -> TMXReader {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "tmx"))
  return try TMXReader(source: FileByteSource(path: url.path), fileName: name + ".tmx")
}

func fixture(_ name: String, options: TMXReader.Options) throws -> TMXReader {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "tmx"))
  return try TMXReader(source: FileByteSource(path: url.path), fileName: name + ".tmx", options: options)
}

func date(_ tmx: String) -> Date? {
  // Independent of the reader: Foundation's parser for the same UTC form.
  let formatter = DateFormatter()
  formatter.locale = Locale(identifier: "en_US_POSIX")
  formatter.timeZone = TimeZone(identifier: "UTC")
  formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
  return formatter.date(from: tmx)
}

@Suite struct TMXReaderTests {
  @Test func omegaTLevel1WithTMX11LangAttributes() throws {
    let reader = try fixture("omegat-tmx11-level1")
    let units = try reader.readAll()
    #expect(reader.header.version == "1.1")
    #expect(reader.header.creationTool == "OmegaT")
    #expect(reader.header.sourceLanguage == "de-DE")
    #expect(units.count == 2)
    #expect(units[0].sourceLanguage == "de-DE" && units[0].targetLanguage == "en-GB")
    #expect(units[0].source == "Der Gipfel fand in Wladiwostok statt.")
    #expect(units[0].target == "The summit took place in Vladivostok.")
    #expect(units[0].creationDate == date("20240101T000000Z"))
    #expect(units[0].changeDate == date("20240102T030405Z"))
    #expect(units[1].source == "Putin & Kim sprachen über \"Zusammenarbeit\".")
    #expect(units[1].target == "Putin & Kim spoke about \"cooperation\".")
    #expect(reader.skipped.counts == [.noTargetVariant: 1])
    #expect(reader.skipped.firstLines[.noTargetVariant] == 31)
  }

  @Test func omegaTLevel2KeepsInlineCodes() throws {
    let units = try fixture("omegat-tmx11-level2").readAll()
    #expect(units.count == 2)
    #expect(units[0].source == "Klicken Sie hier.")
    #expect(units[0].target == "Click here.")
    #expect(units[0].targetCodes == [
      InlineCode(.bpt, offset: 6, attributes: ["i": "0", "x": "0"], content: "<b0>"),
      InlineCode(.ept, offset: 10, attributes: ["i": "0"], content: "</b0>"),
      InlineCode(.ph, offset: 11, attributes: ["x": "1"], content: "<x1/>"),
    ])
    #expect(units[1].target == "continued summit")
    #expect(units[1].targetCodes.map(\.element) == [.it, .hiStart, .hiEnd, .ut])
    #expect(units[1].targetCodes.map(\.offset) == [0, 10, 16, 16])
  }

  @Test func omegaTLevel2FlattenedToText() throws {
    let units = try fixture("omegat-tmx11-level2", options: .init(inlineMarkup: .flatten)).readAll()
    #expect(units[0].source == "Klicken Sie <b0>hier</b0>.<x1/>")
    #expect(units[0].target == "Click <b0>here</b0>.<x1/>")
    #expect(units[1].target == "<i2>continued summit{\\b}")
    #expect(units.allSatisfy { $0.sourceCodes.isEmpty && $0.targetCodes.isEmpty })
  }

  @Test func inlineCodesSurviveAWriteAndARead() throws {
    let units = try fixture("omegat-tmx11-level2").readAll()
    let again = try readTMX(writeTMX(units))
    // The writer adds a tuid and a creationdate; text and markup come back unchanged.
    #expect(again.map(\.source) == units.map(\.source) && again.map(\.target) == units.map(\.target))
    #expect(again.map(\.sourceCodes) == units.map(\.sourceCodes))
    #expect(again.map(\.targetCodes) == units.map(\.targetCodes))
  }

  @Test func translateToolkitOutputWithNotesAfterVariants() throws {
    let reader = try fixture("translate-toolkit")
    let units = try reader.readAll()
    #expect(units.map(\.source) == ["Open file", "%d files & folders"])
    #expect(units.map(\.target) == ["Datei öffnen", "%d Dateien & Ordner"])
    #expect(units[0].notes == ["File menu"])
    #expect(units[0].sourceLanguage == "en" && units[0].targetLanguage == "de")
    #expect(reader.skipped.counts == [.emptySegment: 1])
    #expect(reader.skipped.description == "1 unit skipped: 1 with an empty segment (line 23)")
  }

  @Test func multilingualFilePicksTheTargetAskedFor() throws {
    let reader = try fixture("multilingual-entities", options: .init(targetLanguage: "de"))
    let units = try reader.readAll()
    #expect(units.count == 1)
    #expect(units[0].id == "a1")
    #expect(units[0].source == "Tandem & Söhne builds <tools> & more.")
    #expect(units[0].target == "Tandem & Söhne baut Werkzeuge 🔧.")
    #expect(units[0].targetLanguage == "de-DE")
    #expect(units[0].properties == [.init(type: "x-domain", value: "news")])
    #expect(units[0].creationDate == date("20230405T060708Z"))
    #expect(reader.skipped.counts == [.noTargetVariant: 1])
  }

  @Test func firstOtherLanguageIsTheDefaultTarget() throws {
    let units = try fixture("multilingual-entities").readAll()
    #expect(units.map(\.targetLanguage) == ["fr-FR", "fr-FR"])
  }

  static let small = """
    <?xml version="1.0" encoding="UTF-16"?>
    <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" \
    adminlang="en" srclang="de" datatype="plaintext"/><body>
    <tu><tuv xml:lang="de"><seg>Grüße 😀</seg></tuv><tuv xml:lang="en"><seg>Greetings 😀</seg></tuv></tu>
    </body></tmx>
    """

  @Test(arguments: ["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "crlf"])
  func encodingsAndByteOrderMarks(variant: String) throws {
    var bytes: [UInt8]
    switch variant {
    case "utf8-bom": bytes = [0xEF, 0xBB, 0xBF] + Array(Self.small.utf8)
    case "utf16le-bom": bytes = [0xFF, 0xFE] + Self.small.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case "utf16be-bom": bytes = [0xFE, 0xFF] + Self.small.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    case "utf16le": bytes = Self.small.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    default: bytes = Array(Self.small.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
    for chunk in [1, 3, 1 << 20] {
      let units = try TMXReader(source: TrickleSource(bytes, chunk: chunk), fileName: "e.tmx").readAll()
      #expect(units.map(\.source) == ["Grüße 😀"])
      #expect(units.map(\.target) == ["Greetings 😀"])
    }
  }

  @Test func latin1DeclaredEncoding() throws {
    let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx version=\"1.4\"><header srclang=\"de\"/><body>"
      + "<tu><tuv xml:lang=\"de\"><seg>Gr\u{FC}\u{DF}e</seg></tuv><tuv xml:lang=\"en\"><seg>Hi</seg></tuv></tu></body></tmx>"
    let bytes = text.unicodeScalars.map { UInt8($0.value) }
    let units = try TMXReader(source: MemoryByteSource(bytes), fileName: "l.tmx").readAll()
    #expect(units.map(\.source) == ["Grüße"])
  }

  @Test func windows1252DeclaredEncoding() throws {
    let head = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><tmx version=\"1.4\"><header srclang=\"de\"/><body>"
      + "<tu><tuv xml:lang=\"de\"><seg>"
    let tail = "</seg></tuv><tuv xml:lang=\"en\"><seg>Hi</seg></tuv></tu></body></tmx>"
    // „5 €“ – Grüße: 0x84 0x80 0x93 0x96 are Windows-1252's quotes, euro and dash; 0xFC 0xDF as in Latin-1.
    let bytes = Array(head.utf8) + [0x84, 0x35, 0x20, 0x80, 0x93, 0x20, 0x96, 0x20, 0x47, 0x72, 0xFC, 0xDF, 0x65]
      + Array(tail.utf8)
    for chunk in [1, 7, 1 << 20] {
      let units = try TMXReader(source: TrickleSource(bytes, chunk: chunk), fileName: "w.tmx").readAll()
      #expect(units.map(\.source) == ["„5 €“ – Grüße"])
    }
  }

  @Test func languageFromOptionsOverridesTheHeader() throws {
    let units = try readTMX(Array(Self.small.utf8), options: .init(sourceLanguage: "en", targetLanguage: "de"))
    #expect(units.map(\.source) == ["Greetings 😀"])
  }
}

/// Files the tools themselves wrote (OmegaT 3.6 console run; translate-toolkit 3.20 `tmxfile`),
/// beside the hand-written samples above.
@Suite struct ToolWrittenTMXTests {
  @Test func omegaTExport() throws {
    let reader = try fixture("omegat-3.6-export-level1")
    let units = try reader.readAll()
    #expect(reader.header.version == "1.1")
    #expect(units.map(\.source) == ["Das Treffen dauerte vier Stunden.", "Der Gipfel fand in Wladiwostok statt.", "Putin und Kim trafen sich."])
    #expect(units.map(\.target) == ["The meeting lasted four hours.", "The summit took place in Vladivostok.", "Putin and Kim met."])
    #expect(units.allSatisfy { $0.creationDate == date("20261126T211836Z") && $0.sourceLanguage == "de" && $0.targetLanguage == "en" })
    #expect(reader.skipped.total == 0)
  }

  @Test func translateToolkitFile() throws {
    let units = try fixture("translate-toolkit-3.20-written").readAll()
    #expect(units.map(\.source) == ["Putin & Kim <trafen> sich.", "Zeile\tmit Tab"])
    #expect(units.map(\.target) == ["Putin & Kim \"met\".", "Line\nwith newline"])
    #expect(units[0].notes == ["checked by ttk"])
  }
}
