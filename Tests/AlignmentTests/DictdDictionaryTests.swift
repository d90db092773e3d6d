import Foundation
import Segmentation
import Testing
@testable import Alignment

/// FreeDict dictd dictionaries, gzip, and dictionaries read the other way round.
@Suite struct DictdDictionaryTests {
  let french = Stemmer(language: "fr")
  let german = Stemmer(language: "de")

  func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/freedict-deu-fra-sample", withExtension: name))
    return [UInt8](try Data(contentsOf: url))
  }

  func sample() throws -> DictionaryParseResult {
    BilingualDictionary.parseDictd(
      index: try fixture("index"), data: try Gzip.decompress(try fixture("dict.dz")),
      sourceLanguage: "de", targetLanguage: "fr")
  }

  @Test(arguments: [("A", 0), ("B", 1), ("/", 63), ("BA", 64), ("BE", 68), ("Ga", 410), ("+/", 62 * 64 + 63)])
  func dictdNumbers(field: String, value: Int) {
    #expect(BilingualDictionary.dictdNumber(Substring(field)) == value)
  }

  @Test func dictdNumberRejectsOtherCharacters() {
    #expect(BilingualDictionary.dictdNumber("!!") == nil)
    #expect(BilingualDictionary.dictdNumber("") == nil)
    #expect(BilingualDictionary.dictdNumber("A=") == nil)
  }

  @Test func entryKeepsTranslationsAndDropsGlossesNotesAndTags() {
    let haus = DictdEntry("Haus /haʊ̯s/ <n, neut>\nmaison, domicile\nein Gebäude, in dem Menschen wohnen\n")
    #expect(haus == DictdEntry(headword: "Haus", translations: ["maison", "domicile"]))
    let senses = DictdEntry("Abwertung /x/ <n, fem>\n1. dévaluation\nVerringerung des Wertes\n2. dévalorisation (figuré)\nAbsprechung\n")
    #expect(senses.translations == ["dévaluation", "dévalorisation"])
    let ding = DictdEntry("ABC-Abwehr /x/ <fem, n, sg>\n [mil.] NBC defence <n> [Br.] , NBC defense <n> [Am.]\n see: {Abwehr}\n")
    #expect(ding == DictdEntry(headword: "ABC-Abwehr", translations: ["NBC defence", "NBC defense"]))
    let noted = DictdEntry("bleeder heater /x/\nAbdampfvorwärmer <masc> [techn.]\n   Synonym: {exhaust steam preheater}\n")
    #expect(noted.translations == ["Abdampfvorwärmer"])
  }

  @Test func fixtureGivesStemPairsAndCountsTheBrokenIndexLine() throws {
    let result = try sample()
    let d = result.dictionary
    #expect(Set(d.translations[german.stem("haus")] ?? []) == [french.stem("maison"), french.stem("domicile")])
    #expect(Set(d.translations[german.stem("abwertung")] ?? [])
      == [french.stem("dévaluation"), french.stem("dévalorisation")])
    #expect(Set(d.translations[german.stem("abwärme")] ?? []) == [french.stem("chaleur"), french.stem("perdue")])
    #expect(d.translations[german.stem("abc-abwehr")]?.contains(french.stem("défense")) == true)
    // No gloss words (the German definitions) and nothing from 00-database-short.
    #expect(!d.translations.values.joined().contains(german.stem("gebäude")))
    #expect(d.translations.keys.allSatisfy { !$0.contains("database") })
    #expect(d.wordTranslations.isEmpty)
    #expect(result.malformedLines == 1 && result.firstMalformedLine == 4)
  }

  @Test func indexPointingPastTheDataIsMalformed() {
    let result = BilingualDictionary.parseDictd(
      index: Array("Haus\tA\tZZ\n".utf8), data: Array("Haus\nmaison\n".utf8), sourceLanguage: "de", targetLanguage: "fr")
    #expect(result.malformedLines == 1 && result.dictionary.translations.isEmpty)
  }

  @Test func gzipRejectsDamagedAndForeignData() throws {
    let compressed = try fixture("dict.dz")
    #expect(throws: AlignmentError.self) { try Gzip.decompress(Array(compressed.dropLast(12))) }
    #expect(throws: AlignmentError.self) { try Gzip.decompress(Array("Haus\nmaison\n".utf8)) }
    #expect(throws: AlignmentError.self) { try Gzip.decompress([]) }
    #expect(try Gzip.decompress(compressed + compressed).count == 2 * (try Gzip.decompress(compressed)).count)
  }

  @Test func invertedReadsTheOtherWay() throws {
    let d = try sample().dictionary
    let back = d.inverted()
    #expect(back.sourceLanguage == "fr" && back.targetLanguage == "de")
    #expect(back.translations[french.stem("maison")] == [german.stem("haus")])
    #expect(back.pairCount == d.pairCount)
    #expect(back.inverted().translations.mapValues(Set.init) == d.translations.mapValues(Set.init))
  }

  @Test func orientedServesBothDirectionsAndNoOtherPair() throws {
    let d = try sample().dictionary
    #expect(d.oriented(from: "de", to: "fr") == d)
    #expect(d.oriented(from: "fr", to: "de") == d.inverted())
    #expect(d.oriented(from: "de", to: "en") == nil)
    #expect(BilingualDictionary().oriented(from: "de", to: "en") == BilingualDictionary())
  }

  @Test func mergingUnitesBothDirections() throws {
    let deFr = try sample().dictionary
    let frDe = BilingualDictionary.parseTSV(Array("fenêtre\tFenster\nmaison\tGebäude\n".utf8), sourceLanguage: "fr", targetLanguage: "de").dictionary
    let deEn = BilingualDictionary.parseTSV(Array("Fenster\twindow\n".utf8), sourceLanguage: "de", targetLanguage: "en").dictionary
    let merged = BilingualDictionary.merging([deFr, frDe, deEn], from: "de", to: "fr")
    #expect(merged.translations[german.stem("fenster")] == [french.stem("fenêtre")])
    #expect(Set(merged.translations[german.stem("gebäude")] ?? []) == [french.stem("maison")])
    #expect(merged.pairCount == deFr.pairCount + frDe.pairCount)
  }

  @Test(arguments: [
    ("/usr/share/dictd/freedict-deu-fra.index", "de", "fr"), ("freedict-fra-deu.dict.dz", "fr", "de"),
    ("/usr/share/trans/de-en", "de", "en"), ("terms.en-de.tsv", "en", "de"), ("freedict-deu-fra-sample.index", "de", "fr"),
  ])
  func pairInFileName(name: String, source: String, target: String) {
    let pair = Language.pair(inFileName: name)
    #expect(pair?.source == source && pair?.target == target)
  }

  @Test func noPairInFileName() {
    #expect(Language.pair(inFileName: "glossary.tsv") == nil)
    #expect(Language.pair(inFileName: "my-terms.tsv") == nil)
    #expect(Language.pair(inFileName: "de-de.tsv") == nil)
  }
}

