import Alignment

/// Checks the links of a bitext before they go into a translation memory:
/// omitted, inserted, truncated, untranslated, duplicated and wrong
/// sentences, repeated blocks, numbers and names that differ, glossary terms
/// whose translation is missing, lengths far off the text's ratio, low
/// confidence, and headings glued to sentences.
///
/// ```swift
/// let findings = QualityChecker(sourceLanguage: "de", targetLanguage: "en", dictionary: dictionary)
///   .check(pairs)
/// let failed = findings.contains { $0.severity == .error }
/// ```
public struct QualityChecker: Sendable {
  public var sourceLanguage: String
  public var targetLanguage: String
  /// Word translations; also the general vocabulary that tells German nouns from names.
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

  /// Deviations of the target length, in standard deviations of the length
  /// model, beyond which a link is reported.
  static let shortTarget = -4.0, omittedTarget = -6.0, longTarget = 4.5, truncatedTarget = -2.0
  /// A link with at most this share of source words translated, and a
  /// quarter of the text's median share, may be a wrong sentence.
  static let wrongSentenceSupport = 0.1
  /// The median share assumed for texts of fewer than 20 links.
  static let assumedSupport = 0.4

  /// The findings of every link, in link order, most severe first within a
  /// link; a repeated block is one finding, at the first link of its repeat,
  /// and its one-sided links raise nothing else.
  public func check(_ pairs: [AlignedPair]) -> [QAFinding] {
    var context = Context(checker: self, pairs: pairs)
    var blockFindings: [Int: [QAFinding]] = [:]
    var explained: Set<Int> = []  // one-sided links that a repeat accounts for
    for side in [RepeatedBlocks.Side.source, .target] {
      let texts = pairs.map { side == .source ? $0.source : $0.target }
      for block in RepeatedBlocks.blocks(in: texts) {
        let unmatched = (Array(block.links) + Array(block.originals)).filter { Self.lacksOtherSide(pairs[$0], side) }
        guard !unmatched.isEmpty else { continue }  // the other side repeats it too
        explained.formUnion(unmatched)
        blockFindings[block.links.lowerBound, default: []].append(repeatedBlock(block, side: side, pairs: pairs))
      }
    }
    for (link, original) in RepeatedBlocks.copies(in: pairs, side: .source, minimumWords: 6) where !explained.contains(link) {
      explained.insert(link)
      blockFindings[link, default: []].append(
        repeatedBlock(RepeatedBlock(links: link...link, originals: original...original), side: .source, pairs: pairs))
    }
    for finding in namesOutOfContext(pairs) { blockFindings[finding.links.lowerBound, default: []].append(finding) }
    let targetCopies = RepeatedBlocks.copies(in: pairs, side: .target)
    var findings: [QAFinding] = []
    for index in pairs.indices {
      findings += blockFindings[index] ?? []
      guard !explained.contains(index) else { continue }
      findings += context.check(link: index, repeatsTargetOf: targetCopies[index]).sorted { $0.severity > $1.severity }
    }
    return findings
  }

  /// Document-level: links whose pair of countries is out of the text's context, read on the
  /// source side first (a slip in the source that the translation copies) and then on the target.
  private func namesOutOfContext(_ pairs: [AlignedPair]) -> [QAFinding] {
    var findings: [Int: QAFinding] = [:]
    for side in [RepeatedBlocks.Side.source, .target] {
      let texts = pairs.map { side == .source ? $0.source : $0.target }
      for found in CountryMentions.outOfContext(texts) where findings[found.link] == nil {
        let pair = pairs[found.link]
        let context = zip(found.context, found.contextLinks).map { "\($0) (\($1) sentences)" }.joined(separator: " and ")
        findings[found.link] = QAFinding(
          links: found.link..<found.link + 1, severity: QAFinding.Rule.namesOutOfContext.severity, rule: .namesOutOfContext,
          message: "\(side == .source ? "source" : "target"): '\(found.phrase)' are paired only here, while the text is about "
            + "\(context): check that the sentence names the right countries",
          sourceLines: pair.sourceLines, targetLines: pair.targetLines)
      }
    }
    return findings.keys.sorted().map { findings[$0]! }
  }

  private static func lacksOtherSide(_ pair: AlignedPair, _ side: RepeatedBlocks.Side) -> Bool {
    RepeatedBlocks.isBlank(side == .source ? pair.target : pair.source)
  }

