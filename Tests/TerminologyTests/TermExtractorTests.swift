import Testing
@testable import Terminology

@Suite struct TermExtractorTests {
  let german = TermExtractor(language: "de")

  func candidate(_ form: String, in candidates: [TermCandidate]) -> TermCandidate? {
    candidates.first { $0.form == form }
  }

  @Test func inflectedAdjectiveNounGroupsAreListedUnderTheBaseForm() throws {
    let terms = german.candidates(in: [
      "Die spezielle Militäroperation begann im Februar.",
      "Er sprach von der speziellen Militäroperation in der Ukraine.",
      "Ziele der speziellen Militäroperation wurden genannt.",
    ])
    let term = try #require(candidate("spezielle Militäroperation", in: terms))
    #expect(term.frequency == 3)
    #expect(term.variants == ["speziellen Militäroperation", "spezielle Militäroperation"])
    #expect(candidate("speziellen Militäroperation", in: terms) == nil)
  }

  @Test func capitalisedRelationalAdjectivesStartNames() throws {
    let terms = german.candidates(in: ["Die Politik gegenüber der Russischen Föderation.", "Am Ende des Zweiter Weltkrieg."])
    #expect(candidate("Russische Föderation", in: terms) != nil)
    #expect(candidate("Zweite Weltkrieg", in: terms) != nil)
  }

  @Test func genitiveAfterADeterminerIsRemoved() throws {
    let terms = german.candidates(in: [
      "Sanktionen des UN-Sicherheitsrates.",
      "Die Einzelheiten des Partnerschaftsabkommens.",
      "Während des Koreakrieges.",
    ])
    #expect(candidate("UN-Sicherheitsrat", in: terms)?.variants == ["UN-Sicherheitsrates"])
    #expect(candidate("Partnerschaftsabkommen", in: terms) != nil)
    #expect(candidate("Koreakrieg", in: terms) != nil)
  }

  @Test func genitiveSIsRemovedWhenTheBareFormOccurs() throws {
    let terms = german.candidates(in: ["Nordkorea liefert Waffen.", "Die Unterstützung Nordkoreas."])
    let term = try #require(candidate("Nordkorea", in: terms))
    #expect(term.frequency == 2)
    #expect(candidate("Nordkoreas", in: terms) == nil)
  }

  @Test func compoundsWrittenApartAndHyphenationShareAKey() throws {
    let terms = german.candidates(in: ["Nordkorea liefert.", "Nord Korea im Rahmen des Deals.", "Der UN-Sicherheitsrat tagt."])
    let term = try #require(candidate("Nordkorea", in: terms))
    #expect(Set(term.variants) == ["Nordkorea", "Nord Korea"])
    let normalizer = WordNormalizer(language: "de")
    #expect(normalizer.key(words: ["UN-Sicherheitsrates"]) == normalizer.key(words: ["UN", "Sicherheitsrat"]))
  }

  @Test func adjectivesAfterANounAreVerbsNotAttributes() {
    let terms = german.candidates(in: ["Laut Staatsmedien sagte Putin, dass nichts geschah."])
    #expect(!terms.contains { $0.form.contains("sagte") })
  }

  @Test func englishNounPhrasesAreStopwordBoundedNgrams() throws {
    let english = TermExtractor(language: "en")
    let terms = english.candidates(in: [
      "Kim promised support for the special military operation in Ukraine.",
      "North Korea is under sanctions from the UN Security Council over its programme.",
      "The special military operation continued.",
    ])
    #expect(candidate("special military operation", in: terms)?.frequency == 2)
    #expect(candidate("UN Security Council", in: terms) != nil)
    #expect(!terms.contains { $0.form.split(separator: " ").contains("the") })
  }

  @Test func candidatesOnlyNestedInLongerOnesAreLeftOut() {
    let english = TermExtractor(language: "en")
    let terms = english.candidates(in: ["It was Kim Jong Un.", "It was Kim Jong Un.", "It was Kim."])
    let forms = Set(terms.map(\.form))
    #expect(forms.contains("Kim Jong Un") && forms.contains("Kim"))
    #expect(!forms.contains("Jong Un") && !forms.contains("Jong"))
    #expect(terms.first?.form == "Kim Jong Un")  // highest C-value
  }

  @Test func germanMorphologyHelpers() {
    #expect(TermExtractor.adjectiveBase("speziellen") == "spezielle")
    #expect(TermExtractor.adjectiveBase("neues") == "neue")
    #expect(TermExtractor.isRelationalAdjective("territorialen"))
    #expect(TermExtractor.isRelationalAdjective("russischer"))
    #expect(!TermExtractor.isRelationalAdjective("zunehmender"))
  }
}
