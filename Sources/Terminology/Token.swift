/// A word of a segment as the term extractor sees it.
struct Token: Sendable, Hashable {
  /// The word as written, without surrounding punctuation ("UN-Sicherheitsrates").
  var text: String
  /// `text` lowercased.
  var lower: String
  /// The first letter is uppercase.
  var isCapitalized: Bool
  /// At least two letters, all uppercase ("USA", "UN").
  var isAcronym: Bool
  /// The word contains a digit.
  var isNumber: Bool
  /// The first word of a sentence (after `.`, `!`, `?`, `:` or at the start).
  var isSentenceInitial: Bool
  /// Punctuation (a comma, a quote, a bracket...) separates it from the previous word.
  var followsPunctuation: Bool
  /// A truncated compound part that ends in a hyphen ("Sicherheits-" in
  /// "Sicherheits- und internationale Fragen").
  var isTruncated: Bool
}
