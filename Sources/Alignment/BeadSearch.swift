import Foundation

/// The dynamic programme over a `SearchBand`: the best path of beads
/// (Viterbi), and for each of its links the posterior probability that the
/// link is part of the alignment (forward–backward over the same band).
///
/// Runs of sentences without counterpart get an affine cost: the first 1-0
/// (or 0-1) bead of a run pays the shape's prior, each further one only
/// `BeadScorer.gapExtension` (cheap over sentences repeated on their side). A block present on one side only (a
/// pasted duplicate, a dropped paragraph) then becomes one contiguous run
/// instead of being broken up by chance 2-1 or 1-1 links. For this every cell
/// has three states — the path reached it by a bead with both sides (`pair`),
/// by a 1-0 bead (`deletion`) or by a 0-1 bead (`insertion`) — which keeps
/// time and memory linear in the band's cells.
struct BeadSearch {
  let band: SearchBand
  let scorer: BeadScorer
  /// Called with the share of the programme done, in [0, 1], a hundred times or so.
  var progress: ((Double) -> Void)? = nil

  /// The best path, and for each of its links the posterior that its texts
  /// are paired, wherever they sit: a sentence repeated verbatim on its side
  /// (`SideFeatures.firstCopy`) makes the pairing of either copy the same
  /// pairing, so the posteriors of the beads over the copies add up.
  struct Path {
    var links: [AlignmentLink]
    var copyPosteriors: [Double]
  }

  private struct Cells {
    var offsets: [Int]
    let band: SearchBand
    init(band: SearchBand) {
      self.band = band
      var offsets: [Int] = []
      offsets.reserveCapacity(band.rows + 1)
      var total = 0
      for r in 0..<band.rows {
        offsets.append(total)
        total += band.hi[r] - band.lo[r] + 1
      }
      offsets.append(total)
      self.offsets = offsets
    }
    var count: Int { offsets.last ?? 0 }
    @inline(__always) func index(_ r: Int, _ j: Int) -> Int? {
      guard r >= 0, r < band.rows, j >= band.lo[r], j <= band.hi[r] else { return nil }
      return offsets[r] + j - band.lo[r]
    }
  }

  /// The three states of a cell, by the kind of bead that entered it.
  private enum State: Int { case pair = 0, deletion = 1, insertion = 2 }

