import Alignment

/// Tells proper names from common nouns in German, where every noun is
/// capitalised, with the help of the dictionary.
enum NameHeuristics {
  /// Whether a capitalised German word is a name: an acronym, a word the
  /// dictionary translates with a capitalised word ("Russland" → "Russia"),
  /// or a word the dictionary knows in no form, nor as a compound ("Putin", "Jong").
  static func isName(_ token: Token, dictionary: BilingualDictionary) -> Bool {
    if token.isAcronym { return true }
    guard token.isCapitalized, !token.isNumber else { return false }
    if dictionary.isProperNoun(token.lower) { return true }
    if dictionary.knows(token.lower) || token.text.contains("-") { return false }
    return isUnknown(token.lower, dictionary: dictionary)
  }

  /// Neither the word, nor the word without one or two final letters, nor a
  /// tail of at least four letters is in the dictionary.
  static func isUnknown(_ lower: String, dictionary: BilingualDictionary) -> Bool {
    for cut in [1, 2] where lower.count > cut + 3 {
      if dictionary.knows(String(lower.dropLast(cut))) { return false }
    }
    let scalars = Array(lower.unicodeScalars)
    if scalars.count >= 8 {
      for cut in 3...(scalars.count - 4) {
        let tail = String(String.UnicodeScalarView(scalars[cut...]))
        if dictionary.knows(tail) || dictionary.knows(String(tail.dropLast())) { return false }
      }
    }
    return true
  }
}