/// The aligner uses a dictionary given the other way round as it uses the turned one.
@Suite struct DictionaryDirectionTests {
  @Test func alignerTurnsAReversedDictionary() throws {
    let german = ["Das Haus ist alt.", "Abwärme entsteht.", "Die Abwertung kam.", "Das Haus brennt nicht."]
    let french = ["La maison est vieille.", "La chaleur perdue.", "Il y a eu une dévaluation de la monnaie.",
                  "La maison ne brûle pas."]
    let dictionary = BilingualDictionary.parseTSV(
      Array("maison\tHaus\ndévaluation\tAbwertung\nchaleur\tAbwärme\n".utf8), sourceLanguage: "fr", targetLanguage: "de"
    ).dictionary
    func links(_ d: BilingualDictionary?) throws -> [AlignmentLink] {
      try Aligner(sourceLanguage: "de", targetLanguage: "fr", options: .init(dictionary: d))
        .align(source: german, target: french).links
    }
    #expect(try links(dictionary) == links(dictionary.inverted()))
    #expect(try links(dictionary).map(\.confidence) != links(nil).map(\.confidence))
  }
}

/// A fallback dictionary fills gaps only, and the same way in both directions.
@Suite struct FallbackDictionaryTests {
  let curated = BilingualDictionary.parseTSV(
    Array("Haus\thouse\nFenster\twindow\n".utf8), sourceLanguage: "de", targetLanguage: "en").dictionary
  let large = BilingualDictionary.parseTSV(
    Array("house\tHaus\nhouse\tGebäude\nhome\tHaus\nwindow\tScheibe\ndoor\tTür\n".utf8),
    sourceLanguage: "en", targetLanguage: "de").dictionary

  @Test func fallbackAddsOnlyPairsOfUncoveredStems() {
    let merged = BilingualDictionary.merging([curated], fallbacks: [large], from: "de", to: "en")
    let german = Stemmer(language: "de")
    #expect(merged.translations[german.stem("haus")] == ["hous"])
    #expect(merged.translations[german.stem("tür")] == ["door"])
    // "house" and "window" are covered by the curated dictionary.
    #expect(merged.translations[german.stem("gebäude")] == nil && merged.translations[german.stem("scheibe")] == nil)
    #expect(merged.pairCount == 3)
  }

  @Test func fallbackMergeIsTheSameEitherWayRound() {
    let deEn = BilingualDictionary.merging([curated], fallbacks: [large], from: "de", to: "en")
    let enDe = BilingualDictionary.merging([curated], fallbacks: [large], from: "en", to: "de")
    #expect(enDe.inverted().translations.mapValues(Set.init) == deEn.translations.mapValues(Set.init))
  }
}