  /// The links of the best path, with posterior confidences.
  func run() -> Path {
    let cells = Cells(band: band)
    let n = band.rows - 1
    let shapes = BeadScorer.shapes
    let shapeCount = shapes.count
    let temperature = scorer.parameters.temperature
    guard let deletionShape = shapes.firstIndex(where: { $0 == (1, 0) }),
          let insertionShape = shapes.firstIndex(where: { $0 == (0, 1) }) else { return Path(links: [], copyPosteriors: []) }
    // What extending a run saves over opening one, for the source sentence
    // r-1 (a 1-0 bead ending in row r) or the target sentence j-1.
    let deletionPrior = scorer.parameters.priors[deletionShape]
    let insertionPrior = scorer.parameters.priors[insertionShape]
    let deletionDiscounts = (0..<max(n, 1)).map { deletionPrior - scorer.gapExtension(source: true, at: $0) }
    let insertionDiscounts = (0..<max(scorer.target.count, 1)).map {
      insertionPrior - scorer.gapExtension(source: false, at: $0)
    }
    let count = cells.count
    // Per state (index cell * 3 + state): Viterbi costs, back pointers, forward log scores.
    var best = [Double](repeating: .infinity, count: count * 3)
    // Back pointer: shape * 3 + previous state.
    var back = [UInt8](repeating: UInt8.max, count: count * 3)
    var forward = [Double](repeating: -.infinity, count: count * 3)
    // Forward log score of each cell over its three states: what a bead with
    // both sides starts from, computed once per cell instead of once per shape.
    var forwardAny = [Double](repeating: -.infinity, count: count)
    best[0] = 0
    forward[0] = 0
    forwardAny[0] = 0
    var terms = [Double](repeating: 0, count: shapeCount * 3)
    // Bead costs (opening cost for 1-0 and 0-1) by (cell where the bead ends,
    // shape). They do not depend on the path, so they are computed first,
    // rows in parallel, and both passes of the programme only read them.
    var costs = [Float](repeating: .infinity, count: count * shapeCount)
    costs.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      let band = band, scorer = scorer
      Parallel.forEachChunk(count: n + 1, minimumChunk: 256) { rows in
        for r in rows {
          for j in band.lo[r]...band.hi[r] {
            guard let here = cells.index(r, j) else { continue }
            for (s, shape) in shapes.enumerated() where cells.index(r - shape.0, j - shape.1) != nil {
              output[here * shapeCount + s] = Float(scorer.cost(r - shape.0, shape.0, j - shape.1, shape.1, shape: s))
            }
          }
        }
      }
    }
    let reportEvery = max(1, n / 50)
    for r in 0...n {
      if r % reportEvery == 0 { progress?(0.5 * Double(r) / Double(max(n, 1))) }
      for j in band.lo[r]...band.hi[r] {
        guard let here = cells.index(r, j), here != 0 else { continue }
        var pairBest = Double.infinity, pairBack = UInt8.max, pairTerms = 0
        for (s, shape) in shapes.enumerated() {
          guard let from = cells.index(r - shape.0, j - shape.1) else { continue }
          let f = from * 3
          let fromBest = min(best[f], best[f + 1], best[f + 2])
          guard fromBest < .infinity else { continue }
          let cost32 = Double(costs[here * shapeCount + s])
          if s == deletionShape || s == insertionShape {
            let state = s == deletionShape ? State.deletion.rawValue : State.insertion.rawValue
            let discount = s == deletionShape ? deletionDiscounts[r - 1] : insertionDiscounts[j - 1]
            var stateBest = Double.infinity, stateBack = UInt8.max
            for q in 0..<3 {
              let c = q == state ? cost32 - discount : cost32
              if best[f + q] + c < stateBest { stateBest = best[f + q] + c; stateBack = UInt8(s * 3 + q) }
              terms[q] = forward[f + q] - c / temperature
            }
            best[here * 3 + state] = stateBest
            back[here * 3 + state] = stateBack
            forward[here * 3 + state] = Self.logSumExp(terms, count: 3)
          } else {
            for q in 0..<3 where best[f + q] + cost32 < pairBest {
              pairBest = best[f + q] + cost32
              pairBack = UInt8(s * 3 + q)
            }
            // Pair terms go after the three slots the gap states use.
            terms[3 + pairTerms] = forwardAny[from] - cost32 / temperature
            pairTerms += 1
          }
        }
        best[here * 3] = pairBest
        back[here * 3] = pairBack
        forward[here * 3] = Self.logSumExp(terms, from: 3, count: pairTerms)
        forwardAny[here] = Self.logSumExp3(forward[here * 3], forward[here * 3 + 1], forward[here * 3 + 2])
      }
    }
    var backward = [Double](repeating: -.infinity, count: count * 3)
    guard let end = cells.index(n, band.hi[n]) else { return Path(links: [], copyPosteriors: []) }
    let total = Self.logSumExp3(forward[end * 3], forward[end * 3 + 1], forward[end * 3 + 2])
    // Probability that each sentence has no counterpart, wherever along the
    // other side its 1-0 (0-1) bead sits: the link "source i unaligned" is
    // the same link in every row of the band, so its confidence sums them.
    var unalignedSource = [Double](repeating: 0, count: max(n, 1))
    var unalignedTarget = [Double](repeating: 0, count: max(scorer.target.count, 1))
    for q in 0..<3 { backward[end * 3 + q] = 0 }
    for r in stride(from: n, through: 0, by: -1) {
      if r % reportEvery == 0 { progress?(1 - 0.5 * Double(r) / Double(max(n, 1))) }
      for j in stride(from: band.hi[r], through: band.lo[r], by: -1) {
        guard let here = cells.index(r, j), here != end else { continue }
        var pairTerms = 0
        var down = -Double.infinity, downExtended = -Double.infinity
        var right = -Double.infinity, rightExtended = -Double.infinity
        for (s, shape) in shapes.enumerated() {
          guard let to = cells.index(r + shape.0, j + shape.1) else { continue }
          let cost = Double(costs[to * shapeCount + s])
          guard cost < .infinity else { continue }
          if s == deletionShape {
            down = backward[to * 3 + 1] - cost / temperature
            downExtended = backward[to * 3 + 1] - (cost - deletionDiscounts[r]) / temperature
          } else if s == insertionShape {
            right = backward[to * 3 + 2] - cost / temperature
            rightExtended = backward[to * 3 + 2] - (cost - insertionDiscounts[j]) / temperature
          } else if backward[to * 3] > -.infinity {
            terms[pairTerms] = backward[to * 3] - cost / temperature
            pairTerms += 1
          }
        }
        let pairs = Self.logSumExp(terms, count: pairTerms)
        let f = here * 3
        if down > -.infinity {
          unalignedSource[r] += exp(forward[f] + down - total) + exp(forward[f + 2] + down - total)
            + exp(forward[f + 1] + downExtended - total)
        }
        if right > -.infinity {
          unalignedTarget[j] += exp(forward[f] + right - total) + exp(forward[f + 1] + right - total)
            + exp(forward[f + 2] + rightExtended - total)
        }
        backward[here * 3] = Self.logSumExp3(pairs, down, right)
        backward[here * 3 + 1] = Self.logSumExp3(pairs, downExtended, right)
        backward[here * 3 + 2] = Self.logSumExp3(pairs, down, rightExtended)
      }
    }
    /// Posterior of the bead of shape `s` from cell (r0, j0); 0 outside the band.
    func beadPosterior(_ s: Int, _ r0: Int, _ j0: Int) -> Double {
      let (a, c) = shapes[s]
      guard let from = cells.index(r0, j0), let here = cells.index(r0 + a, j0 + c) else { return 0 }
      let cost = Double(costs[here * shapeCount + s])
      guard cost < .infinity else { return 0 }
      var sum = 0.0
      for q in 0..<3 { sum += exp(forward[from * 3 + q] - cost / temperature + backward[here * 3] - total) }
      return sum.isFinite ? sum : 0
    }
    let sourceCopies = Self.copyPositions(scorer.source.firstCopy)
    let targetCopies = Self.copyPositions(scorer.target.firstCopy)
    var state = 0
    for q in 1..<3 where best[end * 3 + q] < best[end * 3 + state] { state = q }
    var links: [AlignmentLink] = []
    var copyPosteriors: [Double] = []
    var r = n, j = band.hi[n]
    while let here = cells.index(r, j), here != 0, back[here * 3 + state] != UInt8.max {
      let pointer = Int(back[here * 3 + state])
      let s = pointer / 3, previous = pointer % 3
      let (a, c) = shapes[s]
      let from = cells.index(r - a, j - c) ?? 0
      let cost = Double(costs[here * shapeCount + s])
      // The link's posterior: every way into this bead, times every way on.
      var posterior = 0.0
      if s == deletionShape { posterior = unalignedSource[r - 1] }
      if s == insertionShape { posterior = unalignedTarget[j - 1] }
      for q in 0..<3 where s != deletionShape && s != insertionShape {
        posterior += exp(forward[from * 3 + q] - cost / temperature + backward[here * 3] - total)
      }
      let confidence = min(1, max(0, posterior.isFinite ? posterior : 0))
      links.append(AlignmentLink(source: (r - a)..<r, target: (j - c)..<j, confidence: confidence))
      let sourceRuns = Self.copies(of: r - a, count: a, firstCopy: scorer.source.firstCopy, positions: sourceCopies)
      let targetRuns = Self.copies(of: j - c, count: c, firstCopy: scorer.target.firstCopy, positions: targetCopies)
      var copyPosterior = confidence
      if s == deletionShape {
        copyPosterior = sourceRuns.reduce(0) { $0 + unalignedSource[$1] }
      } else if s == insertionShape {
        copyPosterior = targetRuns.reduce(0) { $0 + unalignedTarget[$1] }
      } else if sourceRuns.count > 1 || targetRuns.count > 1 {
        copyPosterior = 0
        for p in sourceRuns { for q in targetRuns { copyPosterior += beadPosterior(s, p, q) } }
      }
      copyPosteriors.append(min(1, max(confidence, copyPosterior)))
      r -= a
      j -= c
      state = previous
    }
    return Path(links: links.reversed(), copyPosteriors: copyPosteriors.reversed())
  }

  /// Sentence indices by the first copy of their text, for repeated sentences.
  private static func copyPositions(_ firstCopy: [Int32]) -> [Int32: [Int]] {
    var positions: [Int32: [Int]] = [:]
    for (index, first) in firstCopy.enumerated() where first >= 0 { positions[first, default: []].append(index) }
    return positions
  }

  /// Start positions of the runs of `count` sentences with the same texts as
  /// the run at `start`, itself included. A run with a sentence that is not
  /// repeated has no other copy.
  static func copies(of start: Int, count: Int, firstCopy: [Int32], positions: [Int32: [Int]]) -> [Int] {
    guard count > 0, start + count <= firstCopy.count,
          (start..<start + count).allSatisfy({ firstCopy[$0] >= 0 }),
          let candidates = positions[firstCopy[start]] else { return [start] }
    return candidates.filter { p in
      p + count <= firstCopy.count && (0..<count).allSatisfy { firstCopy[p + $0] == firstCopy[start + $0] }
    }
  }

  @inline(__always)
  private static func logSumExp(_ values: [Double], from start: Int = 0, count: Int) -> Double {
    guard count > 0 else { return -.infinity }
    var top = -Double.infinity
    for k in start..<start + count where values[k] > top { top = values[k] }
    guard top > -.infinity else { return -.infinity }
    var sum = 0.0
    for k in start..<start + count { sum += exp(values[k] - top) }
    return top + log(sum)
  }

  @inline(__always)
  private static func logSumExp3(_ a: Double, _ b: Double, _ c: Double) -> Double {
    let top = max(a, b, c)
    guard top > -.infinity else { return -.infinity }
    return top + log(exp(a - top) + exp(b - top) + exp(c - top))
  }
}
