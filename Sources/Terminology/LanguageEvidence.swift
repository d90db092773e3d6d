/// Whether a segment is written in one language rather than another, from
/// the function words of each that are no words of the other.
enum LanguageEvidence {
  /// Words of one list that are also common words of the other language
  /// ("die", "was", "man", "also"), so they prove nothing.
  private static let falseFriends: Set<String> = [
    "die", "was", "will", "man", "also", "so", "in", "an", "am", "hat", "war", "bin", "fast", "her", "den",
    "per", "pro", "mag", "nun", "um", "hin", "rund", "bald", "is", "me", "a",
  ]

  /// Function words of `language` that prove it against `other`.
  static func markers(of language: String, against other: String) -> Set<String> {
    StopWords.list(for: language).subtracting(StopWords.list(for: other)).subtracting(falseFriends)
  }

  /// Whether `tokens` read as `language` rather than `other`: at least two
  /// marker words of `language`, and more than twice as many as of `other`.
  static func reads(_ tokens: [Token], as language: String, ratherThan other: String) -> Bool {
    let own = markers(of: language, against: other), foreign = markers(of: other, against: language)
    guard !own.isEmpty, !foreign.isEmpty else { return false }
    let ownCount = tokens.filter { own.contains($0.lower) }.count
    let foreignCount = tokens.filter { foreign.contains($0.lower) }.count
    return ownCount >= 2 && ownCount > 2 * foreignCount
  }
}
