/// Finds given terms in segments by stem key, whatever their inflection,
/// spacing or hyphenation ("des UN-Sicherheitsrates" contains "UN-Sicherheitsrat").
final class TermMatcher {
  let normalizer: WordNormalizer
  let maxWords: Int

  init(language: String, maxWords: Int = 5) {
    normalizer = WordNormalizer(language: language)
    self.maxWords = maxWords
  }

  /// The key of a term as written in a glossary.
  func key(of term: String) -> String {
    normalizer.key(words: Tokenizer.tokens(in: term).map(\.text))
  }

  /// Keys of every run of up to `maxWords` words of `text`, each also with a
  /// final genitive "s" removed.
  func windowKeys(of text: String) -> Set<String> {
    windowKeys(of: Tokenizer.tokens(in: text))
  }

  func windowKeys(of tokens: [Token]) -> Set<String> {
    let keys = tokens.map { normalizer.key($0.text) }
    var result: Set<String> = []
    for start in keys.indices {
      var key = ""
      for end in start..<min(keys.count, start + maxWords) {
        key += keys[end]
        result.insert(key)
        if key.hasSuffix("s") { result.insert(String(key.dropLast())) }
      }
    }
    return result
  }
}
