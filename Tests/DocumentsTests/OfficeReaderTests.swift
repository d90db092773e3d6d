import Documents
import Foundation
import Testing
import ZIPFoundation

/// A ZIP archive in memory with the given entries, as Word and LibreOffice write them (deflated).
func zipArchive(_ entries: [(String, String)]) throws -> [UInt8] {
  let archive = try Archive(data: Data(), accessMode: .create)
  for (path, text) in entries {
    let data = Data(text.utf8)
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
      provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
  }
  return [UInt8](try #require(archive.data))
}

@Suite struct DOCXReaderTests {
  static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles \(w)>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
      <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
      <w:style w:type="paragraph" w:styleId="MyQuote"><w:name w:val="My Quote"/><w:basedOn w:val="Quote"/></w:style>
      <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
    </w:styles>
    """

  static let document = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document \(w) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
    <w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Gipfel in Pjöngjang</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Kim sagte, die </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Freundschaft</w:t></w:r><w:r><w:t xml:space="preserve"> sei stark.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="berschrift2"/></w:pPr><w:r><w:t>Zweiter Teil</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Nummeriert</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Aufgezählt</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Zelle</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Tabelle 1</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="MyQuote"/></w:pPr><w:r><w:t>Zitat</w:t></w:r></w:p>
      <w:p><w:hyperlink r:id="rId5"><w:r><w:t>Verweis</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> und </w:t></w:r><w:del><w:r><w:delText>gelöscht</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>Ende</w:t><w:br/><w:t>Zeile</w:t><w:tab/><w:t>Tab</w:t></w:r></w:p>
      <w:p/>
      <w:sectPr><w:footerReference r:id="rId9"/></w:sectPr>
    </w:body></w:document>
    """

  static let footnotes = """
    <?xml version="1.0" encoding="UTF-8"?>
    <w:footnotes \(w)>
      <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:id="1"><w:p><w:r><w:t>Laut Staatsmedien.</w:t></w:r></w:p></w:footnote>
    </w:footnotes>
    """

  @Test func paragraphsHeadingsListsTablesAndFootnotes() throws {
    let bytes = try zipArchive([
      ("[Content_Types].xml", "<Types/>"), ("word/document.xml", Self.document), ("word/styles.xml", Self.styles),
      ("word/footnotes.xml", Self.footnotes), ("word/footer1.xml", "<w:ftr \(Self.w)><w:p><w:r><w:t>Seite</w:t></w:r></w:p></w:ftr>"),
    ])
    let read = try DOCXReader.blocks(bytes, name: "a.docx")
    #expect(read.map(\.text) == [
      "Gipfel in Pjöngjang", "Kim sagte, die Freundschaft sei stark.", "Zweiter Teil", "Nummeriert", "Aufgezählt",
      "Zelle", "Tabelle 1", "Zitat", "Verweis und Ende\nZeile Tab", "Laut Staatsmedien.",
    ])
    #expect(read.map(\.kind) == [
      .heading(level: 1), .paragraph, .heading(level: 2), .listItem(depth: 2), .listItem(depth: 1), .tableCell,
      .caption, .quote, .paragraph, .footnote,
    ])
    let bold = read[1].codes
    #expect(bold.map(\.markup) == ["<b>", "</b>", #"<w:footnoteReference w:id="1"/>"#])
    #expect(bold.map(\.offset) == [15, 27, 38])
    #expect(read[8].codes.map(\.role) == [.open, .close])
  }

  @Test func notAZipArchive() {
    #expect(throws: DocumentReadError.notAZipArchive(file: "a.docx", reason: "it does not start with a ZIP signature")) {
      try DOCXReader.blocks(Array("plain text".utf8), name: "a.docx")
    }
  }

  /// Found by FuzzDocuments: a ZIP whose central directory points past the end of the data
  /// trapped inside ZIPFoundation's in-memory archive; now it is a readable error.
  @Test func offsetsPastTheEndAreAnErrorNotACrash() throws {
    let bytes = try #require(Data(base64Encoded: """
      UEsDBBQAAAAIACR7gl3muHRrXAAAAGIAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbBUlTQqAIBBA4auE+xxr0SJKL9EFRKYfylGc\
      Ier22fLxwZvcE6/mxsJHoll12ihnp+XNyE0V4lntInkE4LBj9KxTQupQqOyo+Zn/2QSfG+D7H/UCUEsBAhQDFAAAAAgAJHuCXea4\
      dGtcAAAAYgAAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAAke4Jd0AVsAcAAAABBAQAA\
      EQAAAAAAAAAAAAAAgAGNAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAAfAEAAAAA
      """))
    #expect(throws: DocumentReadError.self) { try DOCXReader.blocks([UInt8](bytes), name: "a.docx") }
  }

  @Test func missingDocumentEntry() throws {
    let bytes = try zipArchive([("content.xml", "<x/>")])
    #expect(throws: DocumentReadError.missingEntry(file: "a.docx", entry: "word/document.xml", format: .docx)) {
      try DOCXReader.blocks(bytes, name: "a.docx")
    }
  }

  @Test func malformedXMLNamesTheEntryAndLine() throws {
    let bytes = try zipArchive([("word/document.xml", "<w:document \(Self.w)>\n<w:body>\n<w:p></w:body></w:document>")])
    let error = DocumentReadError.malformedMarkup(
      file: "a.docx", entry: "word/document.xml", line: 3, column: 6, reason: "</w:body> where </w:p> was expected")
    #expect(throws: error) { try DOCXReader.blocks(bytes, name: "a.docx") }
    #expect("\(error)".hasPrefix("a.docx (entry word/document.xml):3:6: </w:body> where </w:p> was expected."))
  }
}

@Suite struct ODTReaderTests {
  static let content = """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
      xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:xlink="http://www.w3.org/1999/xlink">
    <office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/></office:automatic-styles>
    <office:body><office:text>
      <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
      <text:h text:outline-level="1">Gipfel</text:h>
      <text:p text:style-name="Standard">Kim<text:s text:c="3"/>sagte, die <text:span text:style-name="T1">Freundschaft</text:span> sei stark.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Laut Staatsmedien.</text:p></text:note-body></text:note> Mehr.</text:p>
      <text:list><text:list-item><text:p>Punkt</text:p><text:list><text:list-item><text:p>Unterpunkt</text:p></text:list-item></text:list></text:list-item></text:list>
      <table:table><table:table-row><table:table-cell><text:p>Zelle</text:p></table:table-cell></table:table-row></table:table>
      <text:p text:style-name="P1">Zitat<text:line-break/>zweite Zeile</text:p>
      <text:p text:style-name="Caption">Abbildung 1</text:p>
      <text:p><text:a xlink:href="https://e.org">Link</text:a><text:tab/>weiter</text:p>
    </office:text></office:body></office:document-content>
    """

  @Test func paragraphsHeadingsListsTablesAndNotes() throws {
    let bytes = try zipArchive([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", Self.content)])
    let read = try ODTReader.blocks(bytes, name: "a.odt")
    #expect(read.map(\.text) == [
      "Gipfel", "Kim sagte, die Freundschaft sei stark. Mehr.", "Laut Staatsmedien.", "Punkt", "Unterpunkt", "Zelle",
      "Zitat\nzweite Zeile", "Abbildung 1", "Link weiter",
    ])
    #expect(read.map(\.kind) == [
      .heading(level: 1), .paragraph, .footnote, .listItem(depth: 1), .listItem(depth: 2), .tableCell, .quote,
      .caption, .paragraph,
    ])
    #expect(read[1].codes.map(\.role) == [.open, .close, .standalone])
    #expect(read[8].codes.map(\.markup) == [#"<text:a xlink:href="https://e.org">"#, "</text:a>"])
  }

  @Test func missingContent() throws {
    let bytes = try zipArchive([("mimetype", "application/vnd.oasis.opendocument.text")])
    #expect(throws: DocumentReadError.missingEntry(file: "a.odt", entry: "content.xml", format: .odt)) {
      try ODTReader.blocks(bytes, name: "a.odt")
    }
  }
}
