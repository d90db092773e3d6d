import Foundation
import Testing
@testable import Alignment

/// Reasons for doubt, from the measures and from whole alignments, and doubt
/// on input that is not a text and its translation.
@Suite struct DoubtTests {
  func evidence(posterior: Double = 0.3, length: Double = 0.5, lexical: Double = 0.6, shifted: Double = 0,
                neighbour: Double = 1) -> LinkEvidence {
    LinkEvidence(posterior: posterior, copyPosterior: posterior, lengthCost: length, lexicalSupport: lexical,
                 shiftedSupport: shifted, neighbourPosterior: neighbour)
  }

  @Test func eachMeasureNamesItsReason() {
    let model = ConfidenceModel.standard
    #expect(model.reason(evidence(length: 12), isGap: false) == .length)
    #expect(model.reason(evidence(lexical: 0.02), isGap: false) == .lexical)
    #expect(model.reason(evidence(shifted: 0.5), isGap: false) == .shift)
    #expect(model.reason(evidence(posterior: 0.9, neighbour: 0.1), isGap: false) == .shift)
    // Two links competing for one sentence: each other's doubtful neighbour, but ambiguous.
    #expect(model.reason(evidence(posterior: 0.4, neighbour: 0.4), isGap: false) == .ambiguous)
    #expect(model.reason(evidence(posterior: 0.4), isGap: false) == .ambiguous)
    // Matching the neighbouring placement better explains poor lengths too.
    #expect(model.reason(evidence(length: 12, shifted: 0.3), isGap: false) == .shift)
    // A link without counterpart has no lengths or words to compare, and a
    // sentence of it that matches the next counterpart is a rival placement.
    #expect(model.reason(evidence(length: 12, lexical: 0), isGap: true) == .ambiguous)
    #expect(model.reason(evidence(shifted: 0.8), isGap: true) == .ambiguous)
  }

