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

  @Test func parsesSubEntriesAlternativesAndAnnotations() {
    let dictionary = BilingualDictionary(transFormat: Array(Self.text.utf8), vocabulary: nil)
    #expect(dictionary.translations(of: "Krieg") == ["war"])
    #expect(dictionary.translations(of: "kriege") == ["wars"])
    #expect(dictionary.translations(of: "angriffskrieg") == ["war", "aggression"])
    #expect(dictionary.translations(of: "militäroperation") == ["military", "operation"])
    #expect(dictionary.translations(of: "operation") == ["action", "operation"])
  }

  @Test func abbreviationsStandForThemselves() {
    let dictionary = BilingualDictionary(transFormat: Array(Self.text.utf8), vocabulary: nil)
    #expect(dictionary.translations(of: "usa").isSuperset(of: ["united", "states", "america", "usa", "us"]))
    #expect(dictionary.translations(of: "US").contains("usa"))
  }

  @Test func properNounsAreTranslatedWithCapitals() {
    let dictionary = BilingualDictionary(transFormat: Array(Self.text.utf8), vocabulary: nil)
    #expect(dictionary.isProperNoun("Russland"))
    #expect(!dictionary.isProperNoun("Krieg"))
  }

  @Test func vocabularyKeepsOnlyWantedWordsAndCountsReferences() {
    let vocabulary = BilingualDictionary.vocabulary(of: ["Der Krieg und die Militäroperation"])
    #expect(vocabulary.contains("krieg") && vocabulary.contains("operation") && vocabulary.contains("militär"))
    let dictionary = BilingualDictionary(transFormat: Array(Self.text.utf8), vocabulary: vocabulary)
    #expect(dictionary.knows("krieg"))
    #expect(!dictionary.knows("russland"))
    #expect(dictionary.referenceCount(of: "krieg") == 2)  // "Krieg {m}" and "neuer Krieg"
    #expect(dictionary.referenceCount(of: "russland") == 0)
  }
}
