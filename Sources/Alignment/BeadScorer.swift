import Foundation

/// The cost (negative log score) of a bead: source sentences i0..<i0+a paired
/// with target sentences j0..<j0+c. It adds a prior for the bead's shape, the
/// Gale–Church length cost with the ratio and variance estimated from the
/// document, a lexical reward for the weight of matched types, and paragraph
/// terms when the texts had paragraphs.
struct BeadScorer {
  /// Bead shapes (source count, target count) the search considers.
  /// Up to five sentences: 3-2, 2-3, 4-1 and 1-4 beads are where Text+Berg's
  /// articles and the books' long periods split differently (without them
  /// such a link became two wrong ones).
  static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3),
                                     (3, 2), (2, 3), (4, 1), (1, 4)]

  let source: SideFeatures
  let target: SideFeatures
  let pairs: PairScores
  var parameters: ScoringParameters
  /// Target characters per source character.
  var lengthRatio: Double
  /// Variance of the length difference per character, both lengths measured
  /// in the middle unit of `lengthDeviation` (so the same whichever side is the source).
  var lengthVariance: Double
  let usesParagraphs: Bool

  /// Weighted share of the bead's types that find a counterpart, in [0, 1].
  func similarity(_ i0: Int, _ a: Int, _ j0: Int, _ c: Int) -> Double {
    guard a > 0, c > 0 else { return 0 }
    var matched: Float = 0
    var total: Float = 0
    for i in i0..<i0 + a {
      var sum: Float = 0
      for j in j0..<j0 + c { sum += pairs.pair(i, j).source }
      matched += min(sum, source.sentenceWeight[i])
      total += source.sentenceWeight[i]
    }
    for j in j0..<j0 + c {
      var sum: Float = 0
      for i in i0..<i0 + a { sum += pairs.pair(i, j).target }
      matched += min(sum, target.sentenceWeight[j])
      total += target.sentenceWeight[j]
    }
    return total > 0 ? Double(matched / total) : 0
  }

  /// The cost of a 1-0 (or 0-1) bead that continues a run of them, for
  /// the sentence at `index` of the source (or target) side. A sentence that
  /// occurs verbatim elsewhere on its side is most likely part of a pasted
  /// duplicate, so the run may grow over it almost for free; opening the run
  /// still pays the full prior, which keeps the copy in one piece.
  func gapExtension(source isSource: Bool, at index: Int) -> Double {
    let repeated = isSource ? source.repeated : target.repeated
    return index < repeated.count && repeated[index] ? parameters.repeatedGapExtension : parameters.gapExtension
  }

  /// Gale–Church cost: −log P(|δ| this large) for the bead's lengths.
  func lengthCost(_ i0: Int, _ a: Int, _ j0: Int, _ c: Int) -> Double {
    var ls = 0.0, lt = 0.0
    for i in i0..<i0 + a { ls += source.lengths[i] }
    for j in j0..<j0 + c { lt += target.lengths[j] }
    let delta = abs(Self.lengthDeviation(source: ls, target: lt, ratio: lengthRatio, variance: lengthVariance))
    return min(-log(max(erfc(delta / 2.0.squareRoot()), 1e-12)), 27.6)
  }

  /// Gale–Church's δ: the target length's distance from what the source
  /// length predicts, in standard deviations. Both lengths are first
  /// brought to a unit halfway between the languages (source × √ratio,
  /// target ÷ √ratio): measured in source characters, as Gale and Church
  /// do, δ would change by ratio^¾ when the texts swap sides, and German →
  /// English would align differently from English → German. Swapping the
  /// sides (and inverting the ratio) only flips δ's sign.
  static func lengthDeviation(source: Double, target: Double, ratio: Double, variance: Double) -> Double {
    let scale = ratio.squareRoot()
    let x = source * scale, y = target / scale
    return (y - x) / (variance * max((x + y) / 2, 1)).squareRoot()
  }

  func cost(_ i0: Int, _ a: Int, _ j0: Int, _ c: Int, shape: Int) -> Double {
    var cost = parameters.priors[shape]
    if a > 0, c > 0 {
      cost += parameters.lengthWeight * lengthCost(i0, a, j0, c)
      let size = parameters.sizeScaling ? Double(a + c) / 2 : 1
      cost -= parameters.lexicalWeight * (similarity(i0, a, j0, c) - parameters.similarityBaseline) * size
    }
    if usesParagraphs { cost += paragraphCost(i0, a, j0, c) }
    if a > 0, c > 0 {
      if source.runsOn[i0 + a - 1] { cost += parameters.sourceRunOnPenalty }
      if target.runsOn[j0 + c - 1] { cost += parameters.targetRunOnPenalty }
    }
    if a > 0, c > 0, !source.anchorClasses.isEmpty, !target.anchorClasses.isEmpty {
      cost += structureCost(i0, a, j0, c)
    }
    return cost
  }

  /// A bead should pair blocks of the same kind: a heading with a heading.
  private func structureCost(_ i0: Int, _ a: Int, _ j0: Int, _ c: Int) -> Double {
    let sourceClasses = Set(source.anchorClasses[i0..<i0 + a])
    let targetClasses = Set(target.anchorClasses[j0..<j0 + c])
    return sourceClasses == targetClasses ? 0 : parameters.structurePenalty
  }

  /// A bead should not straddle a paragraph end, and both sides should end
  /// paragraphs together.
  private func paragraphCost(_ i0: Int, _ a: Int, _ j0: Int, _ c: Int) -> Double {
    var cost = 0.0
    for i in i0..<i0 + max(a - 1, 0) where i >= 0 && source.paragraphEnds[i] { cost += parameters.paragraphPenalty }
    for j in j0..<j0 + max(c - 1, 0) where j >= 0 && target.paragraphEnds[j] { cost += parameters.paragraphPenalty }
    if a > 0, c > 0, source.paragraphEnds[i0 + a - 1] != target.paragraphEnds[j0 + c - 1] {
      cost += parameters.paragraphPenalty
    }
    return cost
  }
}

