import Foundation

/// Aligns two texts sentence by sentence.
///
/// ```swift
/// let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "fr")
/// let result = aligner.align(source: germanSentences, target: frenchSentences)
/// for link in result.links { print(link.source, link.target, link.confidence) }
/// ```
///
/// Two passes: the first scores beads by length, dictionary, numbers, names,
/// cognates and punctuation; the second adds a lexicon learned from the
/// first pass's confident links and a length model re-estimated from them.
public struct Aligner: Sendable {
  public struct Options: Sendable {
    /// Word translations for the language pair, if any.
    public var dictionary: BilingualDictionary?
    /// Whether to learn a lexicon from a first pass and realign.
    public var learnsLexicon = true
    /// Texts whose full matrix has at most this many cells are searched
    /// exhaustively; larger ones in a band around anchor links.
    public var maximumFullCells = 1_500_000
    /// Half-width of the band around the anchor path, in sentences.
    public var bandWidth = 25
    /// Half-width of the band around the first pass's path in the second pass.
    public var refinementWidth = 25
    /// Turns the search's evidence into confidences.
    public var confidenceModel = ConfidenceModel.standard
    /// Called as the search advances, from the calling thread.
    public var progress: (@Sendable (AlignmentProgress) -> Void)?

    public init(dictionary: BilingualDictionary? = nil) {
      self.dictionary = dictionary
    }
  }

  public let sourceLanguage: String
  public let targetLanguage: String
  public var options: Options
  var parameters = ScoringParameters()

  /// Throws `AlignmentError.unknownLanguage` for tags it does not know.
  public init(sourceLanguage: String, targetLanguage: String, options: Options = Options()) throws(AlignmentError) {
    self.sourceLanguage = try Language.primaryCode(of: sourceLanguage)
    self.targetLanguage = try Language.primaryCode(of: targetLanguage)
    self.options = options
  }

