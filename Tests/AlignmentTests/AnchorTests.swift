import Testing
@testable import Alignment

/// `Aligner.align(…, anchors:)` and the anchors file reader.
@Suite struct AnchorTests {
  let count = 60
  var german: [String] { (0..<count).map(SyntheticBitext.german) }
  var english: [String] { (0..<count).map(SyntheticBitext.english) }

  func aligner(fullSearch: Bool = true) throws -> Aligner {
    var options = Aligner.Options(dictionary: SyntheticBitext.dictionary)
    if !fullSearch { options.maximumFullCells = 0 }
    return try Aligner(sourceLanguage: "de", targetLanguage: "en", options: options)
  }

  func text(_ links: [AlignmentLink]) -> [String] { links.map { "\($0.source):\($0.target)" } }

  /// Every sentence in exactly one link, in order on both sides.
  func tiles(_ links: [AlignmentLink], _ n: Int, _ m: Int) -> Bool {
    var i = 0, j = 0
    for link in links {
      guard link.source.lowerBound == i, link.target.lowerBound == j else { return false }
      i = link.source.upperBound
      j = link.target.upperBound
    }
    return i == n && j == m
  }

  @Test(arguments: [true, false])
  func anchorsAreKeptExactly(fullSearch: Bool) throws {
    // A 2-1, a 1-0 and a 0-1 that the search would not choose, and a 1-1 it would.
    let anchors = [AlignmentAnchor(source: 5..<7, target: 5..<6), AlignmentAnchor(source: 20..<21, target: 19..<19),
                   AlignmentAnchor(source: 40..<40, target: 39..<40), AlignmentAnchor(source: 50..<51, target: 50..<51)]
    let links = try aligner(fullSearch: fullSearch).align(source: german, target: english, anchors: anchors).links
    #expect(tiles(links, count, count))
    for anchor in anchors {
      let kept = links.first { $0.source == anchor.source && $0.target == anchor.target }
      #expect(kept?.confidence == 1 && kept?.reason == nil, "\(anchor)")
    }
    // Right after an anchor the search starts afresh: 51…59 pair one to one.
    #expect(links.filter { $0.source.lowerBound > 50 }.allSatisfy { $0.source == $0.target })
  }

  @Test func stretchesAreIndependent() throws {
    let anchors = [AlignmentAnchor(source: 30..<31, target: 30..<31)]
    let aligner = try aligner()
    let before = aligner.align(source: german, target: english, anchors: anchors).links
    // A sentence after the anchor without counterpart, and one of its targets lost.
    var source = german, target = english
    source.insert("Völlig andere Worte stehen hier, ganz ohne Gegenstück im englischen Text.", at: 45)
    target.remove(at: 50)
    let after = aligner.align(source: source, target: target, anchors: anchors).links
    #expect(text(after.filter { $0.source.upperBound <= 31 }) == text(before.filter { $0.source.upperBound <= 31 }))
    #expect(after.contains { $0.source == 45..<46 && $0.target.isEmpty })
  }

  @Test func anAnchorRepairsADerailedStretch() throws {
    // Plain sentences, told apart only by their lengths (each ends in a
    // two-letter code, which matches nothing on the other side, so that no
    // sentence repeats verbatim), and a block of ten missing from the
    // translation: where the gap goes is a guess.
    let lengths = (0..<count).map { 20 + ($0 * 37) % 50 }
    func code(_ k: Int) -> String { String(UnicodeScalar(UInt8(97 + k / 26))) + String(UnicodeScalar(UInt8(97 + k % 26))) }
    let source = lengths.enumerated().map { "Er ging" + String(repeating: " weiter", count: $0.element / 7) + ", \(code($0.offset))." }
    let target = lengths.enumerated().filter { !(20..<30).contains($0.offset) }
      .map { "He went" + String(repeating: " on", count: $0.element / 3) + ", \(code($0.offset))." }
    var options = Aligner.Options()
    options.learnsLexicon = false
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en", options: options)
    func isRight(_ link: AlignmentLink) -> Bool {
      link.source.count == 1 && link.target == link.source.lowerBound - 10..<link.source.lowerBound - 9
    }
    // Without anchors the search derails after the gap (16 of 30 links wrong when written).
    let derailed = aligner.align(source: source, target: target).links
    #expect(!derailed.filter { $0.source.lowerBound >= 30 }.allSatisfy(isRight))
    let anchors = [AlignmentAnchor(source: 19..<20, target: 19..<20), AlignmentAnchor(source: 30..<31, target: 20..<21)]
    let links = aligner.align(source: source, target: target, anchors: anchors).links
    #expect(tiles(links, source.count, target.count))
    #expect(links.filter { $0.source.lowerBound >= 30 }.allSatisfy(isRight))
    #expect(links.filter { (20..<30).contains($0.source.lowerBound) }.allSatisfy { $0.target.isEmpty })
  }

  @Test func readsLinksAndReviewedJSON() throws {
    let links = "[3]:[4]\n\n[5, 6]:[7]\n[]:[8]\n[7]:[]\n"
    #expect(try AnchorList.parse(links, file: "a.links", sourceCount: 10, targetCount: 10) == [
      AlignmentAnchor(source: 3..<4, target: 4..<5), AlignmentAnchor(source: 5..<7, target: 7..<8),
      AlignmentAnchor(source: 7..<7, target: 8..<9), AlignmentAnchor(source: 7..<8, target: 9..<9)])
    let json = """
      {
        "links" : [
          {
            "source" : [0], "status" : "accepted", "target" : [0]
          },
          {
            "source" : [1], "status" : "rejected", "target" : [1]
          },
          {
            "source" : [2, 3], "status" : "edited", "target" : [2]
          },
          {
            "source" : [4], "target" : [3]
          }
        ]
      }
      """
    #expect(try AnchorList.parse(json, file: "r.json", sourceCount: 5, targetCount: 4) == [
      AlignmentAnchor(source: 0..<1, target: 0..<1), AlignmentAnchor(source: 2..<4, target: 2..<3),
      AlignmentAnchor(source: 4..<5, target: 3..<4)])
  }

  @Test(arguments: [
    ("[1]:[1]\n[3]:[2]\n[2]:[3]\n", AnchorListError.conflict(file: "f", line: 3, previousLine: 2)),
    ("[1]:[1]\n\n[1]:[2]\n", .conflict(file: "f", line: 3, previousLine: 1)),
    ("[1]:[1]\n[9]:[2]\n", .outOfRange(file: "f", line: 2, sourceCount: 5, targetCount: 5)),
    ("[1]:[1]\n[2]-[2]\n", .malformed(file: "f", line: 2, reason: "expected a link like '[3]:[4]' or '[5, 6]:[]'")),
    ("[1, 3]:[1]\n", .malformed(file: "f", line: 1, reason: "each side must list consecutive sentences, and not both be empty")),
    ("[]:[]\n", .malformed(file: "f", line: 1, reason: "each side must list consecutive sentences, and not both be empty")),
    ("{\"links\": [{\"source\": [0], \"target\": [0]},\n{\"source\": [0], \"target\": [1]}]}",
     .conflict(file: "f", line: 1, previousLine: 1)),
  ])
  func conflictsNameTheLine(text: String, expected: AnchorListError) {
    #expect(throws: expected) { try AnchorList.parse(text, file: "f", sourceCount: 5, targetCount: 5) }
  }

  @Test func errorTextNamesFileAndLine() {
    #expect(AnchorListError.conflict(file: "a.links", line: 7, previousLine: 3).description
      .hasPrefix("a.links:7: the link overlaps or crosses the anchor on line 3."))
  }
}
