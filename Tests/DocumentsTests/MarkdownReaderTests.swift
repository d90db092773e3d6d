import Documents
import Testing

@Suite struct MarkdownReaderTests {
  func blocks(_ markdown: String) throws -> [DocumentBlock] { try MarkdownReader.blocks(markdown, name: "t.md") }

  @Test func headingsParagraphsAndWrappedLines() throws {
    let read = try blocks("""
      # Titel #

      Ein Absatz, der über
      zwei Zeilen geht.
      Setext-Titel
      ------------
      Zweiter Titel
      ===
      ***
      Letzter Absatz.
      """)
    #expect(read.map(\.text) == ["Titel", "Ein Absatz, der über zwei Zeilen geht. Setext-Titel", "Zweiter Titel", "Letzter Absatz."])
    #expect(read.map(\.kind) == [.heading(level: 1), .heading(level: 2), .heading(level: 1), .paragraph])
  }

  @Test func listsNestedAndLazy() throws {
    let read = try blocks("""
      - Erster Punkt,
      der weitergeht.
      - Zweiter Punkt
        1. Unterpunkt
        2) Noch einer

      Kein Punkt.
      """)
    #expect(read.map(\.text) == ["Erster Punkt, der weitergeht.", "Zweiter Punkt", "Unterpunkt", "Noch einer", "Kein Punkt."])
    #expect(read.map(\.kind) == [.listItem(depth: 1), .listItem(depth: 1), .listItem(depth: 2), .listItem(depth: 2), .paragraph])
  }

  @Test func quotesCodeTablesAndFootnotes() throws {
    let read = try blocks("""
      > Ein Zitat
      fortgesetzt.

      ```swift
      let a = "*nicht betont*"
      ```

          eingerückter Code

      | Jahr | Ereignis |
      |------|:--------:|
      | 1991 | Zerfall \\| Ende |

      [^1]: Die Fußnote.
      [ref]: https://example.org
      """)
    #expect(read.map(\.kind) == [.quote, .code, .code, .tableCell, .tableCell, .tableCell, .tableCell, .footnote])
    #expect(read.map(\.text) == [
      "Ein Zitat fortgesetzt.", "let a = \"*nicht betont*\"", "eingerückter Code", "Jahr", "Ereignis", "1991",
      "Zerfall | Ende", "Die Fußnote.",
    ])
  }

  @Test func inlineSyntaxBecomesCodes() throws {
    let read = try blocks(#"Ein **fetter** und _kursiver_ [Link](https://e.org/a_b "T") mit `code *x*`, ![Bild](i.png), Fußnote[^1] und <span class="x">HTML</span>."#)
    let block = try #require(read.first)
    #expect(block.text == "Ein fetter und kursiver Link mit code *x*, , Fußnote und HTML.")
    #expect(block.codes.map(\.markup) == [
      "**", "**", "_", "_", "[", #"](https://e.org/a_b "T")"#, "`", "`", "![Bild](i.png)", "[^1]", #"<span class="x">"#, "</span>",
    ])
    let open = block.codes[0], close = block.codes[1]
    #expect(open.role == .open && close.role == .close && open.pair == close.pair && open.offset == 4 && close.offset == 10)
  }

  @Test func intrawordUnderscoresEscapesAndUnmatchedDelimitersStayText() throws {
    let read = try blocks(#"snake_case_name, 2 * 3 * 4, \*kein\* und **offen"#)
    #expect(read.map(\.text) == ["snake_case_name, 2 * 3 * 4, *kein* und **offen"])
    #expect(read.first?.codes == [])
  }

  @Test func nestedEmphasis() throws {
    let block = try #require(try blocks("***beides*** und *a **b** c*").first)
    #expect(block.text == "beides und a b c")
    #expect(block.codes.map(\.markup) == ["*", "**", "**", "*", "*", "**", "**", "*"])
    #expect(block.codes.map(\.role) == [.open, .open, .close, .close, .open, .open, .close, .close])
  }

  @Test func hardLineBreaks() throws {
    let read = try blocks("Zeile eins  \nZeile zwei\\\nZeile drei")
    #expect(read.map(\.text) == ["Zeile eins\nZeile zwei\nZeile drei"])
  }

  @Test func htmlBlocksAreReadAsHTML() throws {
    let read = try blocks("<div class=\"box\">\n<p>Im <b>Kasten</b>.</p>\n</div>\n\nDanach.")
    #expect(read.map(\.text) == ["Im Kasten.", "Danach."])
  }
}

@Suite struct WrappedTextReaderTests {
  @Test func rejoinsParagraphLinesAndHyphenatedWords() {
    let text = """
      Die Zusammen-
      arbeit zwischen Nord-
      Süd-Partnern und Sicherheits-
      und internationalen Fragen wurde
      vertieft.

      Zweiter Absatz
      in zwei Zeilen.
      """
    #expect(WrappedTextReader.blocks(text).map(\.text) == [
      "Die Zusammenarbeit zwischen Nord-Süd-Partnern und Sicherheits- und internationalen Fragen wurde vertieft.",
      "Zweiter Absatz in zwei Zeilen.",
    ])
    #expect(WrappedTextReader.blocks(text).map(\.line) == [1, 7])
  }

  @Test func withoutBlankLinesAShortFinalLineEndsAParagraph() {
    let text = """
      Überschrift
      Dies ist ein langer Absatz, der auf mehrere Zeilen umbrochen
      wurde, und hier endet er.
      Ein zweiter Absatz beginnt hier und geht über mehrere Zeilen,
      bis auch er endet.
      """
    #expect(WrappedTextReader.blocks(text).map(\.text) == [
      "Überschrift",
      "Dies ist ein langer Absatz, der auf mehrere Zeilen umbrochen wurde, und hier endet er.",
      "Ein zweiter Absatz beginnt hier und geht über mehrere Zeilen, bis auch er endet.",
    ])
  }
}