  /// Aligns `source` with `target` (one string per sentence). With
  /// paragraph indices per sentence, paragraph ends act as soft boundaries.
  ///
  /// Structure hook: with an anchor class per sentence on both sides (0 for
  /// running text; one number per structural kind, e.g. Documents'
  /// `DocumentBlock.Kind.anchorClass`: headings, list items, table cells), a
  /// bead whose two sides hold different classes pays
  /// `ScoringParameters.structurePenalty`, so headings align to headings
  /// and list items to list items.
  ///
  /// Anchors (links a person accepted, in order on both sides, not
  /// overlapping and within the texts: what ``AnchorList`` reads) are kept
  /// exactly, with confidence 1. Each stretch between two anchors is then
  /// aligned on its own, so a slip cannot cross an anchor, while the length
  /// model and the learned lexicon come from the whole text (the first
  /// pass's links of every stretch, and the anchors).
  public func align(source: [String], target: [String],
                    sourceParagraphs: [Int]? = nil, targetParagraphs: [Int]? = nil,
                    sourceClasses: [Int]? = nil, targetClasses: [Int]? = nil,
                    anchors: [AlignmentAnchor] = []) -> AlignmentResult {
    var warnings: [AlignmentWarning] = []
    if sourceLanguage == targetLanguage { warnings.append(.sameLanguage(sourceLanguage)) }
    if anchors.isEmpty, source.isEmpty || target.isEmpty {
      if source.isEmpty, !target.isEmpty { warnings.append(.emptySide(isSource: true)) }
      if target.isEmpty, !source.isEmpty { warnings.append(.emptySide(isSource: false)) }
      // Nothing to align with: each link is certainly unaligned, but the
      // input is not a bitext, which is the doubt worth flagging.
      let links = source.indices.map { AlignmentLink(source: $0..<$0 + 1, target: 0..<0, confidence: 0, reason: .length) }
        + target.indices.map { AlignmentLink(source: 0..<0, target: $0..<$0 + 1, confidence: 0, reason: .length) }
      return AlignmentResult(links: links, warnings: warnings)
    }
    var extractor = FeatureExtractor()
    var sourceSide = extractor.features(of: source, paragraphs: sourceParagraphs, language: sourceLanguage)
    var targetSide = extractor.features(of: target, paragraphs: targetParagraphs, language: targetLanguage)
    if let sourceClasses, let targetClasses, sourceClasses.count == source.count, targetClasses.count == target.count {
      sourceSide.anchorClasses = sourceClasses
      targetSide.anchorClasses = targetClasses
    }
    let sourceCharacters = sourceSide.lengths.reduce(0, +), targetCharacters = targetSide.lengths.reduce(0, +)
    let ratio = targetCharacters / max(sourceCharacters, 1)
    if ratio > 3 || ratio < 1.0 / 3 {
      warnings.append(.lengthMismatch(sourceCharacters: Int(sourceCharacters), targetCharacters: Int(targetCharacters)))
    }
    let dictionaryTranslations = translations(source: sourceSide, target: targetSide)
    let usesParagraphs = sourceParagraphs != nil && targetParagraphs != nil
    let stretches = anchors.isEmpty ? nil : AnchorStretches(anchors: anchors, sourceCount: source.count, targetCount: target.count)
    // The first pass's ratio counts only text that pairs: a block pasted
    // twice on one side once (the other side translates it once), and none of
    // what the anchors leave without counterpart.
    let paired = stretches?.paired ?? (source: [0..<source.count], target: [0..<target.count])
    let pairedRatio = targetSide.characters(in: paired.target) / max(sourceSide.characters(in: paired.source), 1)

    // Pass 1: length, dictionary, shared keys. A plausible ratio keeps the
    // length model useful when the sizes differ wildly (align what can be aligned).
    let firstRatio = min(max(pairedRatio, 0.5), 2.0)
    let passes = options.learnsLexicon ? 2 : 1
    var firstParameters = parameters
    if options.learnsLexicon { firstParameters.temperature = 1 }
    var (path, evidence) = search(source: sourceSide, target: targetSide, stretches: stretches,
                                  translations: dictionaryTranslations,
                                  ratio: firstRatio, variance: Self.firstPassVariance, usesParagraphs: usesParagraphs, previous: nil,
                                  parameters: firstParameters,
                                  progress: AlignmentProgress(pass: 1, passes: passes, fraction: 0))
    if options.learnsLexicon {
      let links = path.links
      let learned = LexiconLearner.learn(links: links, source: sourceSide, target: targetSide)
      var combined = dictionaryTranslations
      for (stem, list) in learned.enumerated() where !list.isEmpty {
        for y in list where !combined[stem].contains(y) { combined[stem].append(y) }
      }
      let (ratio2, variance2) = Self.lengthModel(links: links, source: sourceSide, target: targetSide,
                                                 fallbackRatio: firstRatio)
      (path, evidence) = search(source: sourceSide, target: targetSide, stretches: stretches, translations: combined,
                                ratio: ratio2, variance: variance2, usesParagraphs: usesParagraphs, previous: links,
                                parameters: parameters.learningShapes(from: links)
                                  .learningRunOns(from: links, source: sourceSide, target: targetSide),
                                progress: AlignmentProgress(pass: 2, passes: passes, fraction: 0))
      let firstPass = Set(links.map { [$0.source, $0.target] })
      for k in evidence.indices where evidence[k] != nil {
        evidence[k]?.agreesWithFirstPass = firstPass.contains([path.links[k].source, path.links[k].target])
      }
    }
    let links = path.links
    // The share of links with both sides that the search is sure of: 0.84–0.95
    // on the books and Text+Berg, 0.01–0.28 on pairs of unrelated books.
    let supported = links.filter { $0.source.count > 0 && $0.target.count > 0 && $0.confidence >= 0.5 }.count
    let matched = links.filter { $0.source.count > 0 && $0.target.count > 0 }.count
    if matched >= 10, Double(supported) / Double(matched) < AlignmentWarning.translationShare {
      warnings.append(.fewLexicalMatches(share: Double(supported) / Double(matched)))
    }
    let review = LinkReview(model: options.confidenceModel, source: sourceSide, target: targetSide, warnings: warnings)
    return AlignmentResult(links: review.links(path: path, evidence: evidence), warnings: warnings)
  }

