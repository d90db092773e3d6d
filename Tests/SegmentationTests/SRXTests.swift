import Foundation
import Testing
@testable import Segmentation

/// SRX files written for these tests live in Fixtures/SRX.
private func fixture(_ name: String) throws -> [UInt8] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/SRX/\(name)")
  return Array(try Data(contentsOf: url))
}

private func segments(_ text: String, _ rules: SRXRules, _ language: String) throws -> [String] {
  let segmenter = SentenceSegmenter(srx: try SRXSegmenter(rules: rules, language: language))
  return try segmenter.sentences(in: text).map(\.text)
}

@Suite struct SRXParsingTests {
  @Test func readsAnOkapiStyleFile() throws {
    let rules = try SRXParser.parse(try fixture("okapi-style.srx"), name: "okapi-style.srx")
    #expect(rules.cascade)
    #expect(rules.languageRules.map(\.name) == ["German", "Default"])
    #expect(rules.languageRules[0].rules.count == 4)
    #expect(rules.languageRules[0].rules[3].afterBreak == "")
    let last = try #require(rules.languageRules[1].rules.last)
    #expect(last.breaks)  // break defaults to yes
    #expect(last.afterBreak == "\\s+(?=[A-Z])")  // from CDATA
    #expect(rules.maps.map(\.languageRuleName) == ["German", "Default"])
  }

  @Test func readsSRX10MapRules() throws {
    let rules = try SRXParser.parse(try fixture("srx10-maprule.srx"), name: "srx10.srx")
    #expect(!rules.cascade)
    let segmenter = try SRXSegmenter(rules: rules, language: "en-GB")
    #expect(segmenter.languageRuleNames == ["English"])  // no cascade: the first map only
    #expect(try SRXSegmenter(rules: rules, language: "fr").languageRuleNames == ["Basic"])
  }

  @Test(arguments: [
    ("bad-regex.srx", "bad-regex.srx:7: the regex '[\\.\\?' cannot be compiled"),
    ("unknown-rule.srx", "unknown-rule.srx:11: <languagemap> names languagerulename=\"German\""),
    ("bad-break.srx", "bad-break.srx:6: break=\"maybe\""),
    ("malformed.srx", "malformed.srx:6:"),
  ])
  func namesFileLineAndWhatToDo(file: String, message: String) throws {
    do {
      let rules = try SRXParser.parse(try fixture(file), name: file)
      _ = try SRXSegmenter(rules: rules, language: "de")
      Issue.record("\(file) was accepted")
    } catch {
      let description = "\(error)"
      #expect(description.hasPrefix(message), "\(description)")
    }
  }

  @Test func rejectsAnotherRootElement() {
    #expect(throws: SRXError.notSRX(file: "x.tmx", root: "tmx")) {
      try SRXParser.parse(Array("<tmx version=\"1.4\"><body/></tmx>".utf8), name: "x.tmx")
    }
  }

  @Test func noMapForTheLanguage() throws {
    let rules = try SRXParser.parse(try fixture("okapi-style.srx"), name: "u.srx").withMaps([])
    #expect(throws: SRXError.noRulesForLanguage(file: "u.srx", language: "de")) {
      try SRXSegmenter(rules: rules, language: "de")
    }
  }

  @Test func writtenRulesReadBackEqual() throws {
    for rules in [SRXRules.omegat, SRXRules.tandem(["de": SegmentationRules.builtin(for: "de")!])] {
      let xml = SRXWriter.xml(rules, comment: "a -- comment")
      var back = try SRXParser.parse(Array(xml.utf8), name: rules.name)
      back.languageRules = back.languageRules.map { rule in
        SRXRules.LanguageRule(name: rule.name, rules: rule.rules.map { SRXRules.Rule(breaks: $0.breaks, beforeBreak: $0.beforeBreak, afterBreak: $0.afterBreak) })
      }
      back.maps = back.maps.map { SRXRules.LanguageMap(pattern: $0.pattern, languageRuleName: $0.languageRuleName) }
      #expect(back == rules)
    }
  }
}

