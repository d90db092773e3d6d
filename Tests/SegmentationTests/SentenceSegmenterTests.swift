import Testing
import Segmentation

@Suite struct SentenceSegmenterTests {
  @Test func icuSplitsPlainSentences() throws {
    let sentences = try SentenceSegmenter(language: "en").sentences(in: "Hi there. Bye now.")
    #expect(sentences.map(\.text) == ["Hi there.", "Bye now."])
  }
}
