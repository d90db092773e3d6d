import Testing
@testable import Alignment
import Segmentation

@Suite struct FeatureTests {
  @Test(arguments: [("1.000", "1000"), ("1,000", "1000"), ("1'000", "1000"), ("3,5", "3.5"), ("3.50", "3.5"),
                    ("1.000.000", "1000000"), ("1.000,25", "1000.25"), ("007", "7")])
  func numbersHaveOneForm(_ input: String, _ expected: String) {
    #expect(NumberNormalizer.normalize(Array(input.unicodeScalars)) == expected)
  }

  @Test func tokensWordsNumbersPunctuation() {
    let tokens = Tokenizer.tokens(of: "Wie viele? 1.000 Äpfel, sagte „Anna“.")
    #expect(tokens == [.word("wie", capitalized: true), .word("viele", capitalized: false), .punctuation("?"),
                       .number("1000"), .word("äpfel", capitalized: true), .word("sagte", capitalized: false),
                       .punctuation("\""), .word("anna", capitalized: true), .punctuation("\"")])
  }

  @Test func unknownLanguageIsAnError() {
    #expect(throws: AlignmentError.unknownLanguage("xx")) { try Aligner(sourceLanguage: "xx", targetLanguage: "en") }
    #expect(throws: Never.self) { try Aligner(sourceLanguage: "de-CH", targetLanguage: "en") }
  }
}