@Suite struct SRXApplyingTests {
  @Test func firstMatchingRuleDecides() throws {
    let rules = try SRXParser.parse(try fixture("okapi-style.srx"), name: "okapi-style.srx")
    #expect(try segments("Wir sahen z. B. Bären. Dann A. Meyer. Dann gingen wir.", rules, "de")
      == ["Wir sahen z. B. Bären.", "Dann A. Meyer.", "Dann gingen wir."])
    // Default: a period before a lowercase word does not break; ! and ?! do.
    #expect(try segments("Er kam. und ging! Wer?! Keiner.", rules, "fr")
      == ["Er kam. und ging!", "Wer?!", "Keiner."])
    // A closing quote stays with its sentence; ";" breaks only before a capital.
    #expect(try segments("Er rief: „Halt!“ Dann ging er; Sie blieb; sie schwieg.", rules, "fr")
      == ["Er rief: „Halt!“", "Dann ging er;", "Sie blieb; sie schwieg."])
  }

  @Test func quotedLiteralNeverBreaks() throws {
    let rules = try SRXParser.parse(try fixture("okapi-style.srx"), name: "okapi-style.srx")
    #expect(try segments("Viele (u.a.) Gäste. Kamen.", rules, "de") == ["Viele (u.a.) Gäste.", "Kamen."])
  }

  @Test func paragraphsEndAtBlankLinesAndSpanLineBreaks() throws {
    let text = "Eine Überschrift\nDer Satz geht weiter. Zweiter Satz.\n\nNeuer Absatz."
    let sentences = try SentenceSegmenter(srx: try SRXSegmenter(rules: .omegat, language: "de")).sentences(in: text)
    #expect(sentences.map(\.text) == ["Eine Überschrift\nDer Satz geht weiter.", "Zweiter Satz.", "Neuer Absatz."])
    #expect(sentences.map(\.paragraph) == [0, 0, 1])
  }
}

@Suite struct OmegaTRulesTests {
  @Test(arguments: [
    ("Am 3. Mai kam er. Im Jahr 2019. Danach nicht.", ["Am 3. Mai kam er.", "Im Jahr 2019. Danach nicht."]),
    ("Die USA. Dann Kanada. Prof. Dr. Meyer sprach z. B. viel.",
     ["Die USA. Dann Kanada.", "Prof. Dr. Meyer sprach z. B. viel."]),
    ("Er kam! dann ging er. Sie sagte: „Wir kommen.“ Dann gingen sie.",
     ["Er kam!", "dann ging er.", "Sie sagte: „Wir kommen.“ Dann gingen sie."]),
    // German rules come first in the cascade, so Default's "..." exception never applies.
    ("Er sagte \"Nein.\" Dann ging er. Das Ende... aber nein.", ["Er sagte \"Nein.\"", "Dann ging er.", "Das Ende...", "aber nein."]),
  ])
  func german(text: String, expected: [String]) throws {
    #expect(try segments(text, .omegat, "de") == expected)
  }

  @Test(arguments: [
    ("Mr. Smith met Dr. Watson at 5 p.m. on Main St. in the U.K. They talked.",
     ["Mr. Smith met Dr. Watson at 5 p.m. on Main St. in the U.K. They talked."]),
    ("Apples etc. are fruit. Apples etc. They are sweet.", ["Apples etc. are fruit.", "Apples etc.", "They are sweet."]),
    ("He won No. 5 in 1917. He was glad.", ["He won No. 5 in 1917.", "He was glad."]),
    ("John F. Kennedy was born. 2.1 Methods We show it.", ["John F. Kennedy was born.", "2.1 Methods We show it."]),
  ])
  func english(text: String, expected: [String]) throws {
    #expect(try segments(text, .omegat, "en-US") == expected)
  }

  @Test func cascadesIntoDefaultTextAndHTML() throws {
    #expect(try SRXSegmenter(rules: .omegat, language: "de-AT").languageRuleNames == ["German", "Default", "Text", "HTML"])
    #expect(try SRXSegmenter(rules: .omegat, language: "fr").languageRuleNames == ["Default", "Text", "HTML"])
  }
}

@Suite struct JavaRegexTests {
  @Test(arguments: [
    ("\\s", "[\\t\\n\\x{0B}\\f\\r\\x{20}]"),
    ("[^\\d.]", "[^[0-9].]"),
    ("\\p{Lu}\\.", "\\p{Lu}\\."),
    ("\\p{javaLowerCase}", "[\\p{Lowercase}]"),
    ("\\p{Punct}", "[!-/:-@\\[-`{-~]"),
    ("\\p{IsLatin}\\p{InGreek}", "\\p{Latin}\\p{Block=Greek}"),
    ("\\Q(u.a.)\\E", "\\(u\\.a\\.\\)"),
    ("(?iu)e\\.g\\.", "(?i)e\\.g\\."),
    ("(?U)\\s", "(?U)\\s".replacingOccurrences(of: "(?U)", with: "")),
    ("a++(?>b)", "a++(?>b)"),
  ])
  func translates(java: String, icu: String) {
    #expect(JavaRegex.icuPattern(java) == icu)
  }

  @Test func asciiClassesStayASCII() throws {
    // Java's \s does not match a no-break space, ICU's would.
    let regex = try NSRegularExpression(pattern: JavaRegex.icuPattern("a\\sb"))
    #expect(regex.firstMatch(in: "a\u{A0}b", range: NSRange(location: 0, length: 3)) == nil)
    #expect(regex.firstMatch(in: "a b", range: NSRange(location: 0, length: 3)) != nil)
  }
}

extension SRXRules {
  fileprivate func withMaps(_ maps: [LanguageMap]) -> SRXRules {
    var copy = self
    copy.maps = maps
    return copy
  }
}
