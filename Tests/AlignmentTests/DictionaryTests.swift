import Testing
@testable import Alignment

@Suite struct DictionaryTests {
  let ding = """
    # Version :: test
    Haus {n} [arch.] | Häuser {pl} :: house | houses
    Abend {m}; Abendzeit {f} (veraltet) :: evening; eventide
    laufen {vi} | sich beeilen :: to run | to hurry
    Feuerwehrauto {n} :: fire engine
    this line has no separator
    Apfel {m} :: apple :: extra
    """

  @Test func dingAlternativesSynonymsAndAnnotations() {
    let result = BilingualDictionary.parseDing(Array(ding.utf8), sourceLanguage: "de", targetLanguage: "en")
    let d = result.dictionary
    #expect(d.translations["haus"]?.contains("hous") == true)
    #expect(d.translations["abend"]?.contains("even") == true)
    #expect(d.translations["abend"]?.contains("eventid") == true)
    #expect(d.translations["abendzeit"]?.contains("even") == true)
    #expect(d.translations["lauf"] == ["run"])
    #expect(d.translations["beeil"] == ["hurri"])
    // A single word pairs with the content words of a short phrase.
    #expect(d.translations["feuerwehrauto"]?.contains("engin") == true)
    #expect(result.malformedLines == 2)
    #expect(result.firstMalformedLine == 6)
  }

  @Test func dingReversedReadsEnglishToGerman() {
    let result = BilingualDictionary.parseDing(Array(ding.utf8), sourceLanguage: "en", targetLanguage: "de", reversed: true)
    #expect(result.dictionary.translations["hous"]?.contains("haus") == true)
  }

  @Test func tsvPairsAndMalformedLines() {
    let text = "# comment\nmaison\thouse\nsoir\tevening\nbroken line\n\tempty source\n"
    let result = BilingualDictionary.parseTSV(Array(text.utf8), sourceLanguage: "fr", targetLanguage: "en")
    #expect(result.dictionary.translations["maison"] == ["hous"])
    #expect(result.dictionary.translations["soir"] == ["even"])
    #expect(result.malformedLines == 2)
    #expect(result.firstMalformedLine == 4)
  }

  @Test func cacheRoundTrip() throws {
    let d = BilingualDictionary.parseDing(Array(ding.utf8), sourceLanguage: "de", targetLanguage: "en").dictionary
    let bytes = d.serialized()
    #expect(try BilingualDictionary(serialized: bytes) == d)
    #expect(try BilingualDictionary(serialized: BilingualDictionary(sourceLanguage: "de", targetLanguage: "en").serialized())
      == BilingualDictionary(sourceLanguage: "de", targetLanguage: "en"))
  }

  @Test func headwordViewCountsReferencesAndProperNouns() {
    let text = """
      Russland {n} [geogr.] :: Russia
      Haus {n} | Häuser {pl} :: house | houses
      Hausboot {n} (Haus) :: houseboat
      Vereinigte Staaten {pl} /USA/ :: United States /US/
      """
    let d = BilingualDictionary.parseDing(Array(text.utf8), sourceLanguage: "de", targetLanguage: "en").dictionary
    #expect(d.translations(of: "Haus") == ["house"])
    #expect(d.translations(of: "häuser") == ["houses"])
    #expect(d.translations(of: "usa") == ["united", "states", "us", "usa"])
    #expect(d.knows("vereinigte staaten") && !d.knows("boot"))
    #expect(d.isProperNoun("russland") && !d.isProperNoun("haus"))
    #expect(d.referenceCount(of: "haus") == 2)  // "Haus {n}" and the annotation "(Haus)"
    let kept = d.keepingWords(in: ["haus"])
    #expect(kept.knows("haus") && !kept.knows("russland") && kept.referenceCount(of: "hausboot") == 0)
    #expect(kept.translations == d.translations)
  }

  @Test func cacheLoadsStemsAlone() throws {
    let d = BilingualDictionary.parseDing(Array(ding.utf8), sourceLanguage: "de", targetLanguage: "en").dictionary
    let stems = try BilingualDictionary(serialized: d.serialized(), headwords: false)
    #expect(stems.translations == d.translations)
    #expect(stems.wordTranslations.isEmpty && !d.wordTranslations.isEmpty)
  }

  @Test func cacheRejectsDamage() {
    let bytes = BilingualDictionary.parseDing(Array(ding.utf8), sourceLanguage: "de", targetLanguage: "en").dictionary.serialized()
    #expect(throws: AlignmentError.self) { try BilingualDictionary(serialized: Array(bytes.dropLast(3))) }
    #expect(throws: AlignmentError.self) { try BilingualDictionary(serialized: [0x58] + bytes.dropFirst()) }
    #expect(throws: AlignmentError.self) { try BilingualDictionary(serialized: bytes + [0]) }
  }
}
