import Alignment
import Terminology
import Testing

@testable import Review

@Suite struct ReviewSessionTests {
  private func session(saved: @escaping @Sendable (ReviewDocument) -> Void = { _ in }) -> ReviewSession {
    let document = ReviewDocument(
      sourceLanguage: "de", targetLanguage: "en", source: ["A.", "B.", "C."], target: ["A.", "BC."],
      links: [ReviewLink(AlignmentLink(source: 0..<1, target: 0..<1, confidence: 0.9)),
              ReviewLink(AlignmentLink(source: 1..<3, target: 1..<2, confidence: 0.3, reason: .length))])
    // One finding per link below 0.5, so that the findings follow the edits.
    let check: @Sendable ([AlignedPair]) -> [QAFinding] = { pairs in
      pairs.indices.filter { pairs[$0].confidence < 0.5 }.map {
        QAFinding(links: $0..<$0 + 1, severity: .info, rule: .lowConfidence, message: "low")
      }
    }
    return ReviewSession(document: document, realign: { _ in [] }, check: check,
                         save: { saved($0); return "out.json" })
  }

  @Test func findingsAreCheckedAtStartAndAfterEachEdit() async {
    let session = session()
    #expect(await session.document.findings.keys.sorted() == [1])
    #expect(await session.apply("split", .init(index: 1)) == ["focus": "1"])
    #expect(await session.document.findings.keys.sorted() == [1, 2])
    #expect(await session.apply("merge", .init(index: 0)) == ["focus": "0"])
    #expect(await session.document.findings.keys.sorted() == [0, 1])
  }

  @Test func refusedOperationsAnswerWithAnErrorAndChangeNothing() async {
    let session = session()
    let before = await session.document
    #expect(await session.apply("move", .init(index: 0))["error"]?.contains("needs a side") == true)
    #expect(await session.apply("split", .init(index: 0))["error"]?.contains("1-1") == true)
    #expect(await session.apply("realign", .init())["error"]?.contains("do not cover") == true)
    #expect(await session.apply("explode", .init(index: 0))["error"] == "unknown operation 'explode'.")
    #expect(await session.document == before)
  }

  @Test func saveHandsTheEditedDocumentOver() async {
    let box = Saved()
    let session = session(saved: { box.document = $0 })
    _ = await session.apply("edit", .init(index: 1, target: "B. C."))
    #expect(await session.apply("save", .init()) == ["saved": "out.json"])
    #expect(box.document?.links[1].status == .edited)
  }
}

/// What the save closure got; the session calls it on its own executor only.
private final class Saved: @unchecked Sendable {
  var document: ReviewDocument?
}
