import Testing
import Foundation
import Segmentation
@testable import Alignment

/// Which file is the source must not change the links: the length cost is
/// measured halfway between the languages, so swapping the sides only
/// mirrors the alignment.
@Suite struct LengthSymmetryTests {
  @Test(arguments: [(120.0, 95.0, 0.8), (40.0, 130.0, 1.6), (300.0, 290.0, 1.0), (12.0, 200.0, 0.5)])
  func swappingTheSidesFlipsOnlyTheSign(source: Double, target: Double, ratio: Double) {
    for variance in [1.0, 6.8, 30.0] {
      let forward = BeadScorer.lengthDeviation(source: source, target: target, ratio: ratio, variance: variance)
      let backward = BeadScorer.lengthDeviation(source: target, target: source, ratio: 1 / ratio, variance: variance)
      #expect(abs(forward + backward) < 1e-9, "δ \(forward) one way, \(backward) the other")
    }
  }

  @Test func aTranslationOfExactlyTheRatioDeviatesByNothing() {
    #expect(abs(BeadScorer.lengthDeviation(source: 100, target: 130, ratio: 1.3, variance: 6.8)) < 1e-9)
    #expect(BeadScorer.lengthDeviation(source: 100, target: 200, ratio: 1.3, variance: 6.8) > 0)
    #expect(BeadScorer.lengthDeviation(source: 100, target: 60, ratio: 1.3, variance: 6.8) < 0)
  }

  @Test func theLengthModelOfTheSwappedTextIsItsInverse() {
    let german = (0..<60).map(SyntheticBitext.german), english = (0..<60).map(SyntheticBitext.english)
    var extractor = FeatureExtractor()
    let de = extractor.features(of: german, paragraphs: nil, language: "de")
    let en = extractor.features(of: english, paragraphs: nil, language: "en")
    let forwardLinks = german.indices.map { AlignmentLink(source: $0..<$0 + 1, target: $0..<$0 + 1, confidence: 1) }
    let backwardLinks = forwardLinks.map { AlignmentLink(source: $0.target, target: $0.source, confidence: 1) }
    let forward = Aligner.lengthModel(links: forwardLinks, source: de, target: en, fallbackRatio: 1)
    let backward = Aligner.lengthModel(links: backwardLinks, source: en, target: de, fallbackRatio: 1)
    #expect(abs(forward.ratio * backward.ratio - 1) < 1e-9)
    #expect(abs(forward.variance - backward.variance) < 1e-9)
  }

  /// The sample article (a German block pasted twice, the English once),
  /// aligned without a dictionary: English → German gives German → English's
  /// links with the sides swapped.
  @Test func theSampleAlignsTheSameEitherWay() throws {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples")
    func sentences(_ file: String, _ language: String) throws -> [Sentence] {
      try SentenceSegmenter(language: language).sentences(
        in: String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8))
    }
    let german = try sentences("putin-kim-summit.de.txt", "de")
    let english = try sentences("putin-kim-summit.en.txt", "en")
    let forward = try Aligner(sourceLanguage: "de", targetLanguage: "en")
      .align(source: german.map(\.text), target: english.map(\.text),
             sourceParagraphs: german.map(\.paragraph), targetParagraphs: english.map(\.paragraph)).links
    let backward = try Aligner(sourceLanguage: "en", targetLanguage: "de")
      .align(source: english.map(\.text), target: german.map(\.text),
             sourceParagraphs: english.map(\.paragraph), targetParagraphs: german.map(\.paragraph)).links
    let paired = { (links: [AlignmentLink]) in links.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
    #expect(paired(forward).map { "\($0.source):\($0.target)" }
            == paired(backward).map { "\($0.target):\($0.source)" })
  }
}
