import Alignment
import Testing
@testable import Terminology

/// One test per rule of the checker, each with a link the rule must flag and one it must not.
@Suite struct QARuleTests {
  static let dictionary = BilingualDictionary([
    "gipfel": ["summit"], "beginnen": ["begin"], "abkommen": ["agreement"], "unterzeichnen": ["sign"],
    "wecken": ["wake"], "uhr": ["clock"], "kasten": ["chest"], "ticken": ["tick"], "tag": ["day"],
    "herr": ["Mr", "gentleman", "lord", "master", "sir"], "kommen": ["come"], "schlafen": ["sleep"],
    "jahr": ["year"], "soldat": ["soldier"], "vater": ["father"], "haus": ["house"], "gehen": ["go"],
    "regen": ["rain"], "fallen": ["fall"], "stadt": ["town"], "stark": ["heavy"], "dann": ["then"],
  ])

  func check(_ pairs: [AlignedPair]) -> [QAFinding] {
    QualityChecker(sourceLanguage: "de", targetLanguage: "en", dictionary: Self.dictionary).check(pairs)
  }

  func rules(_ findings: [QAFinding], link: Int) -> [String] {
    findings.filter { $0.link == link }.map { "\($0.severity) \($0.rule.rawValue)" }
  }

  static let faithful = AlignedPair(source: "Der Gipfel beginnt.", target: "The summit begins.")

  @Test func omissionBetweenTwoSidedLinksIsAnErrorAtTheEdgeAWarning() {
    let gap = AlignedPair(source: "Die Uhr tickt.", target: "")
    let findings = check([gap, Self.faithful, gap, Self.faithful])
    #expect(rules(findings, link: 0) == ["warning omission"])
    #expect(rules(findings, link: 2) == ["error omission"])
  }

  @Test func repeatedSourceBlockIsOneFindingNamingBothRanges() throws {
    let block = ["Der Gipfel beginnt heute in der Stadt am Fluss.", "Der Vater geht mit dem Soldaten in das Haus.",
                 "Dann fällt der Regen stark auf die ganze Stadt."]
    let translations = ["The summit begins today in the town by the river.", "The father goes with the soldier into the house.",
                        "Then the rain falls heavily on the whole town."]
    var pairs = block.indices.map { i in
      AlignedPair(source: block[i], target: translations[i], sourceLines: i + 2...i + 2, targetLines: i + 1...i + 1)
    }
    pairs += block.enumerated().map { i, s in AlignedPair(source: s, target: "", sourceLines: i + 5...i + 5) }
    let findings = check(pairs)
    let finding = try #require(findings.first { $0.rule == .repeatedBlock })
    #expect(findings.count == 1)
    #expect(finding.links == 3..<6 && finding.severity == .warning)
    #expect(finding.sourceLines == 5...7 && finding.targetLines == nil)
    #expect(finding.message.hasPrefix("source lines 5–7 repeat lines 2–4"))
  }

  @Test func aBlockTheTranslationAlsoRepeatsIsNoFinding() {
    let block = ["Der Gipfel beginnt heute in der Stadt am Fluss.", "Der Vater geht mit dem Soldaten in das Haus.",
                 "Dann fällt der Regen stark auf die ganze Stadt."]
    let once = block.map { AlignedPair(source: $0, target: "The summit begins today in the town by the river, and more.") }
    #expect(!check(once + once).contains { $0.rule == .repeatedBlock })
  }

  @Test func aTargetSentenceGivenTwiceIsDuplicated() {
    let copy = AlignedPair(source: "", target: "The summit begins.")
    let findings = check([Self.faithful, copy, AlignedPair(source: "Der Tag beginnt.", target: "The day begins. The day begins.")])
    #expect(rules(findings, link: 1) == ["error duplicated-target"])
    #expect(rules(findings, link: 2) == ["error duplicated-target"])
  }

  @Test func anInsertedSentenceIsAWarning() {
    let findings = check([Self.faithful, AlignedPair(source: "", target: "It wasn't a dream at all.")])
    #expect(rules(findings, link: 1) == ["warning insertion"])
  }

  @Test func aTargetInTheSourceLanguageIsUntranslated() {
    let findings = check([
      AlignedPair(source: "Er sagte, dass er nicht mit ihr gehen werde.", target: "Er sagte, dass er nicht mit ihr gehen wird."),
      AlignedPair(source: "Er sagte, dass er nicht mit ihr gehen werde.", target: "He said that he would not go with her."),
    ])
    #expect(rules(findings, link: 0) == ["error untranslated"])
    #expect(rules(findings, link: 1).isEmpty)
  }

  /// 30 faithful links fit the length model; then a target cut short and one padded.
  @Test func lengthModelFindsTruncatedShortenedAndPaddedTargets() {
    let base = (0..<30).map { i in
      AlignedPair(source: "Der Vater geht am Tag \(i) mit dem Soldaten in das Haus.",
                  target: "The father goes on day \(i) with the soldier into the house.")
    }
    let source = "Der Vater geht am Tag mit dem Soldaten in das Haus, und dann fällt der Regen stark auf die ganze Stadt."
    let findings = check(base + [
      AlignedPair(source: source, target: "The father goes on that day with the"),
      AlignedPair(source: source, target: "The father goes."),
      AlignedPair(source: "Der Vater geht.", target: "The father goes, and then the heavy rain falls on the whole town, day after day, for a year and more, without end."),
    ])
    #expect(rules(findings, link: 30) == ["error truncation"])
    #expect(rules(findings, link: 31) == ["error omission"])
    #expect(rules(findings, link: 32) == ["warning length-ratio"])
    #expect(findings.allSatisfy { $0.link >= 30 })
  }

