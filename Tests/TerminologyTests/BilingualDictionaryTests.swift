import Alignment
import Testing
@testable import Terminology

@Suite struct BilingualDictionaryTests {
  static let text = """
    # Version :: test
    Krieg {m} (gegen jdn.) [mil.] | Kriege {pl} | Angriffskrieg {m} :: war (against sb.) | wars | war of aggression
    Vereinigte Staaten {pl} von Amerika /USA/ /US/ [geogr.] :: United States of America /USA/
    Aktion {f}; Operation {f} [mil.] | Militäraktion {f}; Militäroperation {f} :: action; operation | military operation
    Russland {n} (Russische Föderation) [geogr.] :: Russia (Russian Federation)
    neuer Krieg :: new war
    """

  /// The shared parser with terminology's content words, as the CLI reads the dictionary.
  static func parse(_ text: String) -> BilingualDictionary {
    BilingualDictionary.parseDing(
      Array(text.utf8), sourceLanguage: "de", targetLanguage: "en", targetContentWords: BilingualDictionary.contentWords
    ).dictionary
  }

  @Test func parsesSubEntriesAlternativesAndAnnotations() {
    let dictionary = Self.parse(Self.text)
    #expect(dictionary.translations(of: "Krieg") == ["war"])
    #expect(dictionary.translations(of: "kriege") == ["wars"])
    #expect(dictionary.translations(of: "angriffskrieg") == ["war", "aggression"])
    #expect(dictionary.translations(of: "militäroperation") == ["military", "operation"])
    #expect(dictionary.translations(of: "operation") == ["action", "operation"])
  }

  @Test func abbreviationsStandForThemselves() {
    let dictionary = Self.parse(Self.text)
    #expect(dictionary.translations(of: "usa").isSuperset(of: ["united", "states", "america", "usa", "us"]))
    #expect(dictionary.translations(of: "US").contains("usa"))
  }

  @Test func properNounsAreTranslatedWithCapitals() {
    let dictionary = Self.parse(Self.text)
    #expect(dictionary.isProperNoun("Russland"))
    #expect(!dictionary.isProperNoun("Krieg"))
  }

  @Test func vocabularyKeepsOnlyWantedWordsAndCountsReferences() {
    let vocabulary = BilingualDictionary.vocabulary(of: ["Der Krieg und die Militäroperation"])
    #expect(vocabulary.contains("krieg") && vocabulary.contains("operation") && vocabulary.contains("militär"))
    let dictionary = Self.parse(Self.text).keepingWords(in: vocabulary)
    #expect(dictionary.knows("krieg"))
    #expect(!dictionary.knows("russland"))
    #expect(dictionary.referenceCount(of: "krieg") == 2)  // "Krieg {m}" and "neuer Krieg"
    #expect(dictionary.referenceCount(of: "russland") == 0)
  }

  @Test func headwordsSurviveTheCache() throws {
    let dictionary = Self.parse(Self.text)
    let restored = try BilingualDictionary(serialized: dictionary.serialized())
    #expect(restored == dictionary)
    #expect(restored.isProperNoun("russland"))
    #expect(restored.referenceCount(of: "krieg") == 2)
    #expect(restored.translations(of: "angriffskrieg") == ["war", "aggression"])
  }
}
