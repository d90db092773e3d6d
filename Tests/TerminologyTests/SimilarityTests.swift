import Testing
@testable import Terminology

@Suite struct SimilarityTests {
  @Test(arguments: [
    ("pjongjang", "pyongyang", true), ("sowjetunion", "sovietunion", true), ("wladimir", "vladimir", true),
    ("moskau", "moscow", false), ("un", "un", true), ("un", "us", false), ("krieg", "war", false),
  ])
  func cognates(a: String, b: String, expected: Bool) {
    #expect(Similarity.isCognate(a, b) == expected)
  }

  @Test func normalizedDistance() {
    #expect(Similarity.normalized("abc", "abc") == 1)
    #expect(Similarity.normalized("abcd", "abce") == 0.75)
    #expect(Similarity.normalized("", "x") == 0)
  }

  @Test func sharedPrefixNeedsFiveLetters() {
    #expect(Similarity.sharesPrefix("imperialistische", "imperialist"))
    #expect(!Similarity.sharesPrefix("kreml", "krem"))
  }
}
