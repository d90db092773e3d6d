import Testing
import Exchange

@Suite struct TranslationUnitTests {
  @Test func propertyLooksUpTheFirstOfAType() {
    let unit = TranslationUnit(
      sourceLanguage: "de", targetLanguage: "en", source: "Hallo", target: "Hello",
      properties: [.init(type: "x-confidence", value: "0.9"), .init(type: "x-confidence", value: "0.1")])
    #expect(unit.property("x-confidence") == "0.9")
    #expect(unit.property("x-link-type") == nil)
  }
}
