/// Finds sure links cheaply to steer the band: pairs of sentences that share
/// evidence (a word type matched by the dictionary, a number or a name, seen
/// equally often on both sides, occurrences paired in order), kept only
/// where they form the heaviest chain increasing on both sides. Linear in
/// the text.
enum AnchorFinder {
  static func anchors(source: SideFeatures, target: SideFeatures, index: MatchIndex, lengthRatio: Double,
                      maximumFrequency: Int = 64) -> [(Int, Int)] {
    var sourceFrequency = [Int](repeating: 0, count: source.typeStem.count)
    for types in source.sentenceTypes { for t in types { sourceFrequency[Int(t)] += 1 } }
    var evidence: [Int: Float] = [:]
    let m = target.count
    // A type seen in f source sentences whose key is seen in f target
    // sentences: pair its k-th occurrences on both sides (they correspond in
    // order when the texts are translations), for f up to `maximumFrequency`.
    var occurrences = [[Int32]](repeating: [], count: source.typeStem.count)
    for (i, types) in source.sentenceTypes.enumerated() {
      for type in types where sourceFrequency[Int(type)] <= maximumFrequency { occurrences[Int(type)].append(Int32(i)) }
    }
    for (type, list) in occurrences.enumerated() where !list.isEmpty {
      for key in index.sourceKeys[type] where index.postingCount(key) == list.count {
        let start = Int(index.postingStart[Int(key)])
        for (k, i32) in list.enumerated() {
          let i = Int(i32), j = Int(index.postingSentence[start + k])
          let ratio = target.lengths[j] / (source.lengths[i] * lengthRatio)
          guard ratio > 0.4, ratio < 2.5 else { continue }
          evidence[i * (m + 1) + j, default: 0] += source.typeWeight[type]
        }
      }
    }
    // Heaviest chain strictly increasing in i and j (weighted LIS, Fenwick tree of prefix maxima).
    let points = evidence.map { (i: $0.key / (m + 1), j: $0.key % (m + 1), w: Double($0.value)) }
      .sorted { $0.i != $1.i ? $0.i < $1.i : $0.j > $1.j }
    guard !points.isEmpty else { return [] }
    var tree = [(score: Double, point: Int)](repeating: (0, -1), count: m + 2)
    var best = [Double](repeating: 0, count: points.count)
    var previous = [Int](repeating: -1, count: points.count)
    for (k, point) in points.enumerated() {
      var position = point.j  // query prefix max over j' < point.j (tree indices 1...j)
      var found: (score: Double, point: Int) = (0, -1)
      while position > 0 {
        if tree[position].score > found.score { found = tree[position] }
        position -= position & -position
      }
      best[k] = found.score + point.w
      previous[k] = found.point
      position = point.j + 1
      while position < tree.count {
        if best[k] > tree[position].score { tree[position] = (best[k], k) }
        position += position & -position
      }
    }
    var k = best.indices.max(by: { best[$0] < best[$1] }) ?? -1
    var chain: [(Int, Int)] = []
    while k >= 0 {
      chain.append((points[k].i, points[k].j))
      k = previous[k]
    }
    return withoutOutliers(chain.reversed(), slope: Double(m) / Double(max(source.count, 1)))
  }

  /// Drops anchors whose offset from the diagonal differs from the median
  /// offset of their neighbours: a chance match is an isolated jump, while a
  /// real shift (a passage without counterpart) moves all later anchors.
  static func withoutOutliers(_ chain: [(Int, Int)], slope: Double, radius: Int = 3,
                              tolerance: Double = 6) -> [(Int, Int)] {
    guard chain.count > 2 * radius else { return chain }
    let offsets = chain.map { Double($0.1) - slope * Double($0.0) }
    var kept: [(Int, Int)] = []
    for k in chain.indices {
      let window = offsets[max(0, k - radius)...min(chain.count - 1, k + radius)].sorted()
      let median = window[window.count / 2]
      if abs(offsets[k] - median) <= tolerance + 0.05 * abs(median) { kept.append(chain[k]) }
    }
    return kept
  }
}
