import Alignment

/// The proper names of a segment, as the checker compares them across a
/// link, with the dictionary as the reference for general language: a
/// capitalised German noun the dictionary knows, in some inflected form or
/// as a compound of known words, is no name ("Weckuhr", "Donnerwetter"),
/// nor is a word the dictionary translates in many ways, one of them
/// capitalised ("Herr" → "Mr", "gentleman", "lord", …).
struct NameFinder {
  let dictionary: BilingualDictionary

  /// A proper noun of the dictionary with more translations than this is a general word.
  static let properNounTranslations = 3

  /// Acronyms, and capitalised words inside a sentence that are names: in
  /// German (which capitalises every noun) only those the dictionary does
  /// not know as general words; none in German without a dictionary.
  func names(in tokens: [Token], language: String) -> [Token] {
    let stop = StopWords.list(for: language)
    let german = StopWords.primarySubtag(language) == "de"
    return tokens.filter { t in
      guard t.isCapitalized, !t.isNumber, !stop.contains(t.lower) else { return false }
      if t.isAcronym { return true }
      if t.isSentenceInitial { return false }
      if !german { return true }
      if dictionary.wordTranslations.isEmpty { return false }
      return NameHeuristics.isName(t, dictionary: dictionary) && !isGeneralWord(t.lower)
    }
  }

  /// Known with many translations, known after an inflection ending, or a
  /// compound of known words.
  func isGeneralWord(_ lower: String) -> Bool {
    if dictionary.isProperNoun(lower) { return dictionary.translations(of: lower).count > Self.properNounTranslations }
    return isCompound(Array(lower.unicodeScalars), depth: 0)
  }

  /// German endings a dictionary headword may carry in the text.
  private static let endings = ["e", "en", "er", "es", "em", "n", "s", "st", "ste", "sten", "ster", "stes"]
  /// Linking elements between compound parts ("Partnerschaft-s-abkommen").
  private static let linkers = ["", "s", "es", "n", "en", "e"]

  /// A headword that is no proper noun ("Nordkorea" is no general word for holding "Korea").
  private func isKnownForm(_ word: String) -> Bool {
    func common(_ w: String) -> Bool { dictionary.knows(w) && !dictionary.isProperNoun(w) }
    if common(word) || common(word + "en") || common(word + "n") { return true }
    return Self.endings.contains { word.hasSuffix($0) && word.count - $0.count >= 3 && common(String(word.dropLast($0.count))) }
  }

  /// Whether `scalars` is a known form, or a known head (with a linking
  /// element) followed by a compound of known words; parts have three letters or more.
  private func isCompound(_ scalars: [Unicode.Scalar], depth: Int) -> Bool {
    let word = String(String.UnicodeScalarView(scalars))
    if isKnownForm(word) { return true }
    guard depth < 3, scalars.count >= 6 else { return false }
    for cut in stride(from: scalars.count - 3, through: 3, by: -1) {
      let head = String(String.UnicodeScalarView(scalars[..<cut]))
      let headKnown = Self.linkers.contains { linker in
        head.hasSuffix(linker) && head.count - linker.count >= 3 && isKnownForm(String(head.dropLast(linker.count)))
      }
      if headKnown, isCompound(Array(scalars[cut...]), depth: depth + 1) { return true }
    }
    return false
  }
}
