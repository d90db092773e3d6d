import Testing
import Foundation
import Segmentation
@testable import Alignment

/// A German text with a block of paragraphs pasted twice, against a
/// translation that has it once (the situation of the sample article).
@Suite struct DuplicatedBlockTests {
  @Test(arguments: [true, false])
  func extraCopyBecomesOneToZeroLinks(fullSearch: Bool) throws {
    let count = 60, block = 20..<32
    let original = (0..<count).map(SyntheticBitext.german)
    let target = (0..<count).map(SyntheticBitext.english)
    let doubled = SyntheticBitext.doubled(original, block)
    var options = Aligner.Options(dictionary: SyntheticBitext.dictionary)
    if !fullSearch { options.maximumFullCells = 0 }
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en", options: options)
    let reference = aligner.align(source: original, target: target).links
    let links = aligner.align(source: doubled, target: target).links

    // The doubled stretch is periodic, so any run of `block.count` sentences
    // inside it is "the extra copy" if removing it gives the original text.
    let unaligned = links.filter { $0.target.isEmpty }.flatMap { Array($0.source) }
    #expect(unaligned.count == block.count, "unaligned: \(unaligned)")
    guard let first = unaligned.first, let last = unaligned.last else { return }
    #expect(last - first + 1 == block.count)
    #expect(first >= block.lowerBound && last < block.upperBound + block.count)
    #expect(Array(doubled[..<first]) + Array(doubled[(last + 1)...]) == original)
    #expect(links.allSatisfy { !$0.source.isEmpty })
    // Map the source indices back to the text without the extra copy.
    let mapped = links.filter { !$0.target.isEmpty }.map { link -> AlignmentLink in
      let shift = link.source.lowerBound > last ? block.count : 0
      return AlignmentLink(source: (link.source.lowerBound - shift)..<(link.source.upperBound - shift),
                           target: link.target, confidence: 0)
    }
    #expect(mapped.map { "\($0.source):\($0.target)" } == reference.map { "\($0.source):\($0.target)" })
  }
}

/// The sample article of Samples/: its German version repeats a block of
/// paragraphs; the English translation has the block once.
@Suite struct SampleArticleTests {
  func sentences(_ file: String, _ language: String) throws -> [Sentence] {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Samples/\(file)")
    return try SentenceSegmenter(language: language).sentences(in: String(contentsOf: samples, encoding: .utf8))
  }

  @Test func extraCopyIsOneContiguousRun() throws {
    let german = try sentences("putin-kim-summit.de.txt", "de")
    let english = try sentences("putin-kim-summit.en.txt", "en")
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en")
    let links = aligner.align(source: german.map(\.text), target: english.map(\.text),
                              sourceParagraphs: german.map(\.paragraph),
                              targetParagraphs: english.map(\.paragraph)).links
    // Without a dictionary only shared names and numbers hold the texts
    // together; the run stays in one piece because the duplicated sentences
    // extend it cheaply while opening a second run pays the full prior.
    try checkExtraCopy(links, german)
    #expect(links.filter { !$0.target.isEmpty }.allSatisfy { $0.source.count == 1 || $0.source.lowerBound == 0 })
  }

  func checkExtraCopy(_ links: [AlignmentLink], _ german: [Sentence]) throws {
    let unaligned = links.filter { $0.target.isEmpty }.flatMap { Array($0.source) }
    guard let first = unaligned.first, let last = unaligned.last else {
      Issue.record("no 1-0 links")
      return
    }
    #expect(last - first + 1 == unaligned.count, "1-0 links not contiguous: \(unaligned)")
    // Without the run, no German sentence is left twice: the run is the extra copy.
    let rest = german.indices.filter { !unaligned.contains($0) }.map { german[$0].text }
    #expect(Set(rest).count == rest.count)
    #expect(links.allSatisfy { !$0.source.isEmpty && $0.source.count <= 2 })
  }
}
