import Testing
@testable import Segmentation

@Suite struct WordScannerTests {
  /// (kind, text) of each token.
  func tokens(_ text: String, _ options: WordScanner.Options) -> [String] {
    let bytes = Array(text.utf8)
    return WordScanner(options).tokens(text).map { token in
      let kind = switch token.kind {
      case .word: "w"
      case .number: "n"
      case .punctuation: "p"
      case .inlineCode: "c"
      }
      return kind + ":" + String(decoding: bytes[token.start..<token.end], as: UTF8.self) + (token.isTruncated ? "-" : "")
    }
  }

  @Test func alignmentKeepsLettersAndDigitsApartAndSwissGrouping() {
    #expect(tokens("A380: 1'000 m² (3,5%)", .alignment)
      == ["w:A", "n:380", "p::", "n:1'000", "w:m", "p:²", "p:(", "n:3,5", "p:%", "p:)"])
    #expect(tokens("5’000 Fr.", .alignment) == ["n:5’000", "w:Fr", "p:."])
  }

  @Test func terminologyKeepsHyphenatedCompoundsAndMarksTruncatedParts() {
    #expect(tokens("Sicherheits- und UN-Sicherheitsrat, 1.000 Putin’s", .terminology)
      == ["w:Sicherheits-", "p:-", "w:und", "w:UN-Sicherheitsrat", "p:,", "n:1.000", "w:Putin", "p:’", "w:s"])
    #expect(tokens("A380 m²", .terminology) == ["w:A380", "w:m²"])
  }

  @Test func memoryKeepsInlineCodesAndTimesAndDropsPunctuation() {
    #expect(tokens("<b>Um</b> 12:30, {0} Uhr-Zeit {x}", .memory)
      == ["c:<b>", "w:Um", "c:</b>", "n:12:30", "c:{0}", "w:Uhr", "w:Zeit", "w:x"])
  }

  @Test func numbersKeepSeparatorsOnlyBetweenDigits() {
    #expect(tokens("1990. 1.5.", .memory) == ["n:1990", "n:1.5"])
    #expect(tokens("A3.5 ٣٫٥ ١٢", .memory) == ["w:A3", "n:5", "n:٣", "n:٥", "n:١٢"])
  }

  @Test func caseFoldingTakesTheByteRouteOnlyForLatin1() {
    for word in ["ÄRGER", "Straße", "ÉTÉ", "Łódź", "ΣΟΦΙΑ", "İstanbul"] {
      var text = word
      let token = WordScanner(.memory).tokens(word)[0]
      let folded = text.withUTF8 { CaseFolding.lowercased($0, latin1Only: token.latin1Only) }
      #expect(folded == word.lowercased())
    }
  }
}
