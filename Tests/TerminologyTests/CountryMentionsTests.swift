import Alignment
import Testing
@testable import Terminology

@Suite struct CountryMentionsTests {
  func countries(_ text: String) -> [String] {
    CountryMentions.mentions(in: Tokenizer.tokens(in: text)).map(\.country)
  }

  @Test func namesCapitalsAndAdjectivesInThreeLanguages() {
    #expect(countries("Der russische Präsident flog von Moskau nach Pjöngjang in Nordkorea.")
      == ["Russia", "Russia", "North Korea", "North Korea"])
    #expect(countries("North Korean leader Kim met the US envoy; the United States and China objected.")
      == ["North Korea", "USA", "USA", "China"])
    #expect(countries("Les États-Unis et la Chine") == ["USA", "China"])
    // "us" the pronoun is no country; only "US" as written is.
    #expect(countries("He told us about it.") == [])
  }

  /// The slip in the sample article: one sentence pairs "die USA und China" in a text that
  /// pairs Russia and North Korea throughout.
  static let article = [
    "Am Mittwoch unterzeichneten die USA und China ein neues Partnerschaftsabkommen.",
    "Kim sagte, die Freundschaft zwischen Moskau und Pjöngjang sei stark.",
    "Russland und Nordkorea schlossen Abkommen über Zusammenarbeit.",
    "Putin dankte Nordkorea für die Unterstützung.",
    "Die russische Regierung lobte die Beziehungen.",
    "Die USA und ihre Verbündeten sind besorgt.",
  ]

  @Test func aPairOutOfContextIsFound() {
    let found = CountryMentions.outOfContext(Self.article)
    #expect(found.map(\.link) == [0])
    #expect(found.first?.phrase == "USA und China")
    #expect(Set(found.first?.context ?? []) == ["Russia", "North Korea"])
  }

  @Test func theTextsOwnPairAndOneOffMentionsAreNot() {
    // Without the slip nothing is out of context; a pair that is named twice is part of the text.
    #expect(CountryMentions.outOfContext(Array(Self.article.dropFirst())).isEmpty)
    #expect(CountryMentions.outOfContext(Self.article + ["Die USA und China reagierten."]).isEmpty)
    // A sentence that also names the text's own countries is not out of context.
    var mixed = Self.article
    mixed[0] = "Russland sprach mit Nordkorea, während die USA und China zusahen."
    #expect(CountryMentions.outOfContext(mixed).isEmpty)
    // A text with no pair of its own has no context to be out of.
    #expect(CountryMentions.outOfContext(["Die USA und China verhandeln.", "Frankreich wählt."]).isEmpty)
  }

  @Test func theCheckerReportsItOnceAsAnError() {
    let english = [
      "On Wednesday, Russia and North Korea signed a new partnership agreement.",
      "Kim said the friendship between Moscow and Pyongyang was strong.",
      "Russia and North Korea concluded agreements on cooperation.",
      "Putin thanked North Korea for its support.",
      "The Russian government praised the relations.",
      "The US and its allies are concerned.",
    ]
    let pairs = zip(Self.article, english).enumerated().map { i, pair in
      AlignedPair(source: pair.0, target: pair.1, sourceLines: i + 1...i + 1, targetLines: i + 1...i + 1)
    }
    let findings = QualityChecker(sourceLanguage: "de", targetLanguage: "en").check(pairs)
      .filter { $0.rule == .namesOutOfContext }
    #expect(findings.map(\.link) == [0])
    #expect(findings.first?.severity == .error)
    #expect(findings.first?.sourceLines == 1...1)
    #expect(findings.first?.message.hasPrefix("source: 'USA und China' are paired only here") == true)
  }
}
