import Testing

@testable import Memory

@Suite struct FuzzyScorerTests {
  let scorer = FuzzyScorer()
  // Ten tokens: der vertrag wurde am 12 märz 2019 in berlin unterzeichnet
  let original = "Der Vertrag wurde am 12. März 2019 in Berlin unterzeichnet."

  func score(_ text: String) -> (score: Int, differences: [WordDifference]) {
    scorer.score(SegmentText.normalized(text), SegmentText.normalized(original))
  }

  @Test func exactMatchScores100() {
    #expect(score(original).score == 100)
    #expect(score("  Der Vertrag wurde am 12. März 2019 in  Berlin unterzeichnet.").score == 100)
  }

  @Test func anyDifferenceScoresBelow100() {
    #expect(score("Der Vertrag wurde am 12. März 2019 in Berlin unterzeichnet!").score == 99)  // punctuation
    #expect(score("der Vertrag wurde am 12. März 2019 in Berlin unterzeichnet.").score == 99)  // case
  }

  /// Hand-checked: a number is a placeable (distance 0) with a penalty of 2;
  /// one word of ten replaced is distance 1 → 90; a swap is two substitutions
  /// → 80; three of ten words dropped → 70.
  @Test func variantsScoreInTheExpectedOrderAndRanges() {
    let number = score("Der Vertrag wurde am 14. März 2019 in Berlin unterzeichnet.")
    let word = score("Der Vertrag wurde am 12. März 2019 in Moskau unterzeichnet.")
    let swapped = score("Der Vertrag wurde am 12. März 2019 Berlin in unterzeichnet.")
    let shorter = score("Der Vertrag wurde am 12. März unterzeichnet.")
    #expect(number.score == 98)
    #expect(word.score == 90)
    #expect(swapped.score == 80)
    #expect(shorter.score == 70)
    #expect(100 > number.score && number.score > word.score && word.score > swapped.score && swapped.score > shorter.score)
    #expect(number.differences == [WordDifference(kind: .number, query: "14", memory: "12")])
    #expect(word.differences == [WordDifference(kind: .replaced, query: "Moskau", memory: "Berlin")])
    #expect(shorter.differences == [
      WordDifference(kind: .extra, query: nil, memory: "2019"),
      WordDifference(kind: .extra, query: nil, memory: "in"),
      WordDifference(kind: .extra, query: nil, memory: "Berlin"),
    ])
  }

  @Test func tagsArePlaceablesWithAPenalty() {
    let a = scorer.score("Klicken Sie auf <b>OK</b>.", "Klicken Sie auf <i>OK</i>.")
    #expect(a.score == 98)
    #expect(a.differences.map(\.kind) == [.tag, .tag])
  }

  @Test func unrelatedSentencesScoreLow() {
    #expect(score("Heute regnet es in Hamburg den ganzen Tag.").score < 30)
  }
}
