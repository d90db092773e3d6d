import Exchange
import Foundation
import Testing

/// Findings of issue 13 about Tandem's own formats and TMX fidelity, one test each.
@Suite struct ExchangeFidelityTests {
  func read(_ text: String, options: TMXReader.Options = .init()) throws -> (TMXReader, [TranslationUnit]) {
    let reader = try TMXReader(source: MemoryByteSource(Array(text.utf8)), fileName: "t.tmx", options: options)
    return (reader, try reader.readAll())
  }

  func tmx(header: String = #"srclang="en""#, _ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" \
    adminlang="en" datatype="plaintext" \(header)/><body>\(body)</body></tmx>
    """
  }

  @Test func inlineCodesSubflowsNotesPropsAndAttributesSurviveAWriteAndARead() throws {
    let reader = try fixture("inline-notes-props")
    let units = try reader.readAll()
    #expect(units.count == 2)
    let first = units[0]
    #expect(first.source == "Click here or  now Save.")
    #expect(first.sourceCodes.map(\.element) == [.bpt, .ept, .ph, .it, .hiStart, .hiEnd])
    let image = first.sourceCodes[2]
    #expect(image.content == "<img alt=\"\"/>")
    #expect(image.subflows == [InlineCode.Subflow(offset: 10, attributes: ["type": "alt"], text: "Logo")])
    #expect(first.notes == ["Unit note"])
    #expect(first.creationUser == "alice" && first.changeUser == "bob" && first.attributes["usagecount"] == "3")
    #expect(first.sourceDetails.notes == ["Source note"])
    #expect(first.sourceDetails.properties == [.init(type: "x-origin", value: "manual")])
    #expect(first.sourceDetails.attributes == ["creationid": "carol"])
    #expect(first.targetDetails.attributes == ["changeid": "dave"])
    #expect(reader.header.notes == ["Header note"])
    #expect(reader.header.properties == [.init(type: "x-project", value: "Fidelity")])
    #expect(reader.header.attributes == ["creationid": "alice", "changeid": "bob"])

    var header = TMXHeader()
    header.notes = reader.header.notes
    header.properties = reader.header.properties
    let bytes = try writeTMX(units, header: header)
    let again = try TMXReader(source: MemoryByteSource(bytes), fileName: "again.tmx")
    #expect(try again.readAll() == units)
    #expect(again.header.notes == ["Header note"])
    #expect(String(decoding: bytes, as: UTF8.self).contains(#"<sub type="alt">Logo</sub>"#))
  }

  @Test func flatteningPutsSubflowTextIntoTheNativeCode() throws {
    let reader = try fixture("inline-notes-props", options: .init(inlineMarkup: .flatten))
    let first = try #require(try reader.readAll().first)
    #expect(first.source.contains(#"<img alt="Logo"/>"#))
  }

  @Test func invalidInlineAttributesNeverReachTheOutput() throws {
    let unit = TranslationUnit(
      sourceLanguage: "en", targetLanguage: "de", source: "a b c", target: "x",
      sourceCodes: [
        InlineCode(.bpt, offset: 0, attributes: ["foo": "1", "x": "1"], content: "<b>"),  // no i
        InlineCode(.ph, offset: 2, attributes: ["assoc": "p", "ctype": "image", "pos": "begin"], content: "<br/>"),
        InlineCode(.it, offset: 3, attributes: ["pos": "middle"], content: "<i>"),
        InlineCode(.hiEnd, offset: 4),  // no start
      ],
      attributes: ["segtype": "chapter", "usagecount": "2", "bogus": "1"])
    let sink = MemoryByteSink()
    var writer = TMXWriter(sink: sink)
    try writer.write(unit)
    try writer.finish()
    let text = sink.string
    #expect(text.contains(#"<it pos="begin" x="1">&lt;b&gt;</it>"#))
    #expect(text.contains(#"<ph assoc="p">&lt;br/&gt;</ph>"#))
    #expect(text.contains(#"<ph>&lt;i&gt;</ph>"#))
    #expect(!text.contains("</hi>") && !text.contains("foo") && !text.contains("ctype") && !text.contains("bogus"))
    #expect(!text.contains("segtype=\"chapter\"") && text.contains(#"usagecount="2""#))
    #expect(writer.repairedCodes == 3)
  }

  @Test func aTargetOfOneSpaceIsNotATranslation() throws {
    let (reader, units) = try read(tmx(#"<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="de"><seg> </seg></tuv></tu>"#))
    #expect(units.isEmpty)
    #expect(reader.skipped.counts == [.emptySegment: 1])
    let blank = TranslationUnit(sourceLanguage: "en", targetLanguage: "de", source: "Yes", target: " \u{A0}")
    #expect(!blank.isTranslation)
    let sink = MemoryByteSink()
    var writer = TMXWriter(sink: sink)
    try writer.write(blank)
    try writer.finish()
    #expect(writer.skippedEmptyUnits == 1 && writer.unitCount == 0)
  }

  @Test func headerSourceVariantMatchesUnitsOfItsPrimaryLanguage() throws {
    // OmegaT's test TMX: the header says en-US, the variants say en.
    let (reader, units) = try read(
      tmx(header: #"srclang="en-US""#, #"<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv></tu>"#))
    #expect(units.count == 1)
    #expect(units.first?.sourceLanguage == "en" && units.first?.targetLanguage == "fr")
    #expect(reader.warnings.isEmpty)
  }

  @Test func aUnitsOwnSourceLanguageWinsOverTheHeaders() throws {
    let (_, units) = try read(
      tmx(header: #"srclang="*all*""#, #"<tu srclang="DE"><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de-de"><seg>Hallo</seg></tuv></tu>"#))
    #expect(units.first?.sourceLanguage == "de-DE" && units.first?.source == "Hallo")
  }

  @Test func variantsStayApartAndAmbiguityIsAWarning() throws {
    let body = """
      <tu><tuv xml:lang="de"><seg>Farbe</seg></tuv><tuv xml:lang="en-GB"><seg>Colour</seg></tuv></tu>
      <tu><tuv xml:lang="de"><seg>Farbe</seg></tuv><tuv xml:lang="en-US"><seg>Color</seg></tuv></tu>
      <tu><tuv xml:lang="de"><seg>Grau</seg></tuv><tuv xml:lang="en-US"><seg>Gray</seg></tuv><tuv xml:lang="en-GB"><seg>Grey</seg></tuv></tu>
      """
    let (reader, units) = try read(tmx(header: #"srclang="de""#, body))
    #expect(units.map(\.targetLanguage) == ["en-GB", "en-US", "en-US"])
    #expect(reader.ambiguousVariants == 1 && reader.warnings.count == 1)
    let (_, british) = try read(tmx(header: #"srclang="de""#, body), options: .init(targetLanguage: "en-gb"))
    #expect(british.map(\.target) == ["Colour", "Grey"])
  }

  @Test func aUTF16DeclarationOverUTF8BytesIsReportedNotSilent() throws {
    let text = tmx(#"<tu><tuv xml:lang="en"><seg>Größe</seg></tuv><tuv xml:lang="de"><seg>Größe</seg></tuv></tu>"#)
      .replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="UTF-16""#)
    let (reader, units) = try read(text)
    #expect(units.first?.source == "Größe")
    #expect(reader.warnings.contains { $0.lowercased().contains("utf-16") })
  }

  @Test func alignTSVHasAHeaderLineAndConfidenceColumns() throws {
    let tsv = "source\ttarget\tconfidence\ttype\tflag\nEins.\tOne.\t0.930\t1-1\t\nZwei.\t\t0.100\t1-0\tlow\n"
    let reader = try TSVReader(
      source: MemoryByteSource(Array(tsv.utf8)), fileName: "a.tsv", sourceLanguage: "de", targetLanguage: "en")
    let units = try reader.readAll()
    #expect(units.count == 2)
    #expect(units[0].id == "1" && units[0].source == "Eins." && units[0].property("x-confidence") == "0.930")
    #expect(units[0].property("x-link-type") == "1-1" && units[0].property("x-flag") == nil)
    #expect(units[1].property("x-flag") == "low-confidence" && !units[1].isTranslation)
    // Into TMX: confidence a property, never the tuid; the 1-0 link left out.
    let text = String(decoding: try writeTMX(units), as: UTF8.self)
    #expect(text.contains(#"<tu tuid="1""#) && text.contains(#"<prop type="x-confidence">0.930</prop>"#))
    #expect(!text.contains("tuid=\"0.930\"") && !text.contains("Zwei"))
  }

  @Test func alignReasonRepeatOfAndIDColumnsBecomeProperties() throws {
    let tsv = "source\ttarget\tconfidence\ttype\tflag\treason\trepeat_of\tid\n"
      + "Eins.\tOne.\t0.310\t1-1\tlow\tshift\t\t4\nEins.\t\t0.310\t1-0\tlow\tshift\t4\t9\n"
    let units = try TSVReader(
      source: MemoryByteSource(Array(tsv.utf8)), fileName: "a.tsv", sourceLanguage: "de", targetLanguage: "en").readAll()
    #expect(units.map(\.id) == ["4", "9"])
    #expect(units.map { $0.property("x-reason") } == ["shift", "shift"])
    #expect(units.map { $0.property("x-repeat-of") } == [nil, "4"])
    #expect(units.allSatisfy { $0.properties.allSatisfy { !$0.type.hasPrefix("x-x-") } })
    let json = #"{"links": [{"id": 4, "sourceText": "Eins.", "targetText": "One.", "confidence": 0.31, "reason": "shift"},"#
      + #"{"id": 9, "sourceText": "Eins.", "targetText": "", "confidence": 0.31, "reason": "shift", "repeat_of": 4}]}"#
    let fromJSON = try JSONReader(
      source: MemoryByteSource(Array(json.utf8)), fileName: "a.json", sourceLanguage: "de", targetLanguage: "en").readAll()
    #expect(fromJSON.map(\.id) == units.map(\.id))
    #expect(fromJSON.map { $0.property("x-repeat-of") } == units.map { $0.property("x-repeat-of") })
    #expect(fromJSON.map { $0.property("x-reason") } == units.map { $0.property("x-reason") })
    // Into TMX: both as props of the unit.
    let text = String(decoding: try writeTMX(units), as: UTF8.self)
    #expect(text.contains(#"<prop type="x-reason">shift</prop>"#))
  }

  @Test func alignJSONLinksReadAsUnits() throws {
    let json = """
      {
        "links" : [
          {"confidence" : 0.9, "lowConfidence" : false, "source" : [0], "sourceText" : "Eins.", "target" : [0], "targetText" : "One.", "type" : "1-1"},
          {"confidence" : 0.2, "lowConfidence" : true, "source" : [1], "sourceText" : "Zwei.", "target" : [], "targetText" : "", "type" : "1-0"}
        ]
      }
      """
    let reader = JSONReader(source: MemoryByteSource(Array(json.utf8)), fileName: "a.json", sourceLanguage: "de", targetLanguage: "en")
    let units = try reader.readAll()
    #expect(units.map(\.source) == ["Eins.", "Zwei."])
    #expect(units[0].property("x-confidence") == "0.900" && units[1].property("x-flag") == "low-confidence")
    let missing = JSONReader(source: MemoryByteSource(Array(json.utf8)), fileName: "a.json")
    #expect(throws: ExchangeError.missingLanguage(file: "a.json", which: "source")) { try missing.readAll() }
  }

  /// What `tandem review` saves reads back with each link's status, as the TSV's
  /// `status` column does.
  @Test func reviewedJSONKeepsTheStatus() throws {
    let written = try AlignmentLinkRecord.json([
      AlignmentLinkRecord(id: 1, source: [0], target: [0], sourceText: "Eins.", targetText: "One.", confidence: 0.9,
                          type: "1-1", lowConfidence: false, status: "accepted"),
      AlignmentLinkRecord(id: 2, source: [1], target: [1], sourceText: "Zwei.", targetText: "Two!", confidence: 0.4,
                          type: "1-1", lowConfidence: true, reason: "lexical", status: "edited"),
    ])
    let units = try JSONReader(source: MemoryByteSource(Array(written.utf8)), fileName: "r.json",
                               sourceLanguage: "de", targetLanguage: "en").readAll()
    #expect(units.map { $0.property("x-status") } == ["accepted", "edited"])
    #expect(units.map(\.id) == ["1", "2"] && units[1].property("x-reason") == "lexical")
    let tsv = "source\ttarget\tconfidence\ttype\tflag\treason\trepeat_of\tid\tstatus\n"
      + "Eins.\tOne.\t0.900\t1-1\t\t\t\t1\taccepted\nZwei.\tTwo!\t0.400\t1-1\tlow\tlexical\t\t2\tedited\n"
    let fromTSV = try TSVReader(source: MemoryByteSource(Array(tsv.utf8)), fileName: "r.tsv",
                                sourceLanguage: "de", targetLanguage: "en").readAll()
    #expect(fromTSV.map(\.properties) == units.map(\.properties))
  }
}