/// The weights of the bead cost. Chosen on the Text+Berg dev document and
/// kept general: they do not depend on the language pair.
struct ScoringParameters: Sendable {
  /// −log prior of each shape in `BeadScorer.shapes` order. Beyond 1-1 a
  /// bead pays about 2.1 for each further sentence (2-1: 2.3, 2-2 and 3-1:
  /// 4.5–6.5, five sentences: 8.5); 1-0 and 0-1 pay 4.6.
  var priors: [Double] = [0, 4.6, 4.6, 2.3, 2.3, 4.5, 6.5, 6.5, 8.5, 8.5, 8.5, 8.5]
  var lengthWeight = 0.8
  var lexicalWeight = 20.0
  var paragraphPenalty = 3.0
  /// Cost of a bead whose sides come from blocks of different kinds (a heading and a paragraph).
  var structurePenalty = 6.0
  /// Cost of a bead with both sides whose last source (target) sentence
  /// runs on into the next (`SideFeatures.runsOn`). 0 in the first pass; the
  /// second learns them (`learningRunOns(from:source:target:)`).
  var sourceRunOnPenalty = 0.0
  var targetRunOnPenalty = 0.0
  /// The run-on penalty per unit of `runOnPenalty(ends:runsOn:)`. Above 1
  /// because the first pass, which has no such cost, cuts run-ons more often
  /// than a translator does. Chosen on Text+Berg dev (2–7 give the same
  /// books; 4 the best Text+Berg).
  var runOnWeight = 4.0
  /// Cost of each further 1-0 (or 0-1) bead after the first of a run, which
  /// pays the shape's prior: a block without counterpart is one event.
  /// Equal to the prior: measured on Text+Berg dev and the German–English
  /// books, cheaper runs of ordinary sentences lost more links than they won.
  var gapExtension = 4.6
  /// Cost of extending a run over a sentence repeated verbatim on its side.
  var repeatedGapExtension = 0.5
  /// Similarity that unrelated sentences reach by chance; only overlap above it is evidence.
  var similarityBaseline = 0.1
  /// Whether the lexical reward grows with the number of sentences in the bead.
  var sizeScaling = false
  /// How far the second pass moves each shape's prior toward the rate at
  /// which the first pass used that shape in this document (0: not at all,
  /// 1: the document's own rate alone). See `learningShapes(from:)`.
  var learnedShapeWeight = 0.5
  /// Links of the default shape mix that the document's counts are
  /// smoothed with, so a short text keeps close to the defaults.
  var shapePseudoLinks = 100.0
  /// Costs are divided by this before turning them into the posteriors of
  /// the final links (the first pass, whose confident links train the
  /// lexicon, uses 1). Chosen so that the mean confidence matches the
  /// precision on the Text+Berg dev document.
  var temperature = 2.0
}

extension ScoringParameters {
  /// These parameters with the priors of the beads with both sides moved
  /// toward the shape mix of `links` (the first pass): a text whose
  /// translator merged and split sentences often (Text+Berg's articles:
  /// one bead in twelve is 2-2) makes those beads cheaper, one translated
  /// sentence by sentence dearer. Each shape's rate relative to 1-1 beads
  /// is smoothed with `shapePseudoLinks` beads at the default rate
  /// (e^−prior), and the new prior is `learnedShapeWeight` of the way from
  /// the default to −log(rate). The priors of 1-0 and 0-1 beads stay: their
  /// runs have costs of their own. Mirrored links give mirrored priors, so
  /// the two directions stay the same.
  func learningShapes(from links: [AlignmentLink]) -> ScoringParameters {
    let shapes = BeadScorer.shapes
    var counts = [Double](repeating: 0, count: shapes.count)
    for link in links {
      if let s = shapes.firstIndex(where: { $0 == (link.source.count, link.target.count) }) { counts[s] += 1 }
    }
    guard let oneToOne = shapes.firstIndex(where: { $0 == (1, 1) }) else { return self }
    var learned = self
    for s in shapes.indices where s != oneToOne && shapes[s].0 > 0 && shapes[s].1 > 0 {
      let prior = priors[s] - priors[oneToOne]
      let rate = (counts[s] + shapePseudoLinks * exp(-prior)) / (counts[oneToOne] + shapePseudoLinks)
      learned.priors[s] = priors[oneToOne] + (1 - learnedShapeWeight) * prior + learnedShapeWeight * -log(rate)
    }
    return learned
  }

