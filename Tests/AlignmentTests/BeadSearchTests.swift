import Testing
@testable import Alignment

/// The dynamic programme on small hand-made texts, one case per link type.
/// Each sentence carries unique numbers, so the right links are unambiguous.
@Suite struct BeadSearchTests {
  /// "Satz" with the numbers `ids`, in German; "Item" in English.
  func de(_ ids: ClosedRange<Int>) -> String { "Im Satz stehen " + ids.map { String($0 * 7 + 100) }.joined(separator: " und ") + "." }
  func en(_ ids: ClosedRange<Int>) -> String { "The item lists " + ids.map { String($0 * 7 + 100) }.joined(separator: " and ") + "." }

  func align(_ source: [String], _ target: [String], full: Bool = true) throws -> [String] {
    var options = Aligner.Options()
    options.learnsLexicon = false
    if !full { options.maximumFullCells = 0 }
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en", options: options)
    return aligner.align(source: source, target: target).links.map { "\($0.source.lowerBound)+\($0.kind)/\($0.target.lowerBound)" }
  }

  /// Three 1-1 links, then the case under test, then two 1-1 links.
  func check(source middle: [String], target middleTarget: [String], expect kind: String) throws {
    let source = [de(1...3), de(4...6), de(7...9)] + middle + [de(60...62), de(63...65)]
    let target = [en(1...3), en(4...6), en(7...9)] + middleTarget + [en(60...62), en(63...65)]
    let links = try align(source, target)
    #expect(links.prefix(3) == ["0+1-1/0", "1+1-1/1", "2+1-1/2"])
    #expect(links.contains { $0.hasPrefix("3+\(kind)/3") || (kind == "0-1" && $0 == "3+0-1/3") }, "\(links)")
    #expect(links.suffix(2).allSatisfy { $0.contains("+1-1/") })
  }

  @Test func oneToOne() throws { try check(source: [de(20...22)], target: [en(20...22)], expect: "1-1") }
  @Test func oneToTwo() throws { try check(source: [de(20...27)], target: [en(20...23), en(24...27)], expect: "1-2") }
  @Test func twoToOne() throws { try check(source: [de(20...23), de(24...27)], target: [en(20...27)], expect: "2-1") }
  @Test func twoToTwo() throws {
    // The sentence boundaries differ inside the pair: neither 1-1 fits.
    try check(source: [de(20...21), de(22...29)], target: [en(20...27), en(28...29)], expect: "2-2")
  }
  @Test func oneToThree() throws {
    try check(source: [de(20...31)], target: [en(20...23), en(24...27), en(28...31)], expect: "1-3")
  }
  @Test func threeToOne() throws {
    try check(source: [de(20...23), de(24...27), de(28...31)], target: [en(20...31)], expect: "3-1")
  }
  @Test func oneToZero() throws {
    try check(source: [de(40...45), de(20...22)], target: [en(20...22)], expect: "1-0")
  }
  @Test func zeroToOne() throws {
    try check(source: [de(20...22)], target: [en(40...45), en(20...22)], expect: "0-1")
  }

  @Test func emptySideLeavesEverySentenceUnaligned() throws {
    let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "en")
    let result = aligner.align(source: [], target: [en(1...2), en(3...4)])
    #expect(result.links.map(\.kind) == ["0-1", "0-1"])
    #expect(result.warnings == [.emptySide(isSource: true)])
  }

  @Test func everySentenceInExactlyOneLinkInOrder() throws {
    let source = (0..<40).map { de($0 * 3...$0 * 3 + 2) }
    let target = (0..<40).map { en($0 * 3...$0 * 3 + 2) }
    for full in [true, false] {
      var options = Aligner.Options()
      if !full { options.maximumFullCells = 0 }
      let links = try Aligner(sourceLanguage: "de", targetLanguage: "en", options: options)
        .align(source: source, target: target).links
      #expect(links.map(\.source.lowerBound) == Array(0..<40))
      #expect(links.allSatisfy { $0.source.count == 1 && $0.target.count == 1 && $0.source.lowerBound == $0.target.lowerBound })
      #expect(links.allSatisfy { $0.confidence >= 0 && $0.confidence <= 1 })
    }
  }
}
