import Exchange
import Testing

@Suite struct XLIFFReaderTests {
  static let v12 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file original="a.html" source-language="de" target-language="en" datatype="html">
        <header><note>not a unit</note></header>
        <body><group id="g">
          <trans-unit id="t1"><source>Hallo <g id="1" ctype="bold">Welt</g>!<x id="2"/></source>
            <seg-source><mrk mtype="seg" mid="1">ignored</mrk></seg-source>
            <target>Hello <g id="1" ctype="bold">world</g>!<x id="2"/></target><note>Greeting</note>
            <alt-trans><target>alternative</target></alt-trans></trans-unit>
          <trans-unit id="t2"><source>Fett: <bpt id="3">&lt;b&gt;</bpt>ja<ept id="3">&lt;/b&gt;</ept></source></trans-unit>
        </group></body>
      </file>
    </xliff>
    """

  @Test func readsXLIFF12UnitsWithInlineCodes() throws {
    let reader = try XLIFFReader(source: MemoryByteSource(Self.v12), fileName: "a.xlf")
    let units = try reader.readAll()
    #expect(reader.version == .v12)
    #expect(units.map(\.id) == ["t1", "t2"])
    #expect(units.map(\.source) == ["Hallo Welt!", "Fett: ja"])
    #expect(units.map(\.target) == ["Hello world!", ""])
    #expect(units[0].notes == ["Greeting"])
    #expect(units[0].sourceLanguage == "de" && units[0].targetLanguage == "en")
    #expect(units[0].sourceCodes.map(\.content) == [#"<g id="1" ctype="bold">"#, "</g>", #"<x id="2"/>"#])
    #expect(units[0].sourceCodes.map(\.offset) == [6, 10, 11])
    #expect(units[0].sourceCodes.map(\.element) == [.bpt, .ept, .ph])
    #expect(units[1].sourceCodes.map(\.content) == [#"<bpt id="3">&lt;b&gt;</bpt>"#, #"<ept id="3">&lt;/b&gt;</ept>"#])
  }

  @Test func readsXLIFF20SegmentsAsUnits() throws {
    let xliff = """
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="fr">
        <file id="f1"><unit id="u1"><notes><note>n</note></notes>
          <segment id="s1"><source>Eins <pc id="1">zwei</pc><cp hex="2013"/></source><target>Un <pc id="1">deux</pc>–</target></segment>
          <ignorable><source> </source></ignorable>
          <segment id="s2"><source>Drei<ph id="2"/>.</source><target>Trois<ph id="2"/>.</target></segment></unit>
          <unit id="u2"><segment><source>Vier</source></segment></unit></file>
      </xliff>
      """
    let reader = try XLIFFReader(source: MemoryByteSource(xliff), fileName: "b.xlf")
    let units = try reader.readAll()
    #expect(reader.version == .v20)
    #expect(units.map(\.id) == ["u1/s1", "u1/s2", "u2"])
    #expect(units.map(\.source) == ["Eins zwei–", "Drei.", "Vier"])
    #expect(units.map(\.target) == ["Un deux–", "Trois.", ""])
    #expect(units[0].targetLanguage == "fr")
    #expect(units[1].sourceCodes.map(\.content) == [#"<ph id="2"/>"#])
  }

  @Test func writerRoundTripsIdsAndCodes() throws {
    let units = try XLIFFReader(source: MemoryByteSource(Self.v12), fileName: "a.xlf").readAll()
    for version in [XLIFFReader.Version.v12, .v20] {
      let sink = MemoryByteSink()
      var writer = XLIFFWriter(sink: sink, version: version)
      for unit in units { try writer.write(unit) }
      try writer.finish()
      let again = try XLIFFReader(source: MemoryByteSource(sink.bytes), fileName: "w.xlf").readAll()
      #expect(again.map(\.id) == units.map(\.id))
      #expect(again.map(\.source) == units.map(\.source))
      #expect(again.map(\.target) == units.map(\.target))
      if version == .v12 {
        #expect(again[0].sourceCodes == units[0].sourceCodes)
      } else {
        #expect(again[0].sourceCodes.map(\.offset) == units[0].sourceCodes.map(\.offset))
        #expect(String(decoding: sink.bytes, as: UTF8.self).contains(#"<ph id="1" disp="&lt;g id=&quot;1&quot; ctype=&quot;bold&quot;&gt;"/>"#))
      }
    }
  }

  @Test func errorsNameTheFileAndLine() {
    #expect(throws: ExchangeError.malformedRecord(file: "x.xlf", line: 1, reason: "not an XLIFF 1.2 or 2.0 document: the root element is <tmx>, not <xliff>")) {
      try XLIFFReader(source: MemoryByteSource("<tmx version=\"1.4\"/>"), fileName: "x.xlf")
    }
    let noSource = "<xliff version=\"1.2\"><file source-language=\"de\"><body>\n<trans-unit id=\"1\"><target>x</target></trans-unit></body></file></xliff>"
    #expect(throws: (any Error).self) { try XLIFFReader(source: MemoryByteSource(noSource), fileName: "y.xlf").readAll() }
    let noLanguage = "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source></trans-unit></body></file></xliff>"
    #expect(throws: ExchangeError.missingLanguage(file: "z.xlf", which: "source")) {
      try XLIFFReader(source: MemoryByteSource(noLanguage), fileName: "z.xlf").readAll()
    }
  }
}

@Suite struct POReaderTests {
  static let po = #"""
    # Translator comment
    msgid ""
    msgstr ""
    "Project-Id-Version: demo\n"
    "Language: en_GB\n"
    "X-Source-Language: de\n"

