import Testing
@testable import Segmentation

@Suite struct DocumentTests {
  private let text = "Grüße aus Köln.\nZweite Zeile."

  @Test func utf8WithoutBOM() throws {
    let document = try Document(decoding: Array(text.utf8), name: "a.txt")
    #expect(document.text == text)
    #expect(document.encoding == .utf8)
    #expect(document.lineEndings == .lf)
  }

  @Test func utf8WithBOMDropsTheMark() throws {
    let document = try Document(decoding: [0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "a.txt")
    #expect(document.text == text)
    #expect(document.encoding == .utf8WithBOM)
    #expect(document.utf16.first == UInt16(UInt8(ascii: "G")))
  }

  @Test func utf16LittleEndianWithBOM() throws {
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let document = try Document(decoding: bytes, name: "a.txt")
    #expect(document.text == text)
    #expect(document.encoding == .utf16LittleEndian)
  }

  @Test func utf16BigEndianWithBOM() throws {
    let emoji = "Ein Smiley 😀. Gut."
    let bytes: [UInt8] = [0xFE, 0xFF] + emoji.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let document = try Document(decoding: bytes, name: "a.txt")
    #expect(document.text == emoji)
    #expect(document.encoding == .utf16BigEndian)
  }

  @Test(arguments: [
    ("a\r\nb\r\n", "a\nb\n", Document.LineEndings.crlf),
    ("a\rb\r", "a\nb\n", .cr),
    ("a\nb", "a\nb", .lf),
    ("a\r\nb\nc\rd", "a\nb\nc\nd", .mixed),
    ("ab", "ab", .none),
  ])
  func lineEndingsBecomeLF(input: String, expected: String, endings: Document.LineEndings) throws {
    let document = try Document(decoding: Array(input.utf8), name: "a.txt")
    #expect(document.text == expected)
    #expect(document.lineEndings == endings)
    #expect(Document(text: input).text == expected)
  }

  @Test func longASCIIRunsWithLineBreaksDecodeExactly() throws {
    // Exercises the eight-bytes-at-a-time path around CR, LF and non-ASCII.
    let input = String(repeating: "abcdefg\r\nhijklmnopqrstü\rvwxyz012345.\n", count: 50)
    let document = try Document(decoding: Array(input.utf8), name: "a.txt")
    #expect(document.text == input.replacingOccurrences("\r\n", "\n").replacingOccurrences("\r", "\n"))
  }

  @Test(arguments: [
    ([0x41, 0x42, 0xFF, 0x43], 2),  // byte that never occurs in UTF-8
    ([0x41, 0x80], 1),  // lone continuation byte
    ([0x41, 0x42, 0x43, 0xC3], 3),  // truncated sequence at the end
    ([0xC3, 0x28], 0),  // lead byte without its continuation
    ([0xC0, 0xAF], 0),  // overlong "/"
    ([0x61, 0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate encoded in UTF-8
    ([0xF4, 0x90, 0x80, 0x80], 0),  // past U+10FFFF
    (Array("Ä".utf8) + [0x20, 0xE9, 0x74, 0xE9], 3),  // Latin-1 "été"
  ] as [([UInt8], Int)])
  func invalidUTF8NamesFileAndByteOffset(bytes: [UInt8], offset: Int) {
    #expect(throws: DocumentError.invalidUTF8(file: "x.txt", offset: offset)) {
      try Document(decoding: bytes, name: "x.txt")
    }
  }

  @Test func invalidUTF8FarIntoAnASCIIFile() {
    let bytes = Array(String(repeating: "Hallo Welt. ", count: 100).utf8) + [0xE4, 0x20]
    #expect(throws: DocumentError.invalidUTF8(file: "x.txt", offset: 1200)) {
      try Document(decoding: bytes, name: "x.txt")
    }
  }

  @Test func invalidUTF8MessageNamesFileAndOffset() {
    let message = DocumentError.invalidUTF8(file: "notes.txt", offset: 17).description
    #expect(message.hasPrefix("notes.txt: byte 17: not UTF-8."))
  }

  @Test func brokenUTF16() {
    #expect(throws: DocumentError.invalidUTF16(file: "u.txt", offset: 4)) {
      try Document(decoding: [0xFF, 0xFE, 0x41, 0x00, 0x42], name: "u.txt")  // odd length
    }
    #expect(throws: DocumentError.invalidUTF16(file: "u.txt", offset: 2)) {
      try Document(decoding: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], name: "u.txt")  // lone high surrogate
    }
    #expect(throws: DocumentError.invalidUTF16(file: "u.txt", offset: 2)) {
      try Document(decoding: [0xFE, 0xFF, 0xDC, 0x00], name: "u.txt")  // lone low surrogate
    }
  }

  @Test func emptyFileHasNoSentences() throws {
    let document = try Document(decoding: [], name: "empty.txt")
    #expect(document.utf16.isEmpty)
    #expect(try SentenceSegmenter(language: "de").sentences(in: document).isEmpty)
    let onlyBOM = try Document(decoding: [0xEF, 0xBB, 0xBF], name: "bom.txt")
    #expect(try SentenceSegmenter(language: "de").sentences(in: onlyBOM).isEmpty)
    #expect(try SentenceSegmenter(language: "de").sentences(in: " \n\n \t\n").isEmpty)
  }

  @Test func offsetsReferToTheDecodedText() throws {
    let bytes = Array("Erster Satz.\r\nZweiter Satz.".utf8)
    let document = try Document(decoding: bytes, name: "a.txt")
    let sentences = try SentenceSegmenter(language: "de").sentences(in: document)
    #expect(sentences.map(\.range) == [0..<12, 13..<26])
    #expect(sentences.map(\.paragraph) == [0, 1])
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
