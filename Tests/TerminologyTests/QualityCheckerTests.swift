import Alignment
import Testing
@testable import Terminology

@Suite struct QualityCheckerTests {
  static let dictionary = BilingualDictionary([
    "russland": ["Russia"], "nordkorea": ["North Korea"], "china": ["China"], "usa": ["USA", "US", "United States"],
    "unterzeichnen": ["sign"], "abkommen": ["agreement"], "sanktion": ["sanction"], "gipfel": ["summit"],
    "partnerschaft": ["partnership"], "mittwoch": ["Wednesday"], "besuch": ["visit"], "jahr": ["year"],
    "gäste": ["guests"], "führer": ["leader"], "ziel": ["aim"], "einzelheit": ["detail"],
  ])

  func check(_ pairs: [AlignedPair], glossary: [CuratedTerm] = []) -> [QAFinding] {
    QualityChecker(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary, glossary: glossary)
      .check(pairs)
  }

  func rules(_ findings: [QAFinding]) -> Set<QAFinding.Rule> { Set(findings.map(\.rule)) }

  @Test func aFaithfulLinkHasNoFindings() {
    let findings = check([AlignedPair(source: "Am Mittwoch unterzeichneten die USA und China ein Abkommen.",
                                      target: "On Wednesday the US and China signed an agreement.")])
    #expect(findings.isEmpty)
  }

  @Test func namesThatDifferAreErrors() throws {
    // The second link witnesses "China" as a name of this text.
    let findings = check([AlignedPair(source: "Am Mittwoch unterzeichneten die USA und China ein Abkommen.",
                                      target: "On Wednesday Russia and North Korea signed an agreement."),
                          AlignedPair(source: "Ein Gipfel mit China.", target: "A summit with China.")])
    let names = findings.filter { $0.rule == .nameMismatch }
    #expect(names.allSatisfy { $0.link == 0 })
    #expect(names.allSatisfy { $0.severity == .error })
    #expect(names.contains { $0.message.contains("USA") && $0.message.contains("China") })
    #expect(names.contains { $0.message.contains("Russia") && $0.message.contains("North") })
  }

  @Test func numbersThatDifferAreErrors() throws {
    let findings = check([
      AlignedPair(source: "Der erste Besuch seit 24 Jahren, 1.000 Gäste.", target: "The first visit in 24 years, 1,000 guests."),
      AlignedPair(source: "Der erste Besuch seit 24 Jahren.", target: "The first visit in 42 years."),
    ])
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.link == 1 && finding.rule == .numberMismatch && finding.severity == .error)
    #expect(finding.message.contains("24") && finding.message.contains("42"))
  }

  @Test func emptyAndUntranslatedTargets() {
    let findings = check([
      AlignedPair(source: "Der Gipfel beginnt.", target: "The summit begins."),
      AlignedPair(source: "Die Sanktionen bleiben.", target: ""),
      AlignedPair(source: "Die Sanktionen bleiben.", target: "Die Sanktionen bleiben."),
      AlignedPair(source: "", target: "An extra sentence."),
    ])
    let omission = findings.filter { $0.link == 1 }.map { [$0.rule.rawValue, $0.severity.description] }
    let untranslated = findings.filter { $0.link == 2 }.map { [$0.rule.rawValue, $0.severity.description] }
    let inserted = findings.filter { $0.link == 3 }.map { [$0.rule.rawValue, $0.severity.description] }
    #expect(omission == [["omission", "error"]])
    #expect(untranslated == [["untranslated", "error"]])
    #expect(inserted == [["insertion", "warning"]])
  }

  @Test func lowConfidenceLinksAreInfo() {
    let findings = check([AlignedPair(source: "Ein Gipfel.", target: "A summit.", confidence: 0.2)])
    #expect(findings.map(\.rule) == [.lowConfidence])
    #expect(findings.first?.severity == .info)
  }

  @Test func glossaryTermsMustBeTranslatedAsListed() {
    let glossary = [CuratedTerm(source: "Partnerschaftsabkommen", target: "partnership agreement")]
    let findings = check([
      AlignedPair(source: "Das Partnerschaftsabkommen gilt.", target: "The partnership agreement applies."),
      AlignedPair(source: "Einzelheiten des Partnerschaftsabkommens.", target: "Details of the partnership treaty."),
    ], glossary: glossary)
    #expect(findings.map(\.link) == [1])
    #expect(findings.first?.rule == .missingTerm && findings.first?.severity == .warning)
  }

  @Test func headingsGluedToASentenceAreWarnings() {
    let findings = check([AlignedPair(source: "Führer Kim Jong Un Am Mittwoch unterzeichneten die USA ein Abkommen.",
                                      target: "Leader Kim Jong Un On Wednesday the US signed an agreement.")])
    #expect(findings.filter { $0.rule == .gluedSegment }.count == 2)
    #expect(rules(findings) == [.gluedSegment])
  }

  @Test func errorsComeFirstWithinALink() {
    let findings = check([AlignedPair(source: "Seit 24 Jahren.", target: "For 25 years.", confidence: 0.1)])
    #expect(findings.map(\.severity) == [.error, .info])
  }
}
