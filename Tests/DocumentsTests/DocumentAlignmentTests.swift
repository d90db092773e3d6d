import Foundation
import Alignment
import ArgumentParser
import Documents
import Exchange
import Segmentation
import Testing
@testable import tandem

/// Blocks to sentences and alignment with structure, as `tandem align` does them.
@Suite struct DocumentAlignmentTests {
  static let german = """
    <main><h1>Gipfel in Pjöngjang</h1>
    <p>Putin und Kim haben am Mittwoch einen Vertrag unterzeichnet. Er sieht <em>gegenseitige Hilfe</em> vor</p>
    <ul><li>Zusammenarbeit in der Medizin</li><li>Zusammenarbeit in der Wissenschaft</li></ul></main>
    """
  static let english = """
    <main><h1>Summit in Pyongyang</h1>
    <p>Putin and Kim signed a treaty on Wednesday. It provides for <em>mutual assistance</em></p>
    <ul><li>Cooperation in medicine</li><li>Cooperation in science</li></ul></main>
    """

  func document(_ html: String) throws -> InputDocument {
    InputDocument(blocks: try HTMLReader.blocks(html, name: "t.html"))
  }

  @Test func sentencesStayInsideTheirBlocksWithoutMarkup() throws {
    let sentences = try DocumentSentences(document(Self.german), segmenter: SentenceSegmenter(language: "de"))
    #expect(sentences.texts == [
      "Gipfel in Pjöngjang", "Putin und Kim haben am Mittwoch einen Vertrag unterzeichnet.",
      "Er sieht gegenseitige Hilfe vor", "Zusammenarbeit in der Medizin", "Zusammenarbeit in der Wissenschaft",
    ])
    #expect(sentences.paragraphs == [0, 1, 1, 2, 3])
    #expect(sentences.classes == [1, 0, 0, 2, 2])
    #expect(sentences.ranges[2] == 61..<92)
  }

  @Test func structureAnchorsAndXLIFFUnitsPerBlock() throws {
    let aligner = BitextAligner(sourceLanguage: "de", targetLanguage: "en", dictionary: nil)
    let result = try aligner.align(source: document(Self.german), target: document(Self.english))
    let pairs = result.alignment.links.map { link in
      (link.source.map { result.source[$0] }.joined(separator: " "), link.target.map { result.target[$0] }.joined(separator: " "))
    }
    #expect(pairs.first! == ("Gipfel in Pjöngjang", "Summit in Pyongyang"))
    #expect(pairs.last! == ("Zusammenarbeit in der Wissenschaft", "Cooperation in science"))
    let units = AlignedDocument(result).units(sourceLanguage: "de", targetLanguage: "en")
    #expect(units.map(\.id) == ["1", "2", "3", "4"])
    #expect(units[1].target == "Putin and Kim signed a treaty on Wednesday. It provides for mutual assistance")
    #expect(units[1].sourceCodes.map(\.content) == ["<em>", "</em>"])
    #expect(units[1].targetCodes.map(\.content) == ["<em>", "</em>"])
    #expect(units[1].targetCodes.map(\.offset) == [60, 77])
  }

  @Test func structurePenaltyKeepsAHeadingOutOfAParagraphBead() throws {
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en")
    let source = ["Überblick", "Der Vertrag wurde am Mittwoch in Pjöngjang unterzeichnet."]
    let target = ["Overview", "The treaty was signed in Pyongyang on Wednesday."]
    let plain = aligner.align(source: source, target: target, sourceParagraphs: [0, 1], targetParagraphs: [0, 1])
    let structured = aligner.align(source: source, target: target, sourceParagraphs: [0, 1], targetParagraphs: [0, 1],
                                   sourceClasses: [1, 0], targetClasses: [1, 0])
    #expect(structured.links.map(\.source) == [0..<1, 1..<2])
    #expect(structured.links.map(\.target) == [0..<1, 1..<2])
    #expect(structured.links.count >= plain.links.count)
    // A heading paired with a paragraph pays the penalty: the classes swapped on one side split the bead.
    let mismatched = aligner.align(source: source, target: target, sourceParagraphs: [0, 0], targetParagraphs: [0, 0],
                                   sourceClasses: [1, 0], targetClasses: [0, 0])
    #expect(mismatched.links.allSatisfy { $0.source.count <= 1 })
  }

  @Test func unitFilesReadAsOneBlockPerUnit() throws {
    let xliff = """
      <xliff version="1.2"><file source-language="de"><body>
      <trans-unit id="a"><source>Eins. <g id="1">Zwei.</g></source></trans-unit>
      <trans-unit id="b"><source>Drei</source></trans-unit></body></file></xliff>
      """
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UInt32.random(in: 0...UInt32.max)).xlf").path
    try xliff.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let document = try InputFile(argument: path).readDocument(
      options: try DocumentInputOptions.parse([]), language: "de", isTarget: false)
    #expect(document.units?.map(\.id) == ["a", "b"])
    let sentences = try DocumentSentences(document, segmenter: SentenceSegmenter(language: "de"))
    #expect(sentences.texts == ["Eins.", "Zwei.", "Drei"])
    #expect(sentences.paragraphs == [0, 0, 1])
    guard case .blocks(let blocks) = document.content else { Issue.record("not blocks"); return }
    #expect(blocks[0].codes.map(\.markup) == [#"<g id="1">"#, "</g>"])
    #expect(blocks[0].codes.map(\.offset) == [6, 11])
  }

  @Test func inputFormatOptionIsValidated() {
    #expect(throws: (any Error).self) { try DocumentInputOptions.parse(["--input-format", "pdf"]) }
    #expect((try? DocumentInputOptions.parse(["--input-format", "md"]))?.format(of: "a.txt") == .markdown)
    #expect((try? DocumentInputOptions.parse([]))?.format(of: "a.unknown") == .text)
  }
}
