import Alignment

/// The proper names of a bitext, as the checker compares them across a
/// link. The dictionary is the reference for general language and the other
/// side of the text the witness:
/// - an acronym is a name;
/// - a capitalised word inside a sentence is a name if the other side of the
///   text has a capitalised word that spells it alike ("Gregor", "Pjöngjang"
///   / "Pyongyang") or that the dictionary gives for it ("Russland" / "Russia",
///   but not "Male" / "Malé" in a text without the Maldives);
/// - in German, which capitalises every noun, a word the dictionary knows, in
///   some inflected or old spelling or as a compound of known words, is no
///   name ("Weckuhr", "Mißlingen"), nor is a word it translates in many ways,
///   one of them capitalised ("Herr" → "Mr", "gentleman", "lord", …).
struct NameFinder {
  /// What is known of one side of the text.
  struct Side {
    var language: String
    var capitalizesNouns: Bool
    var stopWords: Set<String>
    /// Folded capitalised words inside sentences, by first letter.
    var capitalized: [Character: Set<String>] = [:]
    /// Lowercase capitalised word → number of links in which it occurs.
    var linkCounts: [String: Int] = [:]
  }

  let dictionary: BilingualDictionary
  private(set) var source: Side
  private(set) var target: Side
  /// Folded target words the dictionary gives for the source's proper nouns.
  private var properTranslations: Set<String> = []
  private let sourceNormalizer: WordNormalizer
  private let targetNormalizer: WordNormalizer

  /// A proper noun of the dictionary with more translations than this is a general word.
  static let properNounTranslations = 3
  /// A name in at least this many links is a main character: a link that
  /// names it on one side only ("Gregor" / "he") is a translator's choice.
  static let frequentName = 5

  init(
    pairs: [AlignedPair], sourceLanguage: String, targetLanguage: String, dictionary: BilingualDictionary,
    sourceNormalizer: WordNormalizer, targetNormalizer: WordNormalizer
  ) {
    self.dictionary = dictionary
    self.sourceNormalizer = sourceNormalizer
    self.targetNormalizer = targetNormalizer
    func side(_ language: String, _ texts: [String], _ normalizer: WordNormalizer) -> Side {
      var side = Side(language: language, capitalizesNouns: StopWords.primarySubtag(language) == "de",
                      stopWords: StopWords.list(for: language))
      for text in texts {
        var seen: Set<String> = []
        for token in Tokenizer.tokens(in: text) where token.isCapitalized && !token.isNumber && !side.stopWords.contains(token.lower) {
          if seen.insert(token.lower).inserted { side.linkCounts[token.lower, default: 0] += 1 }
          guard !token.isSentenceInitial else { continue }
          let folded = normalizer.fold(token.text)
          if let first = folded.first { side.capitalized[first, default: []].insert(folded) }
        }
      }
      return side
    }
    source = side(sourceLanguage, pairs.map(\.source), sourceNormalizer)
    target = side(targetLanguage, pairs.map(\.target), targetNormalizer)
    for word in source.linkCounts.keys where dictionary.isProperNoun(word) {
      properTranslations.formUnion(dictionary.translations(of: word).map { targetNormalizer.fold($0) })
    }
  }

  /// The source names of `tokens`.
  func sourceNames(in tokens: [Token]) -> [Token] {
    tokens.filter { isName($0, isSource: true) }
  }

  /// The target names of `tokens`.
  func targetNames(in tokens: [Token]) -> [Token] {
    tokens.filter { isName($0, isSource: false) }
  }

  /// Target words that may be names, witnessed or not: capitalised words
  /// inside a sentence (names only, in a language that capitalises nouns).
  func targetCandidates(in tokens: [Token]) -> [Token] {
    if target.capitalizesNouns { return targetNames(in: tokens) }
    return tokens.filter { isCandidate($0, on: target) }
  }

  func isFrequentInSource(_ token: Token) -> Bool { source.linkCounts[token.lower, default: 0] >= Self.frequentName }
  func isFrequentInTarget(_ token: Token) -> Bool { target.linkCounts[token.lower, default: 0] >= Self.frequentName }

  /// A capitalised word of two letters or more ("K." of "Josef K." is an initial) inside a sentence, or an acronym.
  private func isCandidate(_ t: Token, on side: Side) -> Bool {
    t.isCapitalized && !t.isNumber && t.text.unicodeScalars.count >= 2 && !side.stopWords.contains(t.lower)
      && (t.isAcronym || !t.isSentenceInitial)
  }

  private func isName(_ t: Token, isSource: Bool) -> Bool {
    let side = isSource ? source : target
    guard isCandidate(t, on: side) else { return false }
    if t.isAcronym { return true }
    let folded = (isSource ? sourceNormalizer : targetNormalizer).fold(t.text)
    if isSource, side.capitalizesNouns {
      guard !dictionary.wordTranslations.isEmpty else { return false }
      if dictionary.isProperNoun(t.lower) {
        let translations = dictionary.translations(of: t.lower)
        guard translations.count <= Self.properNounTranslations else { return false }
        // The translation occurs capitalised in the target text ("Russland" / "Russia"; not "Male" / "Malé").
        if translations.contains(where: { word in
          let folded = targetNormalizer.fold(word)
          return folded.first.map { target.capitalized[$0]?.contains(folded) ?? false } ?? false
        }) { return true }
        return isWitnessed(folded, by: target)
      }
      guard NameHeuristics.isName(t, dictionary: dictionary), !isGeneralWord(t.lower) else { return false }
    } else if !isSource, properTranslations.contains(folded) {
      return true
    }
    return isWitnessed(folded, by: isSource ? target : source)
  }

  /// Whether the other side has a capitalised word that spells `folded`
  /// alike: the same word when it is short, else a cognate.
  private func isWitnessed(_ folded: String, by witness: Side) -> Bool {
    guard let first = folded.first, let candidates = witness.capitalized[first] else { return false }
    if folded.count < 6 { return candidates.contains(folded) }
    return candidates.contains { Similarity.isCognate(folded, $0, threshold: 0.75) || Similarity.sharesPrefix(folded, $0) }
  }

  /// Known with many translations, known after an inflection ending or in
  /// old spelling ("ß" for "ss"), or a compound of known words.
  func isGeneralWord(_ lower: String) -> Bool {
    if dictionary.isProperNoun(lower) { return dictionary.translations(of: lower).count > Self.properNounTranslations }
    if isCompound(Array(lower.unicodeScalars), depth: 0) { return true }
    let modern = String(lower.split(separator: "ß", omittingEmptySubsequences: false).joined(separator: "ss"))
    return modern != lower && isCompound(Array(modern.unicodeScalars), depth: 0)
  }

  /// German endings a dictionary headword may carry in the text.
  private static let endings = ["e", "en", "er", "es", "em", "n", "s", "st", "ste", "sten", "ster", "stes"]
  /// Linking elements between compound parts ("Partnerschaft-s-abkommen").
  private static let linkers = ["", "s", "es", "n", "en", "e"]

  /// A headword that is no proper noun ("Nordkorea" is no general word for
  /// holding "Korea"), or a function word ("Male" in "zum ersten Male").
  private func isKnownForm(_ word: String) -> Bool {
    func common(_ w: String) -> Bool { source.stopWords.contains(w) || dictionary.knows(w) && !dictionary.isProperNoun(w) }
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
