import Testing
@testable import Alignment

/// Sentence ends where the text runs on, and the cost the second pass learns
/// for cutting a link there (`ScoringParameters.learningRunOns`).
@Suite struct RunOnTests {
  @Test(arguments: [
    ("Le temps finit par s' améliorer ;", "toutes les forces se mirent au travail .", true),
    ("Orell Füssli 1956 ) vorliegt , bringt nach den gehaltvollen Berichten ,", "Neues .", true),
    ("Sherpa-Liste Nr.57 )", "und am 11. Mai Kato und Higeta .", true),
    ("\"I can lick you!\"", "\"I'd like to see you try it.\"", false),
    ("Die erfolgreichen Bergsteiger waren :", "Hartog , J. Brown und Dr. Tom Patey .", false),
    ("Er ging.", "« Wohin ? »", false),
    ("Er ging.", "« wohin ? »", true),
  ])
  func runsOn(sentence: String, next: String, expected: Bool) {
    #expect(FeatureExtractor.runsOn(sentence, into: next) == expected)
  }

  /// One link per sentence, except that the sentences at `merged` are joined
  /// with the next one: the links end everywhere but there.
  private func ends(count: Int, merged: Set<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for k in 0..<count where !merged.contains(k) {
      result.append(start..<k + 1)
      start = k + 1
    }
    return result
  }

  @Test func runOnsThatTheLinksNeverCutCost() {
    // Every fourth sentence runs on, and no link ends there.
    let runsOn = (0..<200).map { $0 % 4 == 0 }
    let penalty = ScoringParameters.runOnPenalty(ends: ends(count: 200, merged: Set((0..<200).filter { $0 % 4 == 0 })),
                                                 runsOn: runsOn)
    #expect(penalty > 1.5)
  }

  @Test func runOnsCutLikeAnyOtherEndCostNothing() {
    // Links end at every sentence, run-on or not (dialogue turns in lower case).
    let runsOn = (0..<200).map { $0 % 4 == 0 }
    #expect(ScoringParameters.runOnPenalty(ends: ends(count: 200, merged: []), runsOn: runsOn) < 1e-9)
    // A text without run-ons has nothing to learn.
    let none = [Bool](repeating: false, count: 200)
    #expect(ScoringParameters.runOnPenalty(ends: ends(count: 200, merged: [3, 9]), runsOn: none) < 1e-9)
  }

  @Test func fewRunOnsTeachLittle() {
    let runsOn = (0..<200).map { $0 == 10 }
    let one = ScoringParameters.runOnPenalty(ends: ends(count: 200, merged: [10]), runsOn: runsOn)
    let many = ScoringParameters.runOnPenalty(ends: ends(count: 200, merged: Set((0..<200).filter { $0 % 4 == 0 })),
                                              runsOn: (0..<200).map { $0 % 4 == 0 })
    #expect(one > 0)
    #expect(one < many / 2)
  }
}
