import Testing
import Segmentation
@testable import Alignment

/// The lexicon learned from a first pass (`LexiconLearner`).
@Suite struct LexiconLearnerTests {
  /// Learns from 1-1 links over the synthetic bitext, as (German stem, English stem) pairs.
  private func pairs(germanIsSource: Bool) -> Set<[String]> {
    let german = (0..<80).map(SyntheticBitext.german), english = (0..<80).map(SyntheticBitext.english)
    var extractor = FeatureExtractor()
    let de = extractor.features(of: german, paragraphs: nil, language: "de")
    let en = extractor.features(of: english, paragraphs: nil, language: "en")
    let (source, target) = germanIsSource ? (de, en) : (en, de)
    let links = german.indices.map { AlignmentLink(source: $0..<$0 + 1, target: $0..<$0 + 1, confidence: 1) }
    let learned = LexiconLearner.learn(links: links, source: source, target: target)
    var result = Set<[String]>()
    for (x, list) in learned.enumerated() {
      for y in list {
        let pair = [source.stems[x], target.stems[Int(y)]]
        result.insert(germanIsSource ? pair : pair.reversed())
      }
    }
    return result
  }

  @Test func theSameLexiconWhicheverSideIsTheSource() {
    let forward = pairs(germanIsSource: true)
    #expect(!forward.isEmpty)
    #expect(forward == pairs(germanIsSource: false))
  }

  @Test func nounsPairWithTheirTranslations() {
    let learned = pairs(germanIsSource: true)
    let stemmer = (de: Stemmer(language: "de"), en: Stemmer(language: "en"))
    for (noun, english) in zip(SyntheticBitext.nouns, SyntheticBitext.englishNouns) {
      #expect(learned.contains([stemmer.de.stem(noun.lowercased()), stemmer.en.stem(english)]), "\(noun) – \(english)")
    }
  }
}
