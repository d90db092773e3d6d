import Documents
import Testing

@Suite struct HTMLReaderTests {
  func blocks(_ html: String) throws -> [DocumentBlock] { try HTMLReader.blocks(html, name: "t.html") }

  @Test func keepsOnlyMainWhenPresentAndSkipsBoilerplate() throws {
    let html = """
      <html><head><title>Site</title><style>p { x: 1 }</style></head><body>
      <nav><a href="/">Home</a></nav><div>Cookie banner.</div>
      <main><h1>Titel</h1><p>Erster Absatz.</p><script>var p = "<p>no</p>";</script>
      <footer><p>Impressum</p></footer></main>
      <footer>© 2024</footer></body></html>
      """
    let read = try blocks(html)
    #expect(read.map(\.text) == ["Titel", "Erster Absatz."])
    #expect(read.map(\.kind) == [.heading(level: 1), .paragraph])
  }

  @Test func withoutMainEverythingButSkippedElementsIsRead() throws {
    let read = try blocks("<body><nav>Menu</nav><div>Eins.</div><p>Zwei.<footer>Fuß</footer></body>")
    #expect(read.map(\.text) == ["Eins.", "Zwei."])
  }

  /// Found by FuzzDocuments: an inline element left open at the end of its block.
  @Test func aSpanLeftOpenBecomesAStandaloneCode() throws {
    let read = try blocks("<main><p>Ein <b>Satz <fpoter>x)</p><p>Zwei.</p></main>")
    #expect(read.map(\.text) == ["Ein Satz x)", "Zwei."])
    let codes = try #require(read.first?.codes)
    #expect(codes.map(\.markup) == ["<b>", "<fpoter>"])
    #expect(codes.allSatisfy { $0.role == .standalone })
  }

  @Test func blockKindsFromTheInnermostBlockElement() throws {
    let html = """
      <article><h2>Zwischentitel</h2><ul><li>Punkt eins</li><li>Punkt zwei<ol><li>Unterpunkt</li></ol></li></ul>
      <table><caption>Tabelle 1</caption><tr><th>Jahr</th><td>1991</td></tr></table>
      <figure><img src="a.jpg" alt="Bild"><figcaption>Foto: Kreml</figcaption></figure>
      <blockquote><p>Ein Zitat.</p></blockquote><pre>let x = 1
        let y = 2</pre>
      <aside role="doc-footnote"><p>Eine Fußnote.</p></aside></article>
      """
    let read = try blocks(html)
    #expect(read.map(\.kind) == [
      .heading(level: 2), .listItem(depth: 1), .listItem(depth: 1), .listItem(depth: 2), .caption, .tableCell,
      .tableCell, .caption, .quote, .code, .footnote,
    ])
    #expect(read.first { $0.kind == .code }?.text == "let x = 1\n  let y = 2")
  }

  @Test func inlineMarkupBecomesCodesNotText() throws {
    let read = try blocks(#"<p>Ein <a href="x.html?a=1&amp;b=2">Link</a> und <em>mehr</em>.<img src="i.png"></p>"#)
    #expect(read.count == 1)
    let block = try #require(read.first)
    #expect(block.text == "Ein Link und mehr.")
    #expect(block.codes.map(\.markup) == [#"<a href="x.html?a=1&amp;b=2">"#, "</a>", "<em>", "</em>", #"<img src="i.png">"#])
    #expect(block.codes.map(\.offset) == [4, 8, 13, 17, 18])
    #expect(block.codes.map(\.role) == [.open, .close, .open, .close, .standalone])
    #expect(block.codes[0].pair == block.codes[1].pair && block.codes[2].pair == block.codes[3].pair)
  }

  @Test func entitiesAreDecodedAndWhiteSpaceCollapsed() throws {
    let read = try blocks("<p>  Gr&ouml;&szlig;e&nbsp;&#8211; &#x201E;Zitat&ldquo;\n   &amp; &unknown; mehr  </p>")
    #expect(read.map(\.text) == ["Größe\u{A0}– „Zitat“ & &unknown; mehr"])
  }

  @Test func toleratesBrokenMarkup() throws {
    let read = try blocks("<p>Eins<p>Zwei < drei</b><br>vier</div><p>fünf")
    #expect(read.map(\.text) == ["Eins", "Zwei < drei\nvier", "fünf"])
  }

  @Test func unterminatedCommentIsAnErrorWithItsPlace() {
    #expect(throws: DocumentReadError.malformedMarkup(
      file: "t.html", entry: nil, line: 2, column: 4, reason: "a comment '<!--' is never closed with '-->'")) {
      try blocks("<p>a</p>\n<p><!-- oops</p>")
    }
  }
}

@Suite struct DocumentReaderTests {
  @Test func invalidUTF8NamesLineAndColumn() {
    let bytes = Array("<p>Zeile eins</p>\n<p>Gr".utf8) + [0xF6] + Array("ße</p>".utf8)
    #expect(throws: DocumentReadError.invalidUTF8(file: "a.html", line: 2, column: 6)) {
      try DocumentReader.blocks(bytes, name: "a.html", format: .html)
    }
    let error = DocumentReadError.invalidUTF8(file: "a.html", line: 2, column: 6)
    #expect("\(error)".contains("a.html:2:6") && "\(error)".contains("iconv"))
  }

  @Test func utf16WithByteOrderMarkAndCRLF() throws {
    let text = "<p>Ä\r\nb</p>"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try DocumentReader.blocks(bytes, name: "u.html", format: .html).map(\.text) == ["Ä b"])
  }

  @Test(arguments: [
    ("a.html", DocumentFormat.html), ("a.HTM", .html), ("b.md", .markdown), ("c.docx", .docx), ("d.odt", .odt),
    ("e.xlf", .xliff), ("f.xliff", .xliff), ("g.po", .po), ("h.srt", .srt), ("i.txt", .text),
  ])
  func formatFromExtension(path: String, format: DocumentFormat) {
    #expect(DocumentFormat(path: path) == format)
  }

  @Test func formatNames() {
    #expect(DocumentFormat(name: "md") == .markdown)
    #expect(DocumentFormat(name: "HTML") == .html)
    #expect(DocumentFormat(name: "xlf") == .xliff)
    #expect(DocumentFormat(name: "pdf") == nil)
    #expect(DocumentFormat(path: "noextension") == nil)
  }

  @Test func unitFormatsAreNotReadHere() {
    #expect(throws: DocumentReadError.unitFormat(file: "a.po", format: .po)) {
      try DocumentReader.blocks([], name: "a.po", format: .po)
    }
  }
}
