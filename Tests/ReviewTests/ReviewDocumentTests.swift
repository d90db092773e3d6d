import Alignment
import Terminology
import Testing

@testable import Review

/// Four source and four target sentences: 1-1, 2-1, 1-2, 0-1 (target 3 is an extra sentence).
private func sample() -> ReviewDocument {
  let links = [
    AlignmentLink(source: 0..<1, target: 0..<1, confidence: 0.9),
    AlignmentLink(source: 1..<3, target: 1..<2, confidence: 0.4, reason: .length),
    AlignmentLink(source: 3..<4, target: 2..<4, confidence: 0.7),
    AlignmentLink(source: 4..<5, target: 4..<5, confidence: 0.95),
  ]
  return ReviewDocument(
    sourceLanguage: "de", targetLanguage: "en",
    source: ["Eins.", "Zwei.", "Drei.", "Vier.", "Fünf."], target: ["One.", "Two three.", "Four.", "Four again.", "Five."],
    links: links.map { ReviewLink($0) })
}

/// The invariant every operation keeps: the links tile both sides, none is empty on both.
private func tiles(_ document: ReviewDocument) -> Bool {
  ReviewDocument.tiles(document.links.map(\.link.source), count: document.source.count)
    && ReviewDocument.tiles(document.links.map(\.link.target), count: document.target.count)
    && document.links.allSatisfy { !$0.link.source.isEmpty || !$0.link.target.isEmpty }
}

@Suite struct ReviewDocumentTests {
  @Test func acceptMarksOnlyThatLink() throws {
    var document = sample()
    try document.accept(2)
    #expect(document.links.map(\.status) == [.pending, .pending, .accepted, .pending])
    #expect(throws: ReviewError.noSuchLink(9, count: 4)) { try document.accept(9) }
  }

  @Test func editReplacesTheTargetAndStaysEditedWhenAccepted() throws {
    var document = sample()
    try document.edit(1, target: "Two. Three.")
    try document.accept(1)
    #expect(document.links[1].status == .edited)
    #expect(document.targetText(1) == "Two. Three.")
    #expect(document.alignedPairs[1].target == "Two. Three.")
  }

  @Test func mergeJoinsBothRangesAndKeepsTheLowerConfidence() throws {
    var document = sample()
    try document.accept(0)
    try document.mergeWithNext(0)
    #expect(document.links.count == 3)
    #expect(document.links[0].link.source == 0..<3 && document.links[0].link.target == 0..<2)
    #expect(document.links[0].link.confidence == 0.4 && document.links[0].status == .pending)
    #expect(tiles(document))
    #expect(throws: ReviewError.nothingToMerge(2)) { try document.mergeWithNext(2) }
  }

  @Test func splitOfTwoToOneGivesOneToOneAndOneToZero() throws {
    var document = sample()
    try document.split(1)
    #expect(document.links.map(\.link.kind) == ["1-1", "1-1", "1-0", "1-2", "1-1"])
    #expect(document.links[2].link.source == 2..<3 && document.links[2].link.target == 2..<2)
    try document.split(3)
    #expect(document.links.map(\.link.kind) == ["1-1", "1-1", "1-0", "1-1", "0-1", "1-1"])
    #expect(tiles(document))
    #expect(throws: ReviewError.nothingToSplit(0, kind: "1-1")) { try document.split(0) }
  }

  @Test func moveShiftsAnEdgeSentenceToTheNeighbour() throws {
    var document = sample()
    try document.move(1, side: .source, to: .next)     // "Drei." joins link 3
    #expect(document.links[1].link.source == 1..<2 && document.links[2].link.source == 2..<4)
    try document.move(2, side: .target, to: .previous)  // "Four." joins link 2
    #expect(document.links[1].link.target == 1..<3 && document.links[2].link.target == 3..<4)
    #expect(tiles(document))
    #expect(throws: ReviewError.nothingToMove(0, side: .source, direction: .previous)) {
      try document.move(0, side: .source, to: .previous)
    }
  }

  @Test func moveDropsALinkLeftEmpty() throws {
    var document = sample()
    try document.split(2)                               // 1-1 and 0-1
    try document.move(3, side: .target, to: .previous)  // the 0-1 gives its only sentence away
    #expect(document.links.count == 4)
    #expect(document.links[2].link.target == 2..<4)
    #expect(tiles(document))
  }

  @Test func mergeRenumbersRepeatOf() throws {
    var links = sample().links.map(\.link)
    links[3].repeatOf = 2
    var document = ReviewDocument(sourceLanguage: "de", targetLanguage: "en", source: sample().source,
                                  target: sample().target, links: links.map { ReviewLink($0) })
    try document.mergeWithNext(0)
    #expect(document.links[2].link.repeatOf == 1)
  }

  @Test func realignKeepsConfirmedLinksAndReplacesPendingOnes() throws {
    var document = sample()
    try document.accept(0)
    try document.edit(3, target: "Five!")
    var seen: [AlignmentAnchor] = []
    try document.realignPending { anchors in
      seen = anchors
      return [
        AlignmentLink(source: 0..<1, target: 0..<1, confidence: 1),
        AlignmentLink(source: 1..<2, target: 1..<2, confidence: 0.8),
        AlignmentLink(source: 2..<4, target: 2..<4, confidence: 0.6),
        AlignmentLink(source: 4..<5, target: 4..<5, confidence: 1),
      ]
    }
    #expect(seen == [AlignmentAnchor(source: 0..<1, target: 0..<1), AlignmentAnchor(source: 4..<5, target: 4..<5)])
    #expect(document.links.map(\.status) == [.accepted, .pending, .pending, .edited])
    #expect(document.links[0].link.confidence == 0.9)  // the accepted link as it was
    #expect(document.targetText(3) == "Five!")
    #expect(document.links[2].link.source == 2..<4)
  }

  @Test func realignThatLosesASentenceChangesNothing() throws {
    var document = sample()
    let before = document
    #expect(throws: ReviewError.realignmentLost(source: 1, target: 1)) {
      try document.realignPending { _ in [AlignmentLink(source: 0..<1, target: 0..<1, confidence: 1)] }
    }
    #expect(document == before)
  }
}