  /// One pass over the whole text, or over each stretch between anchors with
  /// the anchors in between; evidence per link, nil for an anchor.
  private func search(source: SideFeatures, target: SideFeatures, stretches: AnchorStretches?,
                      translations: [[Int32]], ratio: Double, variance: Double, usesParagraphs: Bool,
                      previous: [AlignmentLink]?, parameters: ScoringParameters,
                      progress: AlignmentProgress) -> (BeadSearch.Path, [LinkEvidence?]) {
    guard let stretches else {
      let (path, scorer) = pass(source: source, target: target, translations: translations, ratio: ratio,
                                variance: variance, usesParagraphs: usesParagraphs, previous: previous,
                                parameters: parameters, progress: progress, share: 0..<1)
      return (path, scorer.evidence(of: path))
    }
    var combined = BeadSearch.Path(links: [], copyPosteriors: [])
    var evidence: [LinkEvidence?] = []
    let total = Double(max(source.count, 1))
    for k in stretches.source.indices {
      let s = stretches.source[k], t = stretches.target[k]
      if s.isEmpty != t.isEmpty {
        // Only one side between two anchors: every sentence is certainly unpaired.
        let gaps = s.map { AlignmentLink(source: $0..<$0 + 1, target: t.lowerBound..<t.lowerBound, confidence: 1) }
          + t.map { AlignmentLink(source: s.lowerBound..<s.lowerBound, target: $0..<$0 + 1, confidence: 1) }
        combined.links += gaps
        combined.copyPosteriors += gaps.map { _ in 1 }
        evidence += gaps.map { _ in
          LinkEvidence(posterior: 1, copyPosterior: 1, lengthCost: 0, lexicalSupport: 0, shiftedSupport: 0,
                       neighbourPosterior: 1, irregularDistance: 0)
        }
      } else if !s.isEmpty {
        let inside = previous?.compactMap { link -> AlignmentLink? in
          guard s.lowerBound <= link.source.lowerBound, link.source.upperBound <= s.upperBound,
                t.lowerBound <= link.target.lowerBound, link.target.upperBound <= t.upperBound else { return nil }
          var shifted = link
          shifted.source = link.source.lowerBound - s.lowerBound..<link.source.upperBound - s.lowerBound
          shifted.target = link.target.lowerBound - t.lowerBound..<link.target.upperBound - t.lowerBound
          return shifted
        }
        let (path, scorer) = pass(source: source.slice(s), target: target.slice(t), translations: translations,
                                  ratio: ratio, variance: variance, usesParagraphs: usesParagraphs,
                                  previous: inside, parameters: parameters, progress: progress,
                                  share: Double(s.lowerBound) / total..<Double(s.upperBound) / total)
        combined.links += path.links.map { link in
          var link = link
          link.source = link.source.lowerBound + s.lowerBound..<link.source.upperBound + s.lowerBound
          link.target = link.target.lowerBound + t.lowerBound..<link.target.upperBound + t.lowerBound
          return link
        }
        combined.copyPosteriors += path.copyPosteriors
        evidence += scorer.evidence(of: path)
      }
      if k < stretches.anchors.count {
        let anchor = stretches.anchors[k]
        combined.links.append(AlignmentLink(source: anchor.source, target: anchor.target, confidence: 1))
        combined.copyPosteriors.append(1)
        evidence.append(nil)
      }
    }
    return (combined, evidence)
  }

  /// Dictionary translations as target stem ids per source stem id. The
  /// dictionary counts either way round: an English–German one serves
  /// German–English too (``BilingualDictionary/oriented(from:to:)``).
  private func translations(source: SideFeatures, target: SideFeatures) -> [[Int32]] {
    var result = [[Int32]](repeating: [], count: source.stems.count)
    guard let dictionary = options.dictionary?.oriented(from: sourceLanguage, to: targetLanguage) else { return result }
    var targetIndex: [String: Int32] = [:]
    for (id, stem) in target.stems.enumerated() { targetIndex[stem] = Int32(id) }
    for (id, stem) in source.stems.enumerated() {
      guard let list = dictionary.translations[stem] else { continue }
      result[id] = list.compactMap { targetIndex[$0] }
    }
    return result
  }