  /// These parameters with run-on penalties learned from `links` (the first
  /// pass) for each side; see `runOnPenalty(ends:runsOn:)`.
  func learningRunOns(from links: [AlignmentLink], source: SideFeatures, target: SideFeatures) -> ScoringParameters {
    var learned = self
    learned.sourceRunOnPenalty = runOnWeight * Self.runOnPenalty(ends: links.map(\.source), runsOn: source.runsOn)
    learned.targetRunOnPenalty = runOnWeight * Self.runOnPenalty(ends: links.map(\.target), runsOn: target.runsOn)
    return learned
  }

  /// How much rarer the links of one side end where its text runs on than
  /// at its other sentence ends: −log of the ratio of the two rates, each
  /// smoothed with `runOnPseudoEnds` ends cut at the side's overall rate,
  /// and 0 when run-ons are cut at least as often as the rest. A text
  /// segmented inside its sentences (Text+Berg's French, cut at every
  /// semicolon) scores high; the books, whose lower-case starts are mostly
  /// dialogue turns cut as often as any other, score about 0 and keep their links.
  static func runOnPenalty(ends: [Range<Int>], runsOn: [Bool]) -> Double {
    var cut = [Bool](repeating: false, count: runsOn.count)
    for range in ends where !range.isEmpty && range.upperBound <= cut.count { cut[range.upperBound - 1] = true }
    var runOns = 0.0, runOnsCut = 0.0, others = 0.0, othersCut = 0.0
    for k in 0..<max(runsOn.count - 1, 0) {
      if runsOn[k] {
        runOns += 1
        if cut[k] { runOnsCut += 1 }
      } else {
        others += 1
        if cut[k] { othersCut += 1 }
      }
    }
    guard runOns + others > 0 else { return 0 }
    let pseudo = runOnPseudoEnds, rate = (runOnsCut + othersCut) / (runOns + others)
    let runOnRate = (runOnsCut + pseudo * rate) / (runOns + pseudo)
    let otherRate = (othersCut + pseudo * rate) / (others + pseudo)
    return max(0, log(otherRate / runOnRate))
  }

  /// Sentence ends, cut at the side's overall rate, that each of its two counts is smoothed with.
  static let runOnPseudoEnds = 5.0
}

extension BeadScorer {
  /// The evidence for each link of `path`, from this scorer's measures.
  func evidence(of path: BeadSearch.Path) -> [LinkEvidence] {
    let links = path.links
    return links.indices.map { k in
      let link = links[k]
      let i0 = link.source.lowerBound, a = link.source.count, j0 = link.target.lowerBound, c = link.target.count
      var length = 0.0, lexical = 0.0, shifted = 0.0
      if a > 0, c > 0 {
        length = lengthCost(i0, a, j0, c)
        lexical = similarity(i0, a, j0, c)
        for (di, dj) in [(0, -1), (0, 1), (-1, 0), (1, 0)] where i0 + di >= 0 && i0 + di + a <= source.count
          && j0 + dj >= 0 && j0 + dj + c <= target.count
        {
          shifted = max(shifted, similarity(i0 + di, a, j0 + dj, c) - lexical)
        }
      } else if a > 0 {
        for j in max(0, j0 - 1)..<min(target.count, j0 + 1) { shifted = max(shifted, similarity(i0, a, j, 1)) }
      } else {
        for i in max(0, i0 - 1)..<min(source.count, i0 + 1) { shifted = max(shifted, similarity(i, 1, j0, c)) }
      }
      let before = k > 0 ? path.copyPosteriors[k - 1] : 1
      let after = k + 1 < links.count ? path.copyPosteriors[k + 1] : 1
      let irregular = (1...2).first { d in
        [k - d, k + d].contains { $0 >= 0 && $0 < links.count && (links[$0].source.count != 1 || links[$0].target.count != 1) }
      } ?? 0
      return LinkEvidence(posterior: link.confidence, copyPosterior: path.copyPosteriors[k], lengthCost: length,
                          lexicalSupport: lexical, shiftedSupport: shifted, neighbourPosterior: min(before, after),
                          irregularDistance: irregular)
    }
  }
}
