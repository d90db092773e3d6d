import Alignment
import Foundation

/// Builds a bilingual glossary from aligned links: term candidates on both
/// sides, each source term paired with the target expression that co-occurs
/// with it across the links (Dice) and is backed by the dictionary, stems or
/// cognates; curated terms win over extracted ones.
///
/// ```swift
/// let builder = GlossaryBuilder(sourceLanguage: "de", targetLanguage: "en", dictionary: dictionary)
/// let entries = builder.build(from: pairs)   // best first
/// ```
public struct GlossaryBuilder: Sendable {
  public var sourceLanguage: String
  public var targetLanguage: String
  public var dictionary: BilingualDictionary
  /// Curated entries: they replace extracted entries with the same source term.
  public var curated: [CuratedTerm]
  /// Source terms that occur fewer times are left out.
  public var minFrequency: Int
  /// Pairs less sure than this are left out.
  public var minConfidence: Double

  public init(
    sourceLanguage: String, targetLanguage: String, dictionary: BilingualDictionary = .init(),
    curated: [CuratedTerm] = [], minFrequency: Int = 1, minConfidence: Double = 0.5
  ) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.dictionary = dictionary
    self.curated = curated
    self.minFrequency = minFrequency
    self.minConfidence = minConfidence
  }

  /// The glossary of `pairs`, best entries first.
  /// - Complexity: O(*s* · *t*) per link, where *s* and *t* are the
  ///   candidates of its two sides.
  public func build(from pairs: [AlignedPair]) -> [GlossaryEntry] {
    let sourceNormalizer = WordNormalizer(language: sourceLanguage)
    let targetNormalizer = WordNormalizer(language: targetLanguage)
    let sourceTokens = pairs.map { Tokenizer.tokens(in: $0.source) }
    let targetTokens = pairs.map { Tokenizer.tokens(in: $0.target) }
    let sourceTerms = TermExtractor(language: sourceLanguage)
      .candidates(in: sourceTokens, normalizer: sourceNormalizer, dictionary: dictionary)
    var targetExtractor = TermExtractor(language: targetLanguage)
    targetExtractor.dropsNested = false
    let targetTerms = targetExtractor.candidates(in: targetTokens, normalizer: targetNormalizer, dictionary: dictionary)
    let linked = Set(pairs.indices.filter { !sourceTokens[$0].isEmpty && !targetTokens[$0].isEmpty })

    var targetsByLink: [Int: [Int]] = [:]
    for (index, term) in targetTerms.enumerated() {
      for link in term.segments where linked.contains(link) { targetsByLink[link, default: []].append(index) }
    }
    var scorer = LexicalScorer(
      dictionary: dictionary, source: sourceNormalizer, target: targetNormalizer)

    var entries: [String: GlossaryEntry] = [:]
    for term in sourceTerms where term.frequency >= minFrequency {
      let links = Set(term.segments).intersection(linked)
      guard !links.isEmpty else { continue }
      var candidateIndices: Set<Int> = []
      for link in links { candidateIndices.formUnion(targetsByLink[link] ?? []) }
      var best: (index: Int, confidence: Double, dice: Double, lexical: Double, shared: Int)?
      for index in candidateIndices.sorted() {  // in order: ties go to the first, on every run
        let target = targetTerms[index]
        let targetLinks = Set(target.segments).intersection(linked)
        let shared = links.intersection(targetLinks).count
        let dice = 2 * Double(shared) / Double(links.count + targetLinks.count)
        let lexical = scorer.score(term.form, target.form)
        let confidence: Double
        if lexical > 0 {
          confidence = 0.6 * lexical + 0.4 * dice
        } else if shared >= 2 {
          confidence = 0.5 * dice  // co-occurrence alone: never above 0.5
        } else {
          continue
        }
        if let current = best,
          (current.confidence, current.dice, targetTerms[current.index].form.count)
            >= (confidence, dice, target.form.count)
        {
          continue
        }
        best = (index, confidence, dice, lexical, shared)
      }
      guard let best, best.confidence >= minConfidence else { continue }
      let target = targetTerms[best.index]
      let exampleLink = term.segments.first { target.segments.contains($0) }
      let termhood = specificity(term, scorer: &scorer) * length(term, target) * adjectiveWeight(term)
      // Frequency counts the links that hold both terms: an extra link that
      // holds only the source term (a misaligned repeat) lowers the Dice, not this.
      let score = best.confidence * termhood * (1 + 0.5 * log2(Double(max(1, best.shared))))
      let entry = GlossaryEntry(
        source: term.form, target: target.form, frequency: term.frequency, confidence: best.confidence,
        sourceVariants: term.variants, targetVariants: target.variants,
        example: exampleLink.map { pairs[$0] },
        note: "dice \(Self.format(best.dice)); lexical \(Self.format(best.lexical)); "
          + "termhood \(Self.format(termhood)); score \(Self.format(score))",
        origin: .extracted, score: score)
      // Two source candidates may pick one target: keep the better pair.
      if let existing = entries[target.key], existing.score >= score { continue }
      entries[target.key] = entry
    }
    // Dictionary order differs from run to run: fix it before anything depends on it.
    var result = entries.values.sorted(by: Self.ranks)
    result = merge(curated: curated, into: result, pairs: pairs, sourceTokens: sourceTokens,
                   normalizer: sourceNormalizer, targetLanguage: targetLanguage)
    return result.sorted(by: Self.ranks)
  }

  /// Best first: by score, then frequency, then source and target in alphabetical order,
  /// so that the same input gives the same glossary, byte for byte.
  static func ranks(_ a: GlossaryEntry, _ b: GlossaryEntry) -> Bool {
    (a.score, a.frequency, b.source, b.target) > (b.score, b.frequency, a.source, a.target)
  }

  /// How specialised a term is against general language: 1 / (1 + log₁₀(1 +
  /// uses in the dictionary)) of its most specialised word, so 1 for words
  /// the dictionary never uses (names) and about 0.3 for everyday words. A
  /// compound the dictionary does not list lies halfway between a new word (1)
  /// and the mean of its parts: the combination is unlisted, its parts may be everyday words.
  private func specificity(_ term: TermCandidate, scorer: inout LexicalScorer) -> Double {
    let words = term.form.split(separator: " ").map(String.init)
    var best = 0.0
    for word in words {
      let parts = dictionary.knows(word) ? [word.lowercased()] : scorer.pieces(of: word).map(\.word)
      let partSum = parts.reduce(0.0) { $0 + 1 / (1 + log10(1 + Double(dictionary.referenceCount(of: $1)))) }
      let mean = partSum / Double(max(1, parts.count))
      best = max(best, parts.count > 1 ? (1 + mean) / 2 : mean)
    }
    return best
  }

  /// Longer terms, and multi-word proper names on the target side, are
  /// better glossary material: log₂(1 + words), × 1.5 for names.
  private func length(_ source: TermCandidate, _ target: TermCandidate) -> Double {
    let targetWords = target.form.split(separator: " ")
    let words = max(source.wordCount, targetWords.count)
    let properName = targetWords.count > 1 && targetWords.allSatisfy { $0.first?.isUppercase ?? false }
    return log2(1 + Double(words)) * (properName ? 1.5 : 1)
  }

  /// Adjective + noun groups form terms when the adjective classifies
  /// ("spezielle Militäroperation", "territoriale Integrität"), rarely when it
  /// describes ("zunehmende Spannungen"): 0.5 for a group with a descriptive adjective.
  private func adjectiveWeight(_ term: TermCandidate) -> Double {
    guard StopWords.primarySubtag(sourceLanguage) == "de" else { return 1 }
    let words = term.form.split(separator: " ")
    for word in words.dropLast() where !(word.first?.isUppercase ?? true) {
      if !TermExtractor.isRelationalAdjective(word.lowercased()) { return 0.5 }
    }
    return 1
  }

  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  /// Replaces extracted entries by curated ones with the same source term and
  /// adds curated terms that occur in the source text.
  private func merge(
    curated: [CuratedTerm], into extracted: [GlossaryEntry], pairs: [AlignedPair], sourceTokens: [[Token]],
    normalizer: WordNormalizer, targetLanguage: String
  ) -> [GlossaryEntry] {
    guard !curated.isEmpty else { return extracted }
    let matcher = TermMatcher(language: sourceLanguage)
    let targetMatcher = TermMatcher(language: targetLanguage)
    let windows = sourceTokens.map { matcher.windowKeys(of: $0) }
    var bySourceKey: [String: Int] = [:]
    var result = extracted
    for (index, entry) in result.enumerated() { bySourceKey[matcher.key(of: entry.source)] = index }
    var replaced: Set<Int> = []
    var additions: [GlossaryEntry] = []
    for term in curated {
      let key = matcher.key(of: term.source)
      let links = windows.indices.filter { windows[$0].contains(key) }
      guard !links.isEmpty else { continue }
      let targetKey = targetMatcher.key(of: term.target)
      let example = links.first { targetMatcher.windowKeys(of: pairs[$0].target).contains(targetKey) } ?? links[0]
      var entry = GlossaryEntry(
        source: term.source, target: term.target, frequency: links.count, confidence: 1,
        example: pairs[example], note: term.note, origin: .curated,
        score: 1 + log2(Double(links.count)))
      if let existing = bySourceKey[key] {
        let old = result[existing]
        entry.frequency = max(entry.frequency, old.frequency)
        entry.sourceVariants = old.sourceVariants
        entry.targetVariants = old.target == term.target ? old.targetVariants : [term.target]
        entry.score = max(entry.score, old.score)
        result[existing] = entry
        replaced.insert(existing)
      } else {
        entry.sourceVariants = [term.source]
        entry.targetVariants = [term.target]
        additions.append(entry)
      }
    }
    return result + additions
  }
}
