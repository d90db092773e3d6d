import Alignment
import Testing
@testable import Terminology

@Suite struct GlossaryBuilderTests {
  /// A hand-made bitext: each German term occurs with its translation and with distractors.
  static let pairs = [
    AlignedPair(source: "Russland führt die spezielle Militäroperation fort.",
                target: "Russia continues the special military operation."),
    AlignedPair(source: "Die Ziele der speziellen Militäroperation bleiben unklar.",
                target: "The aims of the special military operation remain unclear."),
    AlignedPair(source: "Das Partnerschaftsabkommen wurde in Pjöngjang unterzeichnet.",
                target: "The partnership agreement was signed in Pyongyang."),
    AlignedPair(source: "Einzelheiten des Partnerschaftsabkommens sind unklar.",
                target: "Details of the partnership agreement are unclear."),
    AlignedPair(source: "Nordkorea steht unter Sanktionen des UN-Sicherheitsrates.",
                target: "North Korea is under sanctions from the UN Security Council."),
    AlignedPair(source: "Nord Korea im Rahmen des Deals.", target: "North Korea under the deal."),
  ]

  static let dictionary = BilingualDictionary([
    "russland": ["Russia"], "partnerschaft": ["partnership"], "abkommen": ["agreement", "accord"],
    "sicherheitsrat": ["security council"], "nordkorea": ["North Korea"], "militäroperation": ["military operation"],
    "speziell": ["special"], "ziel": ["aim", "goal"], "sanktion": ["sanction"], "sanktionen": ["sanctions"],
    "einzelheiten": ["details"], "deal": ["deal"],
  ])

  func pair(_ source: String, in entries: [GlossaryEntry]) -> String? {
    entries.first { $0.source == source }?.target
  }

  @Test func pairsTermsAcrossLinks() throws {
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary)
      .build(from: Self.pairs)
    #expect(pair("spezielle Militäroperation", in: entries) == "special military operation")
    #expect(pair("Partnerschaftsabkommen", in: entries) == "partnership agreement")
    #expect(pair("UN-Sicherheitsrat", in: entries) == "UN Security Council")
    #expect(pair("Nordkorea", in: entries) == "North Korea")
    #expect(pair("Pjöngjang", in: entries) == "Pyongyang")  // a cognate, not in the dictionary
    let entry = try #require(entries.first { $0.source == "Partnerschaftsabkommen" })
    #expect(entry.frequency == 2)
    #expect(entry.confidence > 0.9)
    #expect(entry.sourceVariants.contains("Partnerschaftsabkommens"))
    #expect(entry.example == Self.pairs[2])
  }

  @Test func groupsVariantsUnderOneEntry() throws {
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary)
      .build(from: Self.pairs)
    let entry = try #require(entries.first { $0.source == "Nordkorea" })
    #expect(Set(entry.sourceVariants) == ["Nordkorea", "Nord Korea"])
    #expect(entry.frequency == 2)
    #expect(entries.filter { $0.target == "North Korea" }.count == 1)
  }

  @Test func withoutADictionaryCognatesAndCoOccurrenceStillPair() {
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en").build(from: Self.pairs)
    #expect(pair("Nordkorea", in: entries) == "North Korea")
    #expect(pair("Pjöngjang", in: entries) == "Pyongyang")
    #expect(pair("spezielle Militäroperation", in: entries) == "special military operation")
  }

  @Test func unrelatedTermsAreNotPairedOnASingleCoOccurrence() {
    let pairs = [AlignedPair(source: "Der Gipfel fand statt.", target: "The meeting happened.")]
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en").build(from: pairs)
    #expect(entries.isEmpty)
  }

  @Test func curatedEntriesWinOverExtractedOnes() throws {
    let curated = [
      CuratedTerm(source: "Partnerschaftsabkommen", target: "partnership treaty", note: "house style"),
      CuratedTerm(source: "Sanktion", target: "sanction"),
      CuratedTerm(source: "Zollunion", target: "customs union"),
    ]
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary,
                                  curated: curated).build(from: Self.pairs)
    let entry = try #require(entries.first { $0.source == "Partnerschaftsabkommen" })
    #expect(entry.target == "partnership treaty")
    #expect(entry.origin == .curated)
    #expect(entry.note == "house style")
    #expect(entries.filter { $0.source == "Partnerschaftsabkommen" }.count == 1)
    #expect(entries.contains { $0.source == "Sanktion" && $0.origin == .curated })  // found as "Sanktionen"
    #expect(!entries.contains { $0.source == "Zollunion" })  // not in the text
  }

  @Test func minimumFrequencyFilters() {
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary,
                                  minFrequency: 2).build(from: Self.pairs)
    #expect(entries.allSatisfy { $0.frequency >= 2 })
    #expect(pair("Pjöngjang", in: entries) == nil)
  }

  @Test func unlinkedSourceTextCountsForFrequencyNotForPairing() throws {
    let pairs = Self.pairs + [AlignedPair(source: "Das Partnerschaftsabkommen gilt.", target: "")]
    let entries = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary)
      .build(from: pairs)
    let entry = try #require(entries.first { $0.source == "Partnerschaftsabkommen" })
    #expect(entry.frequency == 3)
    #expect(entry.confidence > 0.9)
  }
}
