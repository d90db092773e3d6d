import Exchange
import Foundation
import Testing

@Suite struct TMXErrorTests {
  func error(reading xml: String) -> ExchangeError? {
    do {
      _ = try TMXReader(source: MemoryByteSource(xml), fileName: "bad.tmx").readAll()
      return nil
    } catch {
      return error
    }
  }

  static let start = """
    <tmx version="1.4">
    <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="de" datatype="plaintext"/>
    <body>

    """

  @Test func unescapedLessThanNamesLineAndColumn() {
    let e = error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>a < b</seg></tuv></tu></body></tmx>")
    #expect(e == .malformedXML(file: "bad.tmx", line: 4, column: 32, reason: "expected a name"))
    #expect(e.map(String.init(describing:))?.hasPrefix("bad.tmx:4:32: malformed XML") == true)
  }

  @Test func aHugeNameIsQuotedShort() throws {
    let name = String(repeating: "a", count: 1_000_000)
    let e = try #require(error(reading: Self.start + "<\(name)>x</tu></body></tmx>"))
    let message = String(describing: e)
    #expect(message.count < 600)
    #expect(message.contains("…"))
  }

  @Test func inlineCodesCountTowardsTheSegmentLimit() throws {
    // Twenty codes of 1 MiB each: every one is small, the segment is not.
    let code = "<ph>" + String(repeating: "x", count: 1 << 20) + "</ph>"
    let e = error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>a" + String(repeating: code, count: 20)
      + "</seg></tuv><tuv xml:lang=\"en\"><seg>b</seg></tuv></tu></body></tmx>")
    #expect(e.map(String.init(describing:))?.contains("MiB of text in one run or one segment") == true)
  }

  @Test func mismatchedEndTag() {
    let e = error(reading: Self.start + "<tu>\n  <tuv xml:lang=\"de\"><seg>a</tuv></tu></body></tmx>")
    #expect(e == .malformedXML(file: "bad.tmx", line: 5, column: 28, reason: "</tuv> where </seg> was expected"))
  }

  @Test func columnsCountCharactersNotBytes() {
    let e = error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>äöü &nbsp;</seg></tuv></tu></body></tmx>")
    guard case .malformedXML(_, 4, let column, let reason)? = e else {
      Issue.record("unexpected \(String(describing: e))")
      return
    }
    #expect(column == 39)
    #expect(reason.contains("'&nbsp;' is not defined"))
  }

  @Test func truncatedFile() {
    #expect(error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>a")
      == .malformedXML(file: "bad.tmx", line: 4, column: 30, reason: "the file ends inside <seg>"))
  }

  /// A TMX that ends early is an error, not a file of the units before its end (issue 15).
  @Test(arguments: [
    ("</tmx>garbage", "text outside the root element"), ("</tmx><tmx version=\"1.4\"></tmx>", "a second root element"),
  ])
  func contentAfterTheRootIsAnError(_ tail: String, _ reason: String) {
    let e = error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>a</seg></tuv><tuv xml:lang=\"en\"><seg>b</seg></tuv></tu></body>" + tail)
    guard case let .malformedXML(file, _, _, found) = e else {
      Issue.record("expected malformed XML, got \(String(describing: e))")
      return
    }
    #expect(file == "bad.tmx")
    #expect(found == reason)
  }

  @Test func notATMXFile() {
    #expect(error(reading: "<xliff version=\"1.2\"></xliff>")
      == .notTMX(file: "bad.tmx", line: 1, column: 1, reason: "the root element is <xliff>, not <tmx>"))
  }

  @Test func invalidUTF8() {
    var bytes = Array((Self.start + "<tu><tuv xml:lang=\"de\"><seg>").utf8)
    bytes += [0x47, 0x72, 0xFC, 0x65]  // "Grüe" in Latin-1, undeclared
    bytes += Array("</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>".utf8)
    #expect(throws: ExchangeError.self) {
      try TMXReader(source: MemoryByteSource(bytes), fileName: "bad.tmx").readAll()
    }
  }

  @Test func forbiddenControlCharacterAndCharacterReference() {
    #expect(error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>a\u{1}</seg></tuv></tu></body></tmx>") != nil)
    #expect(error(reading: Self.start + "<tu><tuv xml:lang=\"de\"><seg>&#1;</seg></tuv></tu></body></tmx>") != nil)
  }

  @Test func unsupportedEncoding() {
    #expect(error(reading: "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><tmx/>")
      == .unsupportedEncoding(file: "bad.tmx", encoding: "shift_jis"))
  }

  @Test func tuvWithoutLanguageIsSkipped() throws {
    let reader = try TMXReader(
      source: MemoryByteSource(Self.start + "<tu><tuv><seg>a</seg></tuv><tuv xml:lang=\"en\"><seg>b</seg></tuv></tu>"
        + "<tu><tuv xml:lang=\"de\"><seg>c<b>x</b></seg></tuv><tuv xml:lang=\"en\"><seg>d</seg></tuv></tu></body></tmx>"),
      fileName: "bad.tmx")
    #expect(try reader.readAll().isEmpty)
    #expect(reader.skipped.counts == [.variantWithoutLanguage: 1, .unexpectedMarkup: 1])
  }
}