  private func repeatedBlock(_ block: RepeatedBlock, side: RepeatedBlocks.Side, pairs: [AlignedPair]) -> QAFinding {
    func lines(_ links: ClosedRange<Int>) -> ClosedRange<Int>? {
      let spans = links.compactMap { side == .source ? pairs[$0].sourceLines : pairs[$0].targetLines }
      guard let first = spans.first, let last = spans.last else { return nil }
      return first.lowerBound...last.upperBound
    }
    let name = side == .source ? "source" : "target"
    let repeated = lines(block.links), original = lines(block.originals)
    let place =
      if let repeated, let original {
        "\(name) \(repeated.count == 1 ? "line" : "lines") \(Self.span(repeated)) \(repeated.count == 1 ? "repeats" : "repeat") \(original.count == 1 ? "line" : "lines") \(Self.span(original))"
      } else {
        "the \(name) of links \(Self.span(block.links.lowerBound + 1...block.links.upperBound + 1)) repeats links \(Self.span(block.originals.lowerBound + 1...block.originals.upperBound + 1))"
      }
    let other = side == .source ? "translation" : "source"
    return QAFinding(
      links: block.links.lowerBound..<block.links.upperBound + 1, severity: QAFinding.Rule.repeatedBlock.severity,
      rule: .repeatedBlock, message: "\(place), which the \(other) has once. Remove the repeat, or check that it belongs there.",
      sourceLines: side == .source ? repeated : nil, targetLines: side == .target ? repeated : nil)
  }

  /// A line or link range as reports write it: "15–27", or "15" for one line.
  public static func span(_ range: ClosedRange<Int>) -> String {
    range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
  }

  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}

extension QAFinding.Rule {
  /// The severity of the rule's findings, unless the checker has reason to lower it.
  public var severity: QAFinding.Severity {
    switch self {
    case .omission, .truncation, .untranslated, .numberMismatch, .nameMismatch, .duplicatedTarget, .wrongSentence,
      .namesOutOfContext:
      .error
    case .insertion, .missingTerm, .gluedSegment, .repeatedBlock, .lengthRatio:
      .warning
    case .lowConfidence:
      .info
    }
  }
}

/// What the checker knows of the whole text while it checks one link.
private struct Context {
  let checker: QualityChecker
  let pairs: [AlignedPair]
  let sourceNormalizer: WordNormalizer
  let targetNormalizer: WordNormalizer
  var scorer: LexicalScorer
  let lengths: LengthModel
  let names: NameFinder
  let terms: [(term: CuratedTerm, source: String, target: String)]
  let extractedPairs: [(entry: GlossaryEntry, source: String, target: String)]
  let sourceMatcher: TermMatcher
  let targetMatcher: TermMatcher
  let sourceStop: Set<String>
  let targetStop: Set<String>
  /// The median share of source words that find a counterpart, over the links with enough words (``QualityChecker/assumedSupport`` for short texts).
  var typicalSupport: Double

  init(checker: QualityChecker, pairs: [AlignedPair]) {
    self.checker = checker
    self.pairs = pairs
    sourceNormalizer = WordNormalizer(language: checker.sourceLanguage)
    targetNormalizer = WordNormalizer(language: checker.targetLanguage)
    scorer = LexicalScorer(dictionary: checker.dictionary, source: sourceNormalizer, target: targetNormalizer)
    lengths = LengthModel(fitting: pairs)
    names = NameFinder(
      pairs: pairs, sourceLanguage: checker.sourceLanguage, targetLanguage: checker.targetLanguage,
      dictionary: checker.dictionary, sourceNormalizer: sourceNormalizer, targetNormalizer: targetNormalizer)
    sourceMatcher = TermMatcher(language: checker.sourceLanguage)
    targetMatcher = TermMatcher(language: checker.targetLanguage)
    let sourceMatcher = sourceMatcher, targetMatcher = targetMatcher
    terms = checker.glossary.map { (term: $0, source: sourceMatcher.key(of: $0.source), target: targetMatcher.key(of: $0.target)) }
    let curatedSources = Set(terms.map(\.source))
    extractedPairs = checker.extracted.filter { $0.origin == .extracted && $0.confidence >= 0.8 }
      .map { (entry: $0, source: sourceMatcher.key(of: $0.source), target: targetMatcher.key(of: $0.target)) }
      .filter { !curatedSources.contains($0.source) }
    sourceStop = StopWords.list(for: checker.sourceLanguage)
    targetStop = StopWords.list(for: checker.targetLanguage)
    typicalSupport = QualityChecker.assumedSupport
    let shares = pairs.compactMap { pair in support(Tokenizer.tokens(in: pair.source), Tokenizer.tokens(in: pair.target)) }.sorted()
    if shares.count >= 20 { typicalSupport = shares[shares.count / 2] }
  }