  private func pass(source: SideFeatures, target: SideFeatures, translations: [[Int32]],
                    ratio: Double, variance: Double, usesParagraphs: Bool,
                    previous: [AlignmentLink]?, parameters: ScoringParameters,
                    progress: AlignmentProgress, share: Range<Double>) -> (BeadSearch.Path, BeadScorer) {
    let n = source.count, m = target.count
    let index = MatchIndex(source: source, target: target, translations: translations)
    let band: SearchBand
    if (n + 1) * (m + 1) <= options.maximumFullCells {
      band = .full(sourceCount: n, targetCount: m)
    } else if let previous {
      band = .around(links: previous, sourceCount: n, targetCount: m, width: options.refinementWidth)
    } else {
      let anchors = AnchorFinder.anchors(source: source, target: target, index: index, lengthRatio: ratio)
      band = .around(anchors: anchors, sourceCount: n, targetCount: m,
                     width: options.bandWidth, rectangleBudget: options.bandWidth * options.bandWidth * 16)
    }
    let windows = (0..<n).map { i -> Range<Int> in
      let low = max(0, band.lo[i] - 3), high = min(m, band.hi[min(n, i + 3)])
      return low..<max(low, high)
    }
    let pairs = PairScores(source: source, index: index, windows: windows, targetCount: m)
    let scorer = BeadScorer(source: source, target: target, pairs: pairs, parameters: parameters,
                            lengthRatio: ratio, lengthVariance: variance, usesParagraphs: usesParagraphs)
    var search = BeadSearch(band: band, scorer: scorer)
    if let report = options.progress {
      search.progress = { fraction in
        var state = progress
        state.fraction = share.lowerBound + fraction * (share.upperBound - share.lowerBound)
        report(state)
      }
    }
    return (search.run(), scorer)
  }

  /// The variance of the length model (per character, in the unit of
  /// `BeadScorer.lengthDeviation`) until the text has taught one.
  static let firstPassVariance = 6.8

  /// Ratio and variance of the Gale–Church model, from the confident 1-1 links;
  /// with fewer than 20 of them (where one outlier would decide the variance),
  /// `fallbackRatio` and `firstPassVariance`.
  static func lengthModel(links: [AlignmentLink], source: SideFeatures, target: SideFeatures,
                          fallbackRatio: Double) -> (ratio: Double, variance: Double) {
    let sure = links.filter { $0.source.count == 1 && $0.target.count == 1 && $0.confidence >= 0.5 }
    guard sure.count >= 20 else { return (fallbackRatio, firstPassVariance) }
    var ls = 0.0, lt = 0.0
    for link in sure {
      ls += source.lengths[link.source.lowerBound]
      lt += target.lengths[link.target.lowerBound]
    }
    let ratio = lt / ls
    var sum = 0.0
    for link in sure {
      let d = BeadScorer.lengthDeviation(source: source.lengths[link.source.lowerBound],
                                         target: target.lengths[link.target.lowerBound], ratio: ratio, variance: 1)
      sum += d * d
    }
    return (ratio, min(max(sum / Double(sure.count), 1), 50))
  }
}

/// How far an alignment has got: `fraction` of pass `pass` of `passes`.
public struct AlignmentProgress: Sendable, Equatable {
  public var pass: Int
  public var passes: Int
  /// Share of this pass's search done, in [0, 1].
  public var fraction: Double

  public init(pass: Int, passes: Int, fraction: Double) {
    self.pass = pass
    self.passes = passes
    self.fraction = fraction
  }
}

/// The links of an alignment, in order, and what looked odd about the input.
public struct AlignmentResult: Sendable {
  public var links: [AlignmentLink]
  public var warnings: [AlignmentWarning]
}
