import Segmentation

/// Lowercases, stems (Snowball) and folds words to ASCII, with caches.
///
/// Owns a Snowball stemmer and an ICU transliterator, neither of which is
/// thread-safe, so one task uses one normalizer.
final class WordNormalizer {
  let language: String
  private let stemmer: Stemmer
  private let transliterator: Transliterator?
  private var foldCache: [String: String] = [:]
  private var stemCache: [String: String] = [:]
  private var keyCache: [String: String] = [:]

  init(language: String) {
    self.language = language
    stemmer = Stemmer(language: language)
    transliterator = try? Transliterator("Any-Latin; Latin-ASCII")
  }

  /// `word` lowercased and folded to ASCII ("Pjöngjang" → "pjongjang").
  func fold(_ word: String) -> String {
    if let cached = foldCache[word] { return cached }
    let lower = word.lowercased()
    var folded = lower
    if !lower.utf8.allSatisfy({ $0 < 0x80 }), let transliterator, let ascii = try? transliterator(lower) {
      folded = ascii.lowercased()
    }
    foldCache[word] = folded
    return folded
  }

  /// The Snowball stem of `word` (lowercased first), or the lowercase word
  /// when the language has no stemmer.
  func stem(_ word: String) -> String {
    if let cached = stemCache[word] { return cached }
    let result = stemmer.stem(word.lowercased())
    stemCache[word] = result
    return result
  }

  /// The grouping key of one word: each hyphen-separated part stemmed and
  /// folded, the parts concatenated ("UN-Sicherheitsrates" → "unsicherheitsrat").
  func key(_ word: String) -> String {
    if let cached = keyCache[word] { return cached }
    var result = ""
    for part in word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
      result += fold(stem(String(part)))
    }
    keyCache[word] = result
    return result
  }

  /// The key of a multi-word expression: the word keys concatenated, so that
  /// "Nord Korea" and "Nordkorea" share one key.
  func key(words: [String]) -> String {
    words.map { key($0) }.joined()
  }
}
