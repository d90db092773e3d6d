import Testing
@testable import Terminology

@Suite struct NumberExtractorTests {
  @Test(arguments: [
    ("1.000", true, "1000"), ("1,000", false, "1000"), ("3,5", true, "3.5"), ("3.5", false, "3.5"),
    ("3,50", true, "3.5"), ("1991", true, "1991"), ("007", false, "7"),
  ])
  func normalizesSeparators(text: String, decimalComma: Bool, expected: String) {
    #expect(NumberExtractor.normalize(text, decimalComma: decimalComma) == expected)
  }

  @Test func germanAndEnglishNumbersCompareEqual() {
    let de = NumberExtractor.allNumbers(in: Tokenizer.tokens(in: "1.000 Soldaten, 3,5 Prozent, seit 24 Jahren"), language: "de").firm
    let en = NumberExtractor.allNumbers(in: Tokenizer.tokens(in: "1,000 soldiers, 3.5 percent, for 24 years"), language: "en").firm
    #expect(de == en)
    #expect(de == ["1000": 1, "3.5": 1, "24": 1])
  }
}
