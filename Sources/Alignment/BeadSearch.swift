import Foundation

/// The dynamic programme over a `SearchBand`: the best path of beads
/// (Viterbi), and for each of its links the posterior probability that the
/// link is part of the alignment (forward–backward over the same band).
struct BeadSearch {
  let band: SearchBand
  let scorer: BeadScorer

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

  /// The links of the best path, with posterior confidences.
  func run() -> [AlignmentLink] {
    let cells = Cells(band: band)
    let n = band.rows - 1
    let shapes = BeadScorer.shapes
    let temperature = scorer.parameters.temperature
    var best = [Double](repeating: .infinity, count: cells.count)
    var back = [UInt8](repeating: UInt8.max, count: cells.count)
    var forward = [Double](repeating: -.infinity, count: cells.count)
    best[0] = 0
    forward[0] = 0
    var terms = [Double](repeating: 0, count: shapes.count)
    // Bead costs by (cell where the bead ends, shape), kept for the backward pass.
    var costs = [Float](repeating: .infinity, count: cells.count * shapes.count)
    for r in 0...n {
      for j in band.lo[r]...band.hi[r] {
        guard let here = cells.index(r, j), here != 0 else { continue }
        var bestCost = Double.infinity, bestShape = UInt8.max
        var termCount = 0
        for (s, shape) in shapes.enumerated() {
          guard let from = cells.index(r - shape.0, j - shape.1), best[from] < .infinity else { continue }
          let cost = scorer.cost(r - shape.0, shape.0, j - shape.1, shape.1, shape: s)
          costs[here * shapes.count + s] = Float(cost)
          if best[from] + cost < bestCost {
            bestCost = best[from] + cost
            bestShape = UInt8(s)
          }
          terms[termCount] = forward[from] - cost / temperature
          termCount += 1
        }
        best[here] = bestCost
        back[here] = bestShape
        forward[here] = Self.logSumExp(terms, count: termCount)
      }
    }
    var backward = [Double](repeating: -.infinity, count: cells.count)
    guard let end = cells.index(n, band.hi[n]) else { return [] }
    backward[end] = 0
    for r in stride(from: n, through: 0, by: -1) {
      for j in stride(from: band.hi[r], through: band.lo[r], by: -1) {
        guard let here = cells.index(r, j), here != end else { continue }
        var termCount = 0
        for (s, shape) in shapes.enumerated() {
          guard let to = cells.index(r + shape.0, j + shape.1), backward[to] > -.infinity else { continue }
          let cost = Double(costs[to * shapes.count + s])
          terms[termCount] = backward[to] - cost / temperature
          termCount += 1
        }
        backward[here] = Self.logSumExp(terms, count: termCount)
      }
    }
    let total = forward[end]
    var links: [AlignmentLink] = []
    var r = n, j = band.hi[n]
    while let here = cells.index(r, j), here != 0, back[here] != UInt8.max {
      let s = Int(back[here])
      let (a, c) = shapes[s]
      let from = cells.index(r - a, j - c) ?? 0
      let cost = scorer.cost(r - a, a, j - c, c, shape: s)
      let posterior = exp(forward[from] - cost / temperature + backward[here] - total)
      links.append(AlignmentLink(source: (r - a)..<r, target: (j - c)..<j,
                                 confidence: min(1, max(0, posterior.isFinite ? posterior : 0))))
      r -= a
      j -= c
    }
    return links.reversed()
  }

  @inline(__always)
  private static func logSumExp(_ values: [Double], count: Int) -> Double {
    guard count > 0 else { return -.infinity }
    var top = -Double.infinity
    for k in 0..<count where values[k] > top { top = values[k] }
    guard top > -.infinity else { return -.infinity }
    var sum = 0.0
    for k in 0..<count { sum += exp(values[k] - top) }
    return top + log(sum)
  }
}