  @Test func confidenceFallsWithEachMeasure() {
    let model = ConfidenceModel.standard
    let clean = model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7), sourceCount: 1, targetCount: 1)
    #expect(model.confidence(evidence(posterior: 0.5, length: 0.3, lexical: 0.7), sourceCount: 1, targetCount: 1) < clean)
    // Length acts through the posterior and through `LinkReview`'s ceiling for
    // implausible lengths: given the posterior, the books showed no further
    // effect (the fitted coefficient is about 0), so the model has none to test.
    #expect(model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7, neighbour: 0.2), sourceCount: 1, targetCount: 1) < clean)
    #expect(model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7, shifted: 0.4), sourceCount: 1, targetCount: 1) < clean)
    var nextToIrregular = evidence(posterior: 0.95, length: 0.3, lexical: 0.7)
    nextToIrregular.irregularDistance = 1
    #expect(model.confidence(nextToIrregular, sourceCount: 1, targetCount: 1) < clean)
    // A 1-3 link is rarely right (none of the books' gold links is one).
    #expect(model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7), sourceCount: 1, targetCount: 3) < clean - 0.2)
  }

  func de(_ k: Int) -> String { "Im Bericht stehen \(k * 7 + 100) und \(k * 7 + 103) Namen." }
  func en(_ k: Int) -> String { "The report lists \(k * 7 + 100) and \(k * 7 + 103) names." }

  func align(_ source: [String], _ target: [String]) throws -> AlignmentResult {
    try Aligner(sourceLanguage: "de", targetLanguage: "en").align(source: source, target: target)
  }

  @Test func omittedSentenceIsAShift() throws {
    // Four sentences with nothing but their lengths to place them; the
    // translation leaves out the first. The bead that takes it in is a shift.
    var source = (0..<12).map(de), target = (0..<12).map(en)
    source[5...8] = ["Es regnete den ganzen Tag.", "Niemand kam zur Tür herein.", "Die Katze schlief am Ofen.",
                     "Draußen bellte laut ein Hund."]
    target[5...8] = ["It rained the whole day.", "Nobody came in at the door.", "The cat slept by the stove.",
                     "Outside a dog barked loudly."]
    target.remove(at: 5)
    let links = try align(source, target).links
    let covering = try #require(links.first { $0.source.contains(5) })
    #expect(covering.isLowConfidence && covering.reason == .shift, "\(covering)")
    // After it, a right link that nothing but its length supports.
    let next = try #require(links.first { $0.source.contains(7) })
    #expect(next.isLowConfidence && next.reason == .lexical, "\(next)")
    #expect(links.filter { !$0.isLowConfidence }.allSatisfy { $0.reason == nil })
  }

  @Test func wildlyLongTargetIsALengthDoubt() throws {
    var target = (0..<12).map(en)
    target[6] = Array(repeating: target[6], count: 6).joined(separator: " ")
    let links = try align((0..<12).map(de), target).links
    #expect(links.count == 12)
    #expect(links.filter(\.isLowConfidence).map(\.source) == [6..<7])
    #expect(links[6].reason == .length)
  }

  @Test func twoCandidatesForOneTranslationAreAmbiguous() throws {
    // Sentence 6 twice, not verbatim (so not a repeat): either may be the translated one.
    var source = (0..<12).map(de)
    source.insert(de(6).replacingOccurrences(of: ".", with: "!"), at: 7)
    let links = try align(source, (0..<12).map(en)).links
    // Both rivals are in doubt (either placement is as good: about even odds),
    // the links away from them are not.
    let rivals = links.filter { $0.source.lowerBound >= 6 && $0.source.upperBound <= 8 }
    #expect(rivals.count == 2 && rivals.allSatisfy { $0.confidence < 0.75 }, "\(rivals)")
    #expect(links.filter { $0.source.upperBound <= 5 || $0.source.lowerBound >= 9 }.allSatisfy { $0.confidence >= 0.85 })
    #expect(links.filter(\.isLowConfidence).allSatisfy { $0.reason == .ambiguous }, "\(links)")
  }

  @Test func unrelatedTextsMakeEveryLinkDoubtful() throws {
    let german = "Haus Baum Wasser Stadt Zeit Hand Leben Tag Welt Weg Frau Mann Kind Auge Nacht".split(separator: " ")
    let english = "river mountain chair window green yellow bread music storm letter table horse cloud".split(separator: " ")
    // A fixed pseudo-random choice of words and lengths (an LCG), the same on every run.
    var state: UInt64 = 1
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    func sentence(_ words: [Substring]) -> String {
      (0..<(3 + next(12))).map { _ in String(words[next(words.count)]) }.joined(separator: " ") + "."
    }
    let result = try align((0..<40).map { _ in sentence(german) }, (0..<40).map { _ in sentence(english) })
    #expect(result.warnings.contains { if case .fewLexicalMatches = $0 { true } else { false } })
    #expect(result.links.allSatisfy { $0.isLowConfidence && $0.reason == .lexical })
  }

  @Test func textFarLongerThanItsTranslationLeavesTheRestDoubtful() throws {
    let extra = (0..<40).map { "The river ran past the mountain and the window number \($0) for a long while." }
    let result = try align((0..<8).map(de), (0..<8).map(en) + extra)
    #expect(result.warnings.contains { if case .lengthMismatch = $0 { true } else { false } })
    let gaps = result.links.filter { $0.source.isEmpty || $0.target.isEmpty }
    #expect(gaps.count >= 30)
    #expect(gaps.allSatisfy { $0.isLowConfidence && $0.reason == .length })
  }

  @Test func emptySideMakesEveryLinkDoubtful() throws {
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en")
    let result = aligner.align(source: ["Ein Satz.", "Noch einer."], target: [])
    #expect(result.warnings == [.emptySide(isSource: false)])
    #expect(result.links.count == 2)
    #expect(result.links.allSatisfy { $0.isLowConfidence && $0.reason == .length })
  }

  @Test func warningsNameTheMeasureAndWhatToDo() {
    let mismatch = AlignmentWarning.lengthMismatch(sourceCharacters: 1000, targetCharacters: 4250).description
    #expect(mismatch.contains("1000 vs 4250 characters, a factor of 4.3") && mismatch.contains("Check"))
    let unrelated = AlignmentWarning.fewLexicalMatches(share: 0.12).description
    #expect(unrelated.contains("12%") && unrelated.contains("--dictionary"))
  }
}