  /// An error when the aligner doubted the link, a warning (a free translation) when it did not.
  @Test func aTargetWithoutLexicalSupportIsAWrongSentence() {
    let source = "Der Vater geht mit dem Soldaten in das große Haus."
    let unrelated = "Curious questions puzzled everybody around Alice constantly."
    let findings = check([
      AlignedPair(source: source, target: unrelated, confidence: 0.2),
      AlignedPair(source: source, target: unrelated, confidence: 0.9),
      AlignedPair(source: source, target: "The father goes with the soldier into the big house."),
    ])
    #expect(rules(findings, link: 0).contains("error wrong-sentence"))
    #expect(rules(findings, link: 1).contains("warning wrong-sentence"))
    #expect(rules(findings, link: 2).isEmpty)
  }

  @Test(arguments: [
    ("Es waren fünf Soldaten.", "There were five soldiers.", false),
    ("Es waren fünf Soldaten.", "There were 5 soldiers.", false),
    ("Es waren 5 Soldaten.", "There were five soldiers.", false),
    ("Es waren fünfzehn Soldaten.", "There were five soldiers.", true),
    ("Es waren einundzwanzig Soldaten.", "There were twenty-one soldiers.", false),
    ("Es waren zweihundertfünfzig Soldaten.", "There were two hundred and fifty soldiers.", false),
    ("Es waren zweihundertfünfzig Soldaten.", "There were two hundred soldiers.", true),
    ("Es war halb sieben.", "It was half past six.", false),
    ("Die beiden Soldaten kamen.", "The two soldiers came.", false),
    ("Er sprach unter vier Augen.", "He spoke in private.", false),
    ("Seit 24 Jahren.", "For 42 years.", true),
    ("1 Verhaftung", "Arrest", false),
    ("Es waren 1 oder 2 Soldaten.", "There were 2 soldiers.", true),
  ])
  func numbersInDigitsAndWords(source: String, target: String, differ: Bool) {
    let findings = check([AlignedPair(source: source, target: target)])
    #expect(findings.contains { $0.rule == .numberMismatch && $0.severity == .error } == differ)
  }

  @Test(arguments: [
    ("einundzwanzig", 21), ("zweihundertfünfzig", 250), ("dreitausendeins", 3001), ("fünfzehn", 15),
    ("siebzehn", 17), ("hundert", 100), ("zwölf", 12), ("neunundneunzig", 99),
  ])
  func germanNumberWords(word: String, value: Int) {
    #expect(NumberWords.german(word) == value)
  }

  @Test(arguments: ["ein", "jahrhundert", "hunderte", "achtung", "elfenbein", "und"])
  func germanWordsThatAreNoNumbers(word: String) {
    #expect(NumberWords.german(word) == nil)
  }

  @Test func germanCompoundsAndTitlesTheDictionaryKnowsAreNoNames() {
    let findings = check([
      AlignedPair(source: "Dann tickte die Weckuhr auf dem Kasten.", target: "Then the alarm clock ticked on the chest."),
      AlignedPair(source: "Dann kam Herr Samsa.", target: "Then Samsa came."),
    ])
    #expect(!findings.contains { $0.rule == .nameMismatch })
  }

  @Test func aNameReplacedByAnotherIsAnError() {
    let findings = check([
      AlignedPair(source: "Dann schlief Gregor.", target: "Then Gregor slept."),
      AlignedPair(source: "Dann kam Gregor.", target: "Then Bartholomew came."),
    ])
    #expect(rules(findings, link: 0).isEmpty)
    #expect(rules(findings, link: 1) == ["error name-mismatch", "error name-mismatch"])
  }

  @Test func derivedNamesAndInitialsAreNoMismatch() {
    let findings = check([
      AlignedPair(source: "Dann kam ein Italiener.", target: "Then came a man from Italy."),
      AlignedPair(source: "Dann kam Gregor zu ihm.", target: "Then Gregor came to K."),
    ])
    #expect(!findings.contains { $0.rule == .nameMismatch })
  }

  @Test func aMainCharacterNamedOnOneSideOnlyIsInfo() {
    let named = (0..<5).map { _ in AlignedPair(source: "Dann schlief Gregor.", target: "Then Gregor slept.") }
    let findings = check(named + [AlignedPair(source: "Dann kam er.", target: "Then Gregor came.")])
    #expect(rules(findings, link: 5) == ["info name-mismatch"])
  }

  @Test func findingsCarryTheLinesOfTheirLink() throws {
    let findings = check([AlignedPair(source: "Seit 24 Jahren.", target: "For 42 years.", sourceLines: 24...25, targetLines: 23...23)])
    let finding = try #require(findings.first)
    #expect(finding.sourceLines == 24...25 && finding.targetLines == 23...23 && finding.link == 0)
  }
}
