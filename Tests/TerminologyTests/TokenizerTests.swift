import Testing
@testable import Terminology

@Suite struct TokenizerTests {
  @Test func keepsHyphenatedWordsAndMarksTruncatedParts() {
    let tokens = Tokenizer.tokens(in: "Sicherheits- und internationale Fragen des UN-Sicherheitsrates")
    #expect(tokens.map(\.text) == ["Sicherheits", "und", "internationale", "Fragen", "des", "UN-Sicherheitsrates"])
    #expect(tokens[0].isTruncated)
    #expect(!tokens[5].isTruncated)
  }

  @Test func numbersKeepTheirSeparators() {
    let tokens = Tokenizer.tokens(in: "1.000 Soldaten, 3,5 Prozent. Im Jahr 1991.")
    #expect(tokens.filter(\.isNumber).map(\.text) == ["1.000", "3,5", "1991"])
  }

  @Test func sentenceStartsAndPunctuation() {
    let tokens = Tokenizer.tokens(in: "Kim sagte: „Ich habe“, dann Putin’s Besuch.")
    #expect(tokens.map(\.text) == ["Kim", "sagte", "Ich", "habe", "dann", "Putin", "s", "Besuch"])
    #expect(tokens[0].isSentenceInitial && tokens[2].isSentenceInitial && !tokens[1].isSentenceInitial)
    #expect(tokens[2].followsPunctuation && tokens[4].followsPunctuation && !tokens[3].followsPunctuation)
  }

  @Test func acronyms() {
    let tokens = Tokenizer.tokens(in: "die USA und UN Un")
    #expect(tokens.map(\.isAcronym) == [false, true, false, true, false])
  }
}