  var sourceLanguage: String { checker.sourceLanguage }
  var targetLanguage: String { checker.targetLanguage }

  /// The findings of link `index`; `original` is the link whose target a 0-1 link repeats.
  mutating func check(link index: Int, repeatsTargetOf original: Int?) -> [QAFinding] {
    let pair = pairs[index]
    var found: [QAFinding] = []
    func report(_ rule: QAFinding.Rule, _ message: String, severity: QAFinding.Severity? = nil) {
      found.append(QAFinding(links: index..<index + 1, severity: severity ?? rule.severity, rule: rule, message: message,
                             sourceLines: pair.sourceLines, targetLines: pair.targetLines))
    }
    let source = Tokenizer.tokens(in: pair.source)
    let target = Tokenizer.tokens(in: pair.target)
    if source.isEmpty && target.isEmpty { return [] }
    if target.isEmpty {
      // Between two-sided links, a sentence left out; at an edge or in a run of 1-0 links, maybe a heading or notes.
      let inside = index > 0 && index + 1 < pairs.count && [pairs[index - 1], pairs[index + 1]].allSatisfy(Self.isTwoSided)
      report(.omission, "the source sentence has no translation", severity: inside ? .error : .warning)
      return found
    }
    if source.isEmpty {
      if let original {
        report(.duplicatedTarget, "the target repeats the target of link \(original + 1) and has no source")
      } else {
        report(.insertion, "the target sentence has no source")
      }
      return found
    }
    if let half = Self.repeatedHalf(pair.target) {
      report(.duplicatedTarget, "the target says twice: '\(Self.excerpt(half))'")
    }
    checkUntranslated(source, target, pair: pair, report: report)
    if pair.confidence < checker.minConfidence {
      report(.lowConfidence,
             "link confidence \(QualityChecker.format(pair.confidence)) is below \(QualityChecker.format(checker.minConfidence))")
    }
    checkNumbers(source, target, pair: pair, report: report)
    checkNames(source, target, report: report)
    checkTerms(source, target, confident: pair.confidence >= checker.minConfidence, report: report)
    checkGlued(source, target, report: report)
    checkLength(pair, report: report)
    checkSupport(source, target, confident: pair.confidence >= checker.minConfidence, report: report)
    return found
  }

  static func isTwoSided(_ pair: AlignedPair) -> Bool {
    !pair.source.allSatisfy(\.isWhitespace) && !pair.target.allSatisfy(\.isWhitespace)
  }

  typealias Report = (QAFinding.Rule, String, QAFinding.Severity?) -> Void

  private func checkUntranslated(_ source: [Token], _ target: [Token], pair: AlignedPair, report: Report) {
    if LanguageEvidence.reads(target, as: sourceLanguage, ratherThan: targetLanguage) {
      report(.untranslated, "the target reads as '\(sourceLanguage)', not '\(targetLanguage)'", nil)
    } else if source.map(\.lower) == target.map(\.lower), source.contains(where: { !$0.isNumber }),
      !source.allSatisfy({ $0.isCapitalized || $0.isNumber })
    {
      report(.untranslated, "the target repeats the source", nil)
    }
  }

  /// Digits that differ are an error; number words only when both sides
  /// have one the other lacks ("zwei" / "five"): a number word on one side
  /// only is a translator's choice ("unter vier Augen" / "in private").
  /// A heading's leading number ("1 Verhaftung" / "Arrest") is the document's numbering and need not be translated.
  private func checkNumbers(_ source: [Token], _ target: [Token], pair: AlignedPair, report: Report) {
    func numbered(_ tokens: [Token], _ text: String) -> ArraySlice<Token> {
      tokens.first?.isNumber == true && !Self.endsSentence(text) ? tokens.dropFirst() : tokens[...]
    }
    let sourceNumbers = NumberExtractor.allNumbers(in: Array(numbered(source, pair.source)), language: sourceLanguage)
    let targetNumbers = NumberExtractor.allNumbers(in: Array(numbered(target, pair.target)), language: targetLanguage)
    var missing = NumberExtractor.missing(sourceNumbers, in: targetNumbers, words: false)
    var extra = NumberExtractor.missing(targetNumbers, in: sourceNumbers, words: false)
    let missingWords = NumberExtractor.missing(sourceNumbers, in: targetNumbers, words: true)
    let extraWords = NumberExtractor.missing(targetNumbers, in: sourceNumbers, words: true)
    if !missing.isEmpty || !extra.isEmpty || (!missingWords.isEmpty && !extraWords.isEmpty) {
      missing += missingWords
      extra += extraWords
    }
    var parts: [String] = []
    if !missing.isEmpty { parts.append("source numbers missing in target: " + missing.joined(separator: ", ")) }
    if !extra.isEmpty { parts.append("target numbers not in source: " + extra.joined(separator: ", ")) }
    if !parts.isEmpty { report(.numberMismatch, parts.joined(separator: "; "), nil) }
  }