    #. Extracted comment
    #: src/main.c:12
    #, c-format, fuzzy
    msgid "Hallo %s, \"willkommen\"!"
    msgstr "Hello %s, \"welcome\"!"

    msgctxt "menu"
    msgid ""
    "Datei "
    "öffnen\n"
    msgstr "Open file\n"

    msgid "ein Apfel"
    msgid_plural "%d Äpfel"
    msgstr[0] "one apple"
    msgstr[1] "%d apples"

    #~ msgid "alt"
    #~ msgstr "old"
    """#

  @Test func readsEntriesHeaderContextPluralsAndComments() throws {
    let units = try POReader(source: MemoryByteSource(Self.po), fileName: "a.po").readAll()
    #expect(units.map(\.source) == [#"Hallo %s, "willkommen"!"#, "Datei öffnen\n", "ein Apfel", "%d Äpfel"])
    #expect(units.map(\.target) == [#"Hello %s, "welcome"!"#, "Open file\n", "one apple", "%d apples"])
    #expect(units.map(\.id) == [nil, "menu", "ein Apfel[0]", "ein Apfel[1]"])
    #expect(units[0].sourceLanguage == "de" && units[0].targetLanguage == "en-GB")
    #expect(units[0].property("x-po-flags") == "c-format, fuzzy")
    #expect(units[0].property("x-po-reference") == "src/main.c:12")
    #expect(units[0].notes == ["Extracted comment"])
  }

  @Test func writerRoundTrips() throws {
    let units = try POReader(source: MemoryByteSource(Self.po), fileName: "a.po").readAll()
    let sink = MemoryByteSink()
    var writer = POWriter(sink: sink)
    for unit in units.prefix(2) { try writer.write(unit) }
    try writer.finish()
    let again = try POReader(source: MemoryByteSource(sink.bytes), fileName: "w.po").readAll()
    #expect(again == Array(units.prefix(2)))
  }

  @Test func malformedLinesNameTheirLine() {
    #expect(throws: ExchangeError.malformedRecord(
      file: "b.po", line: 2, reason: "expected a string in double quotes; close the quote or escape it as \\\"")) {
      try POReader(source: MemoryByteSource("msgid \"a\"\nmsgstr \"b\n"), fileName: "b.po", sourceLanguage: "de", targetLanguage: "en")
    }
    #expect(throws: ExchangeError.missingLanguage(file: "c.po", which: "source")) {
      try POReader(source: MemoryByteSource("msgid \"a\"\nmsgstr \"b\"\n"), fileName: "c.po")
    }
  }
}

@Suite struct SRTReaderTests {
  static let srt = "\u{FEFF}1\r\n00:00:01,000 --> 00:00:04,200\r\n<i>Putin und Kim</i>\r\nunterzeichneten.\r\n\r\n2\n00:00:05.000 --> 00:01:02,450 X1:10\n{\\an8}Zweite Zeile.\n\n\n"

  @Test func cuesBecomeUnitsWithTimesAsPropertiesAndTagsAsCodes() throws {
    let units = try SRTReader(source: MemoryByteSource(Self.srt), fileName: "a.srt", sourceLanguage: "de").readAll()
    #expect(units.map(\.id) == ["1", "2"])
    #expect(units.map(\.source) == ["Putin und Kim unterzeichneten.", "Zweite Zeile."])
    #expect(units[0].property("x-srt-start") == "00:00:01,000" && units[0].property("x-srt-end") == "00:00:04,200")
    #expect(units[1].property("x-srt-start") == "00:00:05.000" && units[1].property("x-srt-end") == "00:01:02,450")
    #expect(units[0].sourceCodes.map(\.content) == ["<i>", "</i>"])
    #expect(units[0].sourceCodes.map(\.offset) == [0, 13])
    #expect(units[1].sourceCodes.map(\.content) == ["{\\an8}"])
  }

  @Test func writerPutsTimesAndTagsBack() throws {
    let units = try SRTReader(source: MemoryByteSource(Self.srt), fileName: "a.srt", sourceLanguage: "de").readAll()
    let sink = MemoryByteSink()
    var writer = SRTWriter(sink: sink)
    for unit in units { try writer.write(unit) }
    try writer.finish()
    #expect(String(decoding: sink.bytes, as: UTF8.self) == """
      1
      00:00:01,000 --> 00:00:04,200
      <i>Putin und Kim</i> unterzeichneten.

      2
      00:00:05.000 --> 00:01:02,450
      {\\an8}Zweite Zeile.


      """)
  }

  @Test func missingTimesNameTheLine() {
    #expect(throws: ExchangeError.malformedRecord(
      file: "b.srt", line: 2, reason: "expected the times of cue 1 as 'HH:MM:SS,mmm --> HH:MM:SS,mmm'")) {
      try SRTReader(source: MemoryByteSource("1\nHallo\n"), fileName: "b.srt", sourceLanguage: "de").readAll()
    }
  }

  @Test func unitFormatsByExtension() {
    #expect(UnitFormat(path: "a.xlf") == .xliff)
    #expect(UnitFormat(path: "a.po") == .po)
    #expect(UnitFormat(path: "a.srt") == .srt)
    #expect(UnitFormat.srt.isBilingual == false && UnitFormat.po.isBilingual)
  }
}
