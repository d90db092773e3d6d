import Testing
@testable import Alignment

/// The bead scorer on hand-made sentences: names and numbers are shared keys,
/// so these tests need no dictionary.
@Suite struct ScorerTests {
  func scorer(_ source: [String], _ target: [String], ratio: Double = 1) -> BeadScorer {
    var extractor = FeatureExtractor()
    let s = extractor.features(of: source, paragraphs: nil, language: "de")
    let t = extractor.features(of: target, paragraphs: nil, language: "en")
    let index = MatchIndex(source: s, target: t, translations: [[Int32]](repeating: [], count: s.stems.count))
    let pairs = PairScores(source: s, index: index, windows: Array(repeating: 0..<t.count, count: s.count),
                           targetCount: t.count)
    return BeadScorer(source: s, target: t, pairs: pairs, parameters: ScoringParameters(),
                      lengthRatio: ratio, lengthVariance: 6.8, usesParagraphs: false)
  }

  @Test func similarityCountsSharedNumbersAndNames() {
    let s = scorer(["Pjöngjang meldet 1.250 Gäste.", "Es regnet."], ["Pjongjang reports 1,250 guests.", "Sunny."])
    #expect(s.similarity(0, 1, 0, 1) > 0.3)
    #expect(s.similarity(1, 1, 1, 1) == 0)
    #expect(s.similarity(0, 1, 1, 1) < s.similarity(0, 1, 0, 1))
    #expect(s.similarity(0, 1, 0, 0) == 0)
  }

  @Test func lengthCostPrefersProportionalLengths() {
    let s = scorer([String(repeating: "a", count: 100), String(repeating: "b", count: 20)],
                   [String(repeating: "c", count: 105), String(repeating: "d", count: 20)])
    #expect(s.lengthCost(0, 1, 0, 1) < 1)
    #expect(s.lengthCost(0, 1, 1, 1) > 5)
    #expect(s.lengthCost(0, 2, 0, 2) < s.lengthCost(0, 1, 0, 2))
  }

  @Test func matchingBeadCostsLessThanDeletingBothSides() {
    let s = scorer(["Berlin 1989: Mauerfall."], ["Berlin 1989: the wall falls."])
    let pair = s.cost(0, 1, 0, 1, shape: 0)
    let deleted = s.cost(0, 1, 0, 0, shape: 1) + s.cost(1, 0, 0, 1, shape: 2)
    #expect(pair < deleted)
  }
}

/// Runs of 1-0 / 0-1 links: cheap to extend over sentences repeated verbatim.
@Suite struct GapExtensionTests {
  @Test func repeatedLongSentencesExtendRunsCheaply() {
    let long = "Der Vertrag über die Grenze wurde am Montag in Berlin unterzeichnet."
    let source = [long, "Ja.", "Ein anderer Satz, der lang genug ist, aber nur einmal vorkommt.", long, "Ja."]
    let target = ["The treaty was signed.", "Yes."]
    var extractor = FeatureExtractor()
    let s = extractor.features(of: source, paragraphs: nil, language: "de")
    let t = extractor.features(of: target, paragraphs: nil, language: "en")
    #expect(s.repeated == [true, false, false, true, false])
    #expect(t.repeated == [false, false])
    let index = MatchIndex(source: s, target: t, translations: [[Int32]](repeating: [], count: s.stems.count))
    let pairs = PairScores(source: s, index: index, windows: Array(repeating: 0..<t.count, count: s.count),
                           targetCount: t.count)
    let scorer = BeadScorer(source: s, target: t, pairs: pairs, parameters: ScoringParameters(),
                            lengthRatio: 1, lengthVariance: 6.8, usesParagraphs: false)
    #expect(scorer.gapExtension(source: true, at: 0) < scorer.gapExtension(source: true, at: 2))
    #expect(scorer.gapExtension(source: true, at: 1) == ScoringParameters().gapExtension)
    #expect(scorer.gapExtension(source: false, at: 0) == ScoringParameters().gapExtension)
  }
}