  /// A name replaced by another is an error; a name on one side only a
  /// warning, or info for a name the text uses often ("Gregor" for "er").
  private mutating func checkNames(_ source: [Token], _ target: [Token], report: Report) {
    var missing: [Token] = []
    for name in names.sourceNames(in: source) where !target.contains(where: { matches(name, $0) })
      && !concatenationMatches(name.text, target) {
      missing.append(name)
    }
    let confirmed = Set(names.targetNames(in: target).map(\.text))
    var extra: [Token] = []
    for name in names.targetCandidates(in: target) where !source.contains(where: { matches($0, name) })
      && !source.contains(where: { concatenationMatches($0.text, target, containing: name.text) }) {
      extra.append(name)
    }
    let extraNames = extra.filter { confirmed.contains($0.text) }
    let missingText = "source names without counterpart in target: " + Self.unique(missing.map(\.text)).joined(separator: ", ")
    if !missing.isEmpty, !extra.isEmpty {
      report(.nameMismatch, missingText, nil)
      report(.nameMismatch, "target names without counterpart in source: " + Self.unique(extra.map(\.text)).joined(separator: ", "), nil)
    } else if !missing.isEmpty {
      report(.nameMismatch, missingText, missing.allSatisfy(names.isFrequentInSource) ? .info : .warning)
    } else if !extraNames.isEmpty {
      report(.nameMismatch, "target names without counterpart in source: " + Self.unique(extraNames.map(\.text)).joined(separator: ", "),
             extraNames.allSatisfy(names.isFrequentInTarget) ? .info : .warning)
    }
  }

  /// Whether a target word renders a source name: a translation, a cognate, or
  /// a derivation sharing the stem ("Italiener" / "Italy", "Russland" / "Russia").
  private mutating func matches(_ source: Token, _ target: Token) -> Bool {
    if scorer.translates(source.text, target.text) { return true }
    let a = Array(sourceNormalizer.fold(source.text)), b = Array(targetNormalizer.fold(target.text))
    let common = zip(a, b).prefix { $0 == $1 }.count
    return common >= 4 && Double(common) >= 0.6 * Double(min(a.count, b.count))
  }

  private func checkTerms(_ source: [Token], _ target: [Token], confident: Bool, report: Report) {
    let sourceWindows = sourceMatcher.windowKeys(of: source)
    let targetWindows = targetMatcher.windowKeys(of: target)
    for term in terms where sourceWindows.contains(term.source) && !targetWindows.contains(term.target) {
      report(.missingTerm, "glossary term '\(term.term.source)' is not translated as '\(term.term.target)'", nil)
    }
    // Extracted pairs only on links the aligner is sure of: a misaligned link would list them all.
    for pair in extractedPairs where confident && sourceWindows.contains(pair.source) && !targetWindows.contains(pair.target) {
      report(.missingTerm, "'\(pair.entry.source)' is translated '\(pair.entry.target)' elsewhere, not here", .info)
    }
  }

  /// Pronouns that are capitalised inside a sentence: formal German address, English "I".
  private static let capitalizedPronouns: Set<String> = [
    "sie", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "ihnen", "i",
  ]

  /// A capitalised function word after a capitalised word inside a sentence: "… Kim Jong Un Am Mittwoch …".
  private func checkGlued(_ source: [Token], _ target: [Token], report: Report) {
    for (side, tokens, stop) in [("source", source, sourceStop), ("target", target, targetStop)] {
      for i in tokens.indices.dropFirst() {
        let t = tokens[i], previous = tokens[i - 1]
        if t.isCapitalized, !t.isAcronym, !t.isSentenceInitial, !t.followsPunctuation, stop.contains(t.lower),
          !Self.capitalizedPronouns.contains(t.lower), previous.isCapitalized, !previous.isSentenceInitial
        {
          report(.gluedSegment, "\(side): '\(previous.text) \(t.text)' — a heading or caption seems glued to the sentence", nil)
          break
        }
      }
    }
  }

