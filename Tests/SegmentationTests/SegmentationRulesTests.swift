import Testing
@testable import Segmentation

@Suite struct SegmentationRulesTests {
  @Test func shippedRulesParse() throws {
    for (name, text) in SegmentationRules.embeddedFiles {
      var rules = SegmentationRules()
      if name.hasSuffix(".abbreviations.txt") {
        try rules.add(abbreviationsFile: text, name: name)
        #expect(rules.abbreviations.count > 50, "\(name)")
      } else {
        try rules.add(wordsFile: text, name: name)
        #expect(rules.starters.count > 50, "\(name)")
      }
    }
    #expect(SegmentationRules.builtinLanguages == ["de", "en"])
    #expect(SegmentationRules.builtin(for: "de")?.ordinalPeriod == true)
    #expect(SegmentationRules.builtin(for: "en")?.ordinalPeriod == false)
    #expect(SegmentationRules.builtin(for: "fr") == nil)
  }

  @Test func userAbbreviationsExtendTheShippedOnes() throws {
    let text = "Der Zug hält an Bstg. Nord. Dann fährt er."
    #expect(try split(text) == ["Der Zug hält an Bstg.", "Nord.", "Dann fährt er."])
    var rules = try #require(SegmentationRules.builtin(for: "de"))
    try rules.add(abbreviationsFile: "# mine\n[title]\nBstg.\n", name: "mine.txt")
    let sentences = try SentenceSegmenter(language: "de", rules: rules).sentences(in: text)
    #expect(sentences.map(\.text) == ["Der Zug hält an Bstg. Nord.", "Dann fährt er."])
    #expect(try split("Wir kamen am 3. Jan. zurück.") == ["Wir kamen am 3. Jan. zurück."])
  }

  @Test func userAbbreviationMatchesSpacedAndCapitalised() throws {
    var rules = SegmentationRules()
    try rules.add(abbreviationsFile: "[inner]\nv. l. n. r.\n", name: "mine.txt")
    let segmenter = SentenceSegmenter(language: "de", rules: rules)
    #expect(try segmenter.sentences(in: "Auf dem Bild v.l.n.r. Anna und Paul.").count == 1)
    #expect(try segmenter.sentences(in: "V. l. n. r. Anna und Paul.").count == 1)
  }

  @Test func userWordsAddStarters() throws {
    var rules = SegmentationRules()
    try rules.add(abbreviationsFile: "[inner]\nggf.\n", name: "a.txt")
    let segmenter = SentenceSegmenter(language: "de", rules: rules)
    #expect(try segmenter.sentences(in: "Wir kommen ggf. Morgen reden wir.").count == 1)
    try rules.add(wordsFile: "[starters]\nMorgen\n", name: "w.txt")
    #expect(try SentenceSegmenter(language: "de", rules: rules).sentences(in: "Wir kommen ggf. Morgen reden wir.").count == 2)
  }

  @Test func malformedRuleFilesNameFileAndLine() {
    var rules = SegmentationRules()
    #expect(throws: RulesError.entryOutsideSection(file: "a.txt", line: 2)) {
      try rules.add(abbreviationsFile: "# comment\nz. B.\n", name: "a.txt")
    }
    #expect(throws: RulesError.unknownSection(file: "a.txt", line: 1, section: "middle",
                                              expected: ["title", "number", "inner", "final"])) {
      try rules.add(abbreviationsFile: "[middle]\n", name: "a.txt")
    }
    #expect(throws: RulesError.malformedAbbreviation(file: "a.txt", line: 3, entry: "zB")) {
      try rules.add(abbreviationsFile: "[inner]\nz. B.\nzB\n", name: "a.txt")
    }
    #expect(throws: RulesError.unknownOption(file: "w.txt", line: 2, option: "fast")) {
      try rules.add(wordsFile: "[options]\nfast\n", name: "w.txt")
    }
    #expect(RulesError.entryOutsideSection(file: "a.txt", line: 2).description.hasPrefix("a.txt:2: "))
  }
}
