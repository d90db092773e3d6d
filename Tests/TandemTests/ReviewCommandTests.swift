import Alignment
import Foundation
import Review
import Testing

@testable import tandem

@Suite struct ReviewCommandTests {
  private let source = (1...8).map { "Satz \($0) nennt Berlin und \($0 * 11) Häuser." }
  private let target = (1...8).map { "Sentence \($0) names Berlin and \($0 * 11) houses." }

  @Test func realignedStretchesTileBothSidesAndKeepTheAnchors() throws {
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en")
    let realigner = StretchRealigner(aligner: aligner, source: source, target: target)
    let anchors = [AlignmentAnchor(source: 2..<4, target: 2..<3), AlignmentAnchor(source: 6..<7, target: 5..<7)]
    let links = realigner.links(around: anchors)
    #expect(links.contains { $0.source == 2..<4 && $0.target == 2..<3 })
    #expect(links.contains { $0.source == 6..<7 && $0.target == 5..<7 })
    var s = 0, t = 0
    for link in links {
      if !link.source.isEmpty { #expect(link.source.lowerBound == s); s = link.source.upperBound }
      if !link.target.isEmpty { #expect(link.target.lowerBound == t); t = link.target.upperBound }
    }
    #expect(s == source.count && t == target.count)
    var document = ReviewDocument(sourceLanguage: "de", targetLanguage: "en", source: source, target: target,
                                  links: links.map { ReviewLink($0) })
    try document.realignPending { realigner.links(around: $0) }  // the model accepts what the realigner gives
  }

  @Test(arguments: ["tsv", "tmx"])
  func savedFileReadsBackWithStatusesAndSentences(format: String) throws {
    let links = (0..<4).map { AlignmentLink(source: $0 * 2..<$0 * 2 + 2, target: $0 * 2..<$0 * 2 + 2, confidence: 0.9) }
    var document = ReviewDocument(sourceLanguage: "de", targetLanguage: "en", source: source, target: target,
                                  links: links.map { ReviewLink($0) })
    try document.accept(0)
    try document.edit(2, target: "Rewritten. Twice.")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("reviewed.\(format)").path
    #expect(try ReviewInput.save(document, to: path, inputs: []) == path)
    let read = try ReviewInput(alignedFile: path, sourceLanguage: "de", targetLanguage: "en").document
    #expect(read.links.map(\.status) == [.accepted, .pending, .edited, .pending])
    #expect(read.source == source)
    #expect(read.links[1].link.source == 2..<4)  // two sentences again, so the link can be split
    #expect(read.targetText(2) == "Rewritten. Twice.")
  }
}
