import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Terminology
@testable import Exchange

@Suite struct GlossaryWriterTests {
  static let entries = [
    GlossaryEntry(
      source: "spezielle Militäroperation", target: "special military operation", frequency: 2, confidence: 0.875,
      sourceVariants: ["speziellen Militäroperation", "spezielle Militäroperation"],
      targetVariants: ["special military operation"],
      example: AlignedPair(source: "bei der Durchführung der speziellen Militäroperation",
                           target: "in carrying out the special military operation"),
      note: "dice 1.00", origin: .extracted, score: 2),
    GlossaryEntry(
      source: "Abkommen", target: "agreement, \"treaty\"", frequency: 8, confidence: 1, sourceVariants: ["Abkommen"],
      targetVariants: ["agreement"], example: nil, note: "a\ttab & <markup>", origin: .curated, score: 1),
  ]

  @Test func tsvHasAHeaderAndOneLinePerEntry() {
    let lines = GlossaryTSVWriter.render(Self.entries).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[3].isEmpty)
    #expect(lines[0].hasPrefix("source\ttarget\tfrequency\tconfidence\tsource_variants"))
    let fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false)
    #expect(fields.count == 10)
    #expect(fields[0] == "spezielle Militäroperation" && fields[2] == "2" && fields[3] == "0.88")
    #expect(fields[4] == "speziellen Militäroperation | spezielle Militäroperation")
    #expect(fields[6] == "bei der Durchführung der speziellen Militäroperation")
    #expect(lines[2].split(separator: "\t", omittingEmptySubsequences: false).count == 10)  // the tab in the note is gone
  }

  @Test func csvQuotesFieldsWithCommasAndQuotes() {
    let text = GlossaryCSVWriter.render(Self.entries)
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines[0] == "source,target,frequency,confidence,source_variants,target_variants,example_source,example_target,origin,note")
    #expect(lines[2].hasPrefix("Abkommen,\"agreement, \"\"treaty\"\"\",8,1.00,"))
  }

  @Test func omegaTHasThreeColumnsAndNoHeader() {
    let lines = OmegaTGlossaryWriter.render(Self.entries).split(separator: "\n")
    #expect(lines.count == 2)
    let fields = lines[0].split(separator: "\t", omittingEmptySubsequences: false)
    #expect(fields.count == 3)
    #expect(fields[0] == "spezielle Militäroperation" && fields[1] == "special military operation")
    #expect(fields[2].contains("frequency 2") && fields[2].contains("confidence 0.88"))
    #expect(fields[2].contains("variants: speziellen Militäroperation"))
  }

  /// Parses `xml` and returns the element names in document order, or nil when it is not well-formed.
  func elements(of xml: String) -> [String]? {
    final class Collector: NSObject, XMLParserDelegate {
      var names: [String] = []
      func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                  attributes: [String: String] = [:]) { names.append(name) }
    }
    let parser = XMLParser(data: Data(xml.utf8))
    let collector = Collector()
    parser.delegate = collector
    return parser.parse() ? collector.names : nil
  }

  @Test func tbxBasicIsWellFormedMartif() throws {
    let xml = TBXBasicWriter.render(Self.entries, sourceLanguage: "de", targetLanguage: "en")
    let names = try #require(elements(of: xml))
    #expect(names.first == "martif")
    #expect(names.filter { $0 == "termEntry" }.count == 2)
    #expect(names.filter { $0 == "langSet" }.count == 4)
    #expect(xml.contains("<term>spezielle Militäroperation</term>"))
    #expect(xml.contains("<term>speziellen Militäroperation</term>"))  // the variant as admitted term
    #expect(xml.contains("a\ttab &amp; &lt;markup&gt;"))
    #expect(xml.contains("type=\"TBX-Basic\""))
  }

  @Test func tbxCoreIsWellFormedInTheV3Namespace() throws {
    let xml = TBXCoreWriter.render(Self.entries, sourceLanguage: "de", targetLanguage: "en")
    let names = try #require(elements(of: xml))
    #expect(names.first == "tbx")
    #expect(names.filter { $0 == "conceptEntry" }.count == 2)
    #expect(names.filter { $0 == "termSec" }.count == 6)  // terms plus variants: 2 + 1 source, 1 + 2 target
    #expect(xml.contains("xmlns=\"urn:iso:std:iso:30042:ed-2\"") && xml.contains("type=\"TBX-Core\""))
  }

  @Test func xmlEscapingRemovesForbiddenCharacters() {
    #expect(GlossaryXML.escape("a\u{1}b\u{FFFE}c<\"") == "abc&lt;\"")
    #expect(GlossaryXML.escape("one\ttwo\nthree & four") == "one\ttwo\nthree &amp; four")
    #expect(GlossaryXML.attribute("a\u{1}\"b\tc") == "a&quot;b&#9;c")
  }

  @Test func formatsFollowTheirNames() {
    #expect(GlossaryFormat.allCases.map(\.fileExtension) == ["tsv", "csv", "utf8", "tbx", "tbx"])
    for format in GlossaryFormat.allCases {
      #expect(!format.render(Self.entries, sourceLanguage: "de", targetLanguage: "en").isEmpty)
    }
  }
}
