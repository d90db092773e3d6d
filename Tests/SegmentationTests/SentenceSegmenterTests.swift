import Testing
@testable import Segmentation

/// Sentences of `text` as strings.
func split(_ text: String, _ language: String = "de") throws -> [String] {
  try SentenceSegmenter(language: language).sentences(in: text).map(\.text)
}

@Suite struct SentenceSegmenterTests {
  @Test func icuSplitsPlainSentences() throws {
    #expect(try split("Hi there. Bye now.", "en") == ["Hi there.", "Bye now."])
  }

  // MARK: Lines and paragraphs

  @Test func blankLineEndsAParagraph() throws {
    let sentences = try SentenceSegmenter(language: "de").sentences(in: "Eins. Zwei.\nDrei.\n\n\nVier.")
    #expect(sentences.map(\.text) == ["Eins.", "Zwei.", "Drei.", "Vier."])
    #expect(sentences.map(\.paragraph) == [0, 0, 0, 1])
  }

  @Test func withoutBlankLinesEachLineIsAParagraph() throws {
    let sentences = try SentenceSegmenter(language: "de").sentences(in: "Eins. Zwei.\nDrei.\nVier")
    #expect(sentences.map(\.paragraph) == [0, 0, 1, 2])
  }

  @Test func leadingAndTrailingBlankLinesDoNotMakeParagraphsOfLines() throws {
    let sentences = try SentenceSegmenter(language: "de").sentences(in: "\n\nEins.\nZwei.\n\n")
    #expect(sentences.map(\.paragraph) == [0, 1])
  }

  @Test func paragraphSeparatorEndsAParagraph() throws {
    let sentences = try SentenceSegmenter(language: "de").sentences(in: "Eins.\n\nZwei.\u{2029}Drei.")
    #expect(sentences.map(\.paragraph) == [0, 1, 2])
  }

  @Test func headingAndCaptionAreSentencesOfTheirOwn() throws {
    #expect(try split("Gipfel in Pjöngjang\nPutin und Kim unterzeichnen ein Abkommen. Es gilt sofort.")
      == ["Gipfel in Pjöngjang", "Putin und Kim unterzeichnen ein Abkommen.", "Es gilt sofort."])
    #expect(try split("features\ncontact manager\nevents, activities\n", "en")
      == ["features", "contact manager", "events, activities"])
  }

  @Test func noSentenceSpansALineThatEndsWithFinalPunctuation() throws {
    #expect(try split("Er traf Dr.\nMüller kam später.") == ["Er traf Dr.", "Müller kam später."])
    #expect(try split("Er sagte: „Komm.“\ndann ging er.") == ["Er sagte: „Komm.“", "dann ging er."])
  }

  @Test func softWrappedLinesContinue() throws {
    // A trailing space (format=flowed), a comma or a semicolon continues the sentence.
    #expect(try split("Es war eine kalte \nNacht in der Stadt.") == ["Es war eine kalte \nNacht in der Stadt."])
    #expect(try split("»Ach, du bist's,« sagte sie,\n»ich weine.«") == ["»Ach, du bist's,« sagte sie,\n»ich weine.«"])
    #expect(try split("erstens;\nzweitens.") == ["erstens;\nzweitens."])
  }

  @Test func listItemsAreNotJoinedBySoftWraps() throws {
    #expect(try split("• einige Sorten Käse  \n• rohes Fleisch  \n- Salat \n1. Eier")
      == ["• einige Sorten Käse", "• rohes Fleisch", "- Salat", "1. Eier"])
  }

  @Test func crAndCRLFAreLineBreaks() throws {
    let text = "Titel\r\nErster Satz. Zweiter Satz.\rDritter"
    let sentences = try SentenceSegmenter(language: "de").sentences(in: text)
    #expect(sentences.map(\.text) == ["Titel", "Erster Satz.", "Zweiter Satz.", "Dritter"])
    let utf16 = Array(text.utf16)
    for sentence in sentences {
      #expect(String(decoding: utf16[sentence.range], as: UTF16.self) == sentence.text)
    }
  }

  @Test func sentencesKeepUTF16OffsetsWithNonBMPCharacters() throws {
    let text = "Ein 😀 Lächeln. Danach 𝄞 Musik."
    let sentences = try SentenceSegmenter(language: "de").sentences(in: text)
    #expect(sentences.map(\.text) == ["Ein 😀 Lächeln.", "Danach 𝄞 Musik."])
    #expect(sentences.map(\.range) == [0..<15, 16..<32])
  }

  // MARK: Languages without rules

  @Test func languageWithoutRulesFallsBackToICU() throws {
    let segmenter = SentenceSegmenter(language: "fr")
    #expect(!segmenter.hasRules)
    #expect(try segmenter.sentences(in: "Bonjour. Ça va ?\nTitre") .map(\.text) == ["Bonjour.", "Ça va ?", "Titre"])
    #expect(SentenceSegmenter(language: "de-CH").hasRules)
    #expect(SentenceSegmenter(language: "en-GB").hasRules)
  }
}
