import Testing
@testable import Alignment

/// Two verbatim copies of a passage against one translation: the choice of
/// copy is no reason for doubt, on whichever side the copies are.
@Suite struct RepeatRuleTests {
  @Test(arguments: [true, false])
  func extraCopyRepeatsTheLinkOfTheOtherCopy(sourceRepeats: Bool) throws {
    let count = 40, block = 12..<20
    let source = (0..<count).map(SyntheticBitext.german), target = (0..<count).map(SyntheticBitext.english)
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en", options: Aligner.Options(dictionary: SyntheticBitext.dictionary))
    let links = sourceRepeats
      ? aligner.align(source: SyntheticBitext.doubled(source, block), target: target).links
      : aligner.align(source: source, target: SyntheticBitext.doubled(target, block)).links
    let sourceTexts = sourceRepeats ? SyntheticBitext.doubled(source, block) : source
    let targetTexts = sourceRepeats ? target : SyntheticBitext.doubled(target, block)
    let gaps = links.filter { $0.source.isEmpty || $0.target.isEmpty }
    #expect(gaps.count == block.count)
    for gap in gaps {
      let index = try #require(gap.repeatOf, "a link of the extra copy without repeat-of: \(gap)")
      let original = links[index]
      #expect(!original.source.isEmpty && !original.target.isEmpty)
      if sourceRepeats {
        #expect(original.source.map { sourceTexts[$0] } == gap.source.map { sourceTexts[$0] })
      } else {
        #expect(original.target.map { targetTexts[$0] } == gap.target.map { targetTexts[$0] })
      }
      #expect(gap.confidence == original.confidence)
    }
    #expect(links.allSatisfy { !$0.isLowConfidence }, "\(links.filter(\.isLowConfidence))")
    #expect(links.filter { $0.repeatOf == nil }.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
  }

  @Test func copiesOfARunMustMatchSentenceBySentence() {
    // Sentences 0 and 3 are copies, 1 and 4 too; 2 and 5 are not repeated.
    let firstCopy: [Int32] = [0, 1, -1, 0, 1, -1]
    let positions: [Int32: [Int]] = [0: [0, 3], 1: [1, 4]]
    #expect(BeadSearch.copies(of: 0, count: 2, firstCopy: firstCopy, positions: positions) == [0, 3])
    #expect(BeadSearch.copies(of: 1, count: 2, firstCopy: firstCopy, positions: positions) == [1])
    #expect(BeadSearch.copies(of: 4, count: 1, firstCopy: firstCopy, positions: positions) == [1, 4])
    #expect(BeadSearch.copies(of: 2, count: 0, firstCopy: firstCopy, positions: positions) == [2])
  }
}
