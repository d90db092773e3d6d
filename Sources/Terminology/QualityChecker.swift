import Alignment

/// Checks the links of a bitext: empty and untranslated targets, low
/// confidence, numbers and names that differ, glossary terms whose
/// translation is missing, and headings glued to sentences.
///
/// ```swift
/// let findings = QualityChecker(sourceLanguage: "de", targetLanguage: "en", dictionary: dictionary)
///   .check(pairs)
/// let failed = findings.contains { $0.severity == .error }
/// ```
public struct QualityChecker: Sendable {
  public var sourceLanguage: String
  public var targetLanguage: String
  public var dictionary: BilingualDictionary
  /// Terms whose target must appear when the source term does (warning).
  public var glossary: [CuratedTerm]
  /// Extracted pairs checked for consistency (info level).
  public var extracted: [GlossaryEntry]
  /// Links below this confidence are reported.
  public var minConfidence: Double

  public init(
    sourceLanguage: String, targetLanguage: String, dictionary: BilingualDictionary = .init(),
    glossary: [CuratedTerm] = [], extracted: [GlossaryEntry] = [], minConfidence: Double = 0.5
  ) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.dictionary = dictionary
    self.glossary = glossary
    self.extracted = extracted
    self.minConfidence = minConfidence
  }

  /// The findings of every link, in link order, most severe first within a link.
  public func check(_ pairs: [AlignedPair]) -> [QAFinding] {
    let sourceNormalizer = WordNormalizer(language: sourceLanguage)
    let targetNormalizer = WordNormalizer(language: targetLanguage)
    var scorer = LexicalScorer(dictionary: dictionary, source: sourceNormalizer, target: targetNormalizer)
    let sourceMatcher = TermMatcher(language: sourceLanguage)
    let targetMatcher = TermMatcher(language: targetLanguage)
    let terms = glossary.map { (term: $0, source: sourceMatcher.key(of: $0.source), target: targetMatcher.key(of: $0.target)) }
    let curatedSources = Set(terms.map(\.source))
    let pairsToCheck = extracted.filter { $0.origin == .extracted && $0.confidence >= 0.8 }
      .map { (entry: $0, source: sourceMatcher.key(of: $0.source), target: targetMatcher.key(of: $0.target)) }
      .filter { !curatedSources.contains($0.source) }

    var findings: [QAFinding] = []
    for (index, pair) in pairs.enumerated() {
      var found: [QAFinding] = []
      func report(_ severity: QAFinding.Severity, _ rule: QAFinding.Rule, _ message: String) {
        found.append(QAFinding(link: index, severity: severity, rule: rule, message: message))
      }
      let source = Tokenizer.tokens(in: pair.source)
      let target = Tokenizer.tokens(in: pair.target)
      if source.isEmpty && target.isEmpty { continue }
      if target.isEmpty || source.isEmpty {
        if target.isEmpty {
          report(.error, .emptyTarget, "the source has no translation")
        } else {
          report(.warning, .emptyTarget, "the target has no source")
        }
        findings += found
        continue
      }
      if source.map(\.lower) == target.map(\.lower), source.contains(where: { !$0.isNumber }),
        !source.allSatisfy({ $0.isCapitalized || $0.isNumber })
      {
        report(.warning, .untranslated, "the target repeats the source")
      }
      if pair.confidence < minConfidence {
        report(.warning, .lowConfidence, "link confidence \(Self.format(pair.confidence)) is below \(Self.format(minConfidence))")
      }
      // Numbers.
      let sourceNumbers = NumberExtractor.numbers(in: source, language: sourceLanguage)
      let targetNumbers = NumberExtractor.numbers(in: target, language: targetLanguage)
      if sourceNumbers != targetNumbers {
        let missing = Self.difference(sourceNumbers, targetNumbers)
        let extra = Self.difference(targetNumbers, sourceNumbers)
        var parts: [String] = []
        if !missing.isEmpty { parts.append("source numbers missing in target: " + missing.joined(separator: ", ")) }
        if !extra.isEmpty { parts.append("target numbers not in source: " + extra.joined(separator: ", ")) }
        report(.error, .numberMismatch, parts.joined(separator: "; "))
      }
      // Names.
      let sourceNames = names(in: source, language: sourceLanguage)
      let targetNames = names(in: target, language: targetLanguage)
      let missingNames = sourceNames.filter { name in
        !target.contains { matches(sourceWord: name.text, targetWord: $0.text, scorer: &scorer) }
          && !concatenationMatches(name.text, target, normalizer: targetNormalizer, sourceNormalizer: sourceNormalizer)
      }
      if !missingNames.isEmpty {
        report(.error, .nameMismatch,
               "source names without counterpart in target: " + Self.unique(missingNames.map(\.text)).joined(separator: ", "))
      }
      let extraNames = targetNames.filter { name in
        !source.contains { matches(sourceWord: $0.text, targetWord: name.text, scorer: &scorer) }
          && !source.contains { sourceToken in
            concatenationMatches(sourceToken.text, target, normalizer: targetNormalizer, sourceNormalizer: sourceNormalizer,
                                 containing: name.text)
          }
      }
      if !extraNames.isEmpty {
        report(missingNames.isEmpty ? .warning : .error, .nameMismatch,
               "target names without counterpart in source: " + Self.unique(extraNames.map(\.text)).joined(separator: ", "))
      }
      let pairIsConfident = pair.confidence >= minConfidence
      // Glossary terms.
      let sourceWindows = sourceMatcher.windowKeys(of: source)
      let targetWindows = targetMatcher.windowKeys(of: target)
      for term in terms where sourceWindows.contains(term.source) && !targetWindows.contains(term.target) {
        report(.warning, .missingTerm, "glossary term '\(term.term.source)' is not translated as '\(term.term.target)'")
      }
      // Extracted pairs only on links the aligner is sure of: a misaligned link would list them all.
      for pair in pairsToCheck
      where pairIsConfident && sourceWindows.contains(pair.source) && !targetWindows.contains(pair.target) {
        report(.info, .missingTerm,
               "'\(pair.entry.source)' is translated '\(pair.entry.target)' elsewhere, not here")
      }
      // Glued headings or captions.
      for (side, tokens, stop) in [("source", source, StopWords.list(for: sourceLanguage)),
                                   ("target", target, StopWords.list(for: targetLanguage))] {
        for i in tokens.indices.dropFirst() {
          let t = tokens[i], previous = tokens[i - 1]
          if t.isCapitalized, !t.isAcronym, !t.isSentenceInitial, !t.followsPunctuation, stop.contains(t.lower),
            previous.isCapitalized
          {
            report(.warning, .gluedSegment,
                   "\(side): '\(previous.text) \(t.text)' — a heading or caption seems glued to the sentence")
            break
          }
        }
      }
      findings += found.sorted { $0.severity > $1.severity }
    }
    return findings
  }

  // MARK: - Names

  /// Proper names: acronyms, words the dictionary translates with a
  /// capitalised word, and (except in German, which capitalises every noun)
  /// capitalised words inside a sentence; in German also capitalised words
  /// inside a sentence that the dictionary does not know at all.
  private func names(in tokens: [Token], language: String) -> [Token] {
    let stop = StopWords.list(for: language)
    let german = StopWords.primarySubtag(language) == "de"
    return tokens.filter { t in
      guard t.isCapitalized, !t.isNumber, !stop.contains(t.lower) else { return false }
      if t.isAcronym { return true }
      if t.isSentenceInitial { return false }
      if !german { return true }
      if dictionary.wordTranslations.isEmpty { return false }
      return NameHeuristics.isName(t, dictionary: dictionary)
    }
  }

  /// Whether a target word translates or transliterates a source word.
  private func matches(sourceWord: String, targetWord: String, scorer: inout LexicalScorer) -> Bool {
    scorer.translates(sourceWord, targetWord)
  }

  /// Whether `word` matches adjacent target words written together
  /// ("Nordkorea" ≈ "North Korea"); with `containing`, only runs that include it.
  private func concatenationMatches(
    _ word: String, _ target: [Token], normalizer: WordNormalizer, sourceNormalizer: WordNormalizer,
    containing: String? = nil
  ) -> Bool {
    let folded = sourceNormalizer.fold(word)
    guard folded.count >= 4 else { return false }
    for start in target.indices {
      var joined = ""
      for end in start..<min(target.count, start + 3) {
        joined += normalizer.fold(target[end].text)
        guard end > start else { continue }
        if let containing, !target[start...end].contains(where: { $0.text == containing }) { continue }
        if Similarity.isCognate(folded, joined, threshold: 0.75) || Self.sharePrefix(folded, joined) { return true }
      }
    }
    return false
  }

  /// Names often differ only in an ending: "Korean" / "koreanischer", "Kremlin" / "Kreml".
  static func sharePrefix(_ a: String, _ b: String) -> Bool {
    let shorter = min(a.count, b.count)
    guard shorter >= 4 else { return false }
    return a.hasPrefix(b) || b.hasPrefix(a)
  }

  private static func difference(_ a: [String: Int], _ b: [String: Int]) -> [String] {
    a.keys.sorted().flatMap { key in Array(repeating: key, count: max(0, (a[key] ?? 0) - (b[key] ?? 0))) }
  }

  private static func unique(_ words: [String]) -> [String] {
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }

  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
