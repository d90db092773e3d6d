import Testing
@testable import Segmentation

/// A seeded generator of messy text: words, abbreviations, numbers, quotes,
/// brackets, list markers, ellipses, URLs, line breaks of every kind.
struct RandomText {
  private var state: UInt64

  init(seed: Int) { state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1 }

  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  static let pieces = [
    "Haus", "der", "Die", "Welt", "z. B.", "z.B.", "Dr.", "Prof.", "usw.", "u. a.", "S.", "Nr.", "am",
    "19.", "Juni", "16.", "Jahrhundert", "1990.", "VIII.", "Heinrich", "J.", "3,5", "31.12.2024", "10.30",
    "Uhr", "www.example.de", "jane.doe@example.com", "...", "…", ". . .", "„Hallo.“", "»Ja!«", "(so.)",
    "[...]", "1.", "2)", "a.", "•", "-", "U.S.", "e.g.", "Mr.", "a.m.", "No.", "5", "Yahoo!", "Was?", "!",
    "?", ".", ",", ";", ":", "\"", "'", "“", "”", "‚", "‘", "I", "Er", "The", "it", "😀", "ß", "Ä",
  ]
  static let separators = [" ", " ", " ", " ", "", "\n", "\n\n", "\r\n", "\r", " \n", "\t", "\u{00A0}", "\u{2029}"]

  mutating func text() -> String {
    var result = ""
    for _ in 0..<next(60) {
      result += Self.pieces[next(Self.pieces.count)]
      result += Self.separators[next(Self.separators.count)]
    }
    return result
  }
}

@Suite struct PropertyTests {
  /// Sentences are in order, do not overlap, each equals the text at its
  /// range, is trimmed, and together they cover every non-blank character.
  @Test(arguments: 0..<300)
  func sentencesTileTheText(seed: Int) throws {
    var generator = RandomText(seed: seed)
    let text = generator.text()
    let utf16 = Array(text.utf16)
    for language in ["de", "en", "fr"] {
      let sentences = try SentenceSegmenter(language: language).sentences(in: text)
      var previousEnd = 0, previousParagraph = 0
      var covered = [Bool](repeating: false, count: utf16.count)
      for sentence in sentences {
        #expect(sentence.range.lowerBound >= previousEnd, "overlap or disorder, seed \(seed) \(language)")
        #expect(!sentence.range.isEmpty)
        #expect(sentence.paragraph >= previousParagraph)
        #expect(String(decoding: utf16[sentence.range], as: UTF16.self) == sentence.text)
        #expect(!CodeUnit.isWhite(utf16[sentence.range.lowerBound]))
        #expect(!CodeUnit.isWhite(utf16[sentence.range.upperBound - 1]))
        for index in sentence.range { covered[index] = true }
        previousEnd = sentence.range.upperBound
        previousParagraph = sentence.paragraph
      }
      for (index, unit) in utf16.enumerated() where !CodeUnit.isWhite(unit) {
        #expect(covered[index], "character \(index) lost, seed \(seed) \(language)")
      }
    }
  }

  /// Decoding the UTF-8 of any generated text gives it back with LF line endings.
  @Test(arguments: 0..<100)
  func decodingRoundTrips(seed: Int) throws {
    var generator = RandomText(seed: seed)
    let text = generator.text()
    let document = try Document(decoding: Array(text.utf8), name: "r.txt")
    #expect(document.utf16 == Document(text: text).utf16)
    #expect(!document.utf16.contains(CodeUnit.carriageReturn))
  }
}

@Suite struct LongTextTests {
  /// A text long enough to be segmented in parallel parts gives the same
  /// sentences as its paragraphs one by one, with shifted offsets.
  @Test(arguments: ["\n\n", "\n"])
  func longTextsSplitIntoPartsLikeShortOnes(separator: String) throws {
    var generator = RandomText(seed: 7)
    var paragraphs: [String] = []
    while paragraphs.count < 40 {
      var text = ""
      text.unicodeScalars.append(contentsOf: generator.text().unicodeScalars.filter { !"\n\r\u{2029}".unicodeScalars.contains($0) })
      if text.contains(where: { !$0.isWhitespace }) { paragraphs.append("Anfang. " + text + " Ende.") }
    }
    var long = "", length = 0, expected: [(String, Int)] = [], count = 0
    let segmenter = SentenceSegmenter(language: "de")
    let segmented = try paragraphs.map { try segmenter.sentences(in: $0) }
    while length < 300_000 {  // more than two parts of 2^17 code units
      let index = count % paragraphs.count
      for sentence in segmented[index] {
        expected.append((sentence.text, sentence.range.lowerBound + length))
      }
      long += paragraphs[index] + separator
      length += paragraphs[index].utf16.count + separator.utf16.count
      count += 1
    }
    let sentences = try segmenter.sentences(in: long)
    #expect(sentences.count == expected.count)
    #expect(sentences.map(\.text) == expected.map(\.0))
    #expect(sentences.map(\.range.lowerBound) == expected.map(\.1))
    #expect(Set(sentences.map(\.paragraph)).count == count)
  }
}
