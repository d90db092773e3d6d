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
    // A link without counterpart has no lengths or words to compare.
    #expect(model.reason(evidence(length: 12, lexical: 0), isGap: true) == .ambiguous)
  }

  @Test func confidenceFallsWithEachMeasure() {
    let model = ConfidenceModel.standard
    let clean = model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7), sourceCount: 1, targetCount: 1)
    #expect(model.confidence(evidence(posterior: 0.5, length: 0.3, lexical: 0.7), sourceCount: 1, targetCount: 1) < clean)
    #expect(model.confidence(evidence(posterior: 0.95, length: 9, lexical: 0.7), sourceCount: 1, targetCount: 1) < clean)
    #expect(model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7, neighbour: 0.2), sourceCount: 1, targetCount: 1) < clean)
    #expect(model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7, shifted: 0.4), sourceCount: 1, targetCount: 1) < clean)
    var nextToIrregular = evidence(posterior: 0.95, length: 0.3, lexical: 0.7)
    nextToIrregular.irregularDistance = 1
    #expect(model.confidence(nextToIrregular, sourceCount: 1, targetCount: 1) < clean)
    // A 1-3 link is rarely right (none of the books' gold links is one).
    #expect(model.confidence(evidence(posterior: 0.95, length: 0.3, lexical: 0.7), sourceCount: 1, targetCount: 3) < clean - 0.2)
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
