import Testing

@testable import Memory

@Suite struct TokenizerTests {
  @Test func wordsNumbersAndTags() {
    let tokens = Tokenizer.tokens("Am 1.000. Tag <b>Größe</b> {0} A380, 3,5 km: 12:30.")
    #expect(tokens.map(\.text) == ["Am", "1.000", "Tag", "<b>", "Größe", "</b>", "{0}", "A380", "3,5", "km", "12:30"])
    #expect(tokens.map(\.kind) == [.word, .number, .word, .tag, .word, .tag, .tag, .word, .number, .word, .number])
    #expect(tokens[4].folded == "größe")
    #expect(tokens[4].utf8Offset == 17)
  }

  @Test func normalizationComposesAndCollapsesSpace() {
    #expect(SegmentText.normalized("  Gro\u{0308}ße \t Zahl\n") == "Größe Zahl")
    #expect(SegmentText.normalized("plain text") == "plain text")
  }

  @Test func postingListsRoundTrip() {
    let ids: [Int64] = [1, 2, 130, 20_000, 1 << 40]
    var bytes: [UInt8] = []
    PostingList.encode(ids, into: &bytes)
    var decoded: [Int64] = []
    bytes.withUnsafeBytes { PostingList.decode($0, into: &decoded) }
    #expect(decoded == ids)
  }
}