  /// Truncated, shortened or padded targets, by the length model.
  private func checkLength(_ pair: AlignedPair, report: Report) {
    let s = LengthModel.length(pair.source), t = LengthModel.length(pair.target)
    let deviation = lengths.deviation(source: s, target: t)
    let expected = Int((lengths.ratio * Double(s)).rounded())
    if deviation < QualityChecker.truncatedTarget, Self.endsSentence(pair.source), !Self.endsSentence(pair.target) {
      report(.truncation, "the target stops short: \(t) characters where about \(expected) are expected, and no final punctuation", nil)
    } else if deviation < QualityChecker.shortTarget {
      report(.omission, "the target is far shorter than the source: \(t) characters where about \(expected) are expected",
             deviation < QualityChecker.omittedTarget ? .error : .warning)
    } else if deviation > QualityChecker.longTarget {
      report(.lengthRatio, "the target is far longer than the source: \(t) characters where about \(expected) are expected", nil)
    }
  }

  /// A link of which hardly any source content word (names aside: a book
  /// names its hero everywhere) has a counterpart in a target of several
  /// content words, far less than the text's links have: a wrong sentence;
  /// a warning only when the aligner was sure of the link (a free translation).
  private mutating func checkSupport(_ source: [Token], _ target: [Token], confident: Bool, report: Report) {
    guard let share = support(source, target), share <= min(QualityChecker.wrongSentenceSupport, typicalSupport / 4) else {
      return
    }
    report(.wrongSentence, "hardly a word of the source has a counterpart in the target: the target may translate another sentence",
           confident ? .warning : .error)
  }

  /// The share of source content words with a counterpart in the target;
  /// nil without a dictionary or with fewer than four content words a side.
  mutating func support(_ source: [Token], _ target: [Token]) -> Double? {
    guard !checker.dictionary.wordTranslations.isEmpty else { return nil }
    let names = Set(self.names.sourceNames(in: source).map(\.text))
    let sourceWords = source.filter { !sourceStop.contains($0.lower) && $0.lower.count >= 3 && !$0.isNumber && !names.contains($0.text) }
    let targetWords = target.filter { !targetStop.contains($0.lower) && $0.lower.count >= 3 && !$0.isNumber }
    guard sourceWords.count >= 4, targetWords.count >= 4 else { return nil }
    var matched = 0
    for word in sourceWords where targetWords.contains(where: { scorer.translates(word.text, $0.text) }) { matched += 1 }
    return Double(matched) / Double(sourceWords.count)
  }

  // MARK: - Helpers

  /// The text, when it is one sentence written twice ("A. A.").
  static func repeatedHalf(_ text: String) -> String? {
    let words = text.split(whereSeparator: \.isWhitespace)
    guard words.count >= 4, words.count % 2 == 0 else { return nil }
    let half = words.count / 2
    guard words[..<half].elementsEqual(words[half...]) else { return nil }
    return words[..<half].joined(separator: " ")
  }

  /// Ends in `.`, `!`, `?`, `…` or `:`, perhaps followed by closing quotes or brackets.
  static func endsSentence(_ text: String) -> Bool {
    let closers: Set<Character> = ["\"", "'", "”", "“", "’", "»", "«", "›", ")", "]", "*", "_"]
    guard let last = text.reversed().first(where: { !$0.isWhitespace && !closers.contains($0) }) else { return false }
    return [".", "!", "?", "…", ":", ";"].contains(last)
  }

  static func excerpt(_ text: String) -> String {
    text.count > 60 ? String(text.prefix(59)) + "…" : text
  }

  /// Whether `word` matches adjacent target words written together
  /// ("Nordkorea" ≈ "North Korea"); with `containing`, only runs that include it.
  private func concatenationMatches(_ word: String, _ target: [Token], containing: String? = nil) -> Bool {
    let folded = sourceNormalizer.fold(word)
    guard folded.count >= 4 else { return false }
    for start in target.indices {
      var joined = ""
      for end in start..<min(target.count, start + 3) {
        joined += targetNormalizer.fold(target[end].text)
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

  private static func unique(_ words: [String]) -> [String] {
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }
}
