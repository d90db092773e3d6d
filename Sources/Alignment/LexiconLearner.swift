/// Learns word associations from the confident 1-1 links of a first pass:
/// the Dice coefficient of source and target stems over those links. This
/// is what carries a language pair without a dictionary (German–French).
enum LexiconLearner {
  /// Source stem id → target stem ids with Dice ≥ `minimumDice` over at
  /// least `minimumCount` shared links: the best `perStem` partners of each
  /// source stem and of each target stem. Two a stem (not three) keeps
  /// Text+Berg's union from matching too much: dev .860 with three, .870 with two.
  static func learn(links: [AlignmentLink], source: SideFeatures, target: SideFeatures,
                    minimumConfidence: Double = 0.5, minimumCount: Int = 2,
                    minimumDice: Double = 0.3, perStem: Int = 2,
                    maximumLinks: Int = 8_000) -> [[Int32]] {
    var sourceCount = [Int32](repeating: 0, count: source.stems.count)
    var targetCount = [Int32](repeating: 0, count: target.stems.count)
    var together: [Int64: Int32] = [:]
    var used: [([Int32], [Int32])] = []
    let confident = links.filter { $0.source.count == 1 && $0.target.count == 1 && $0.confidence >= minimumConfidence }
    // Evenly spread sample: enough evidence, bounded time on long texts.
    let step = max(1, confident.count / maximumLinks)
    for k in stride(from: 0, to: confident.count, by: step) {
      let link = confident[k]
      let s = Array(Set(source.sentenceTypes[link.source.lowerBound].map { source.typeStem[Int($0)] }))
      let t = Array(Set(target.sentenceTypes[link.target.lowerBound].map { target.typeStem[Int($0)] }))
      for x in s { sourceCount[Int(x)] += 1 }
      for y in t { targetCount[Int(y)] += 1 }
      used.append((s, t))
    }
    // On long texts, stems in more than a tenth of the links are function words: their
    // associations carry little weight and cost most of the time.
    let ceiling = used.count <= 5000 ? Int32.max : Int32(used.count / 10)
    for (s, t) in used {
      for x in s where sourceCount[Int(x)] >= Int32(minimumCount) && sourceCount[Int(x)] <= ceiling {
        for y in t where targetCount[Int(y)] >= Int32(minimumCount) && targetCount[Int(y)] <= ceiling {
          together[Int64(x) << 32 | Int64(y), default: 0] += 1
        }
      }
    }
    // Candidates per source stem and per target stem: a pair is kept when
    // it is among the best of either of its stems, so the lexicon is the
    // same whichever text is the source (best per source stem alone made
    // Text+Berg dev .864 one way and .873 the other).
    var forward = [[(Int32, Double)]](repeating: [], count: source.stems.count)
    var backward = [[(Int32, Double)]](repeating: [], count: target.stems.count)
    for (key, count) in together where count >= Int32(minimumCount) {
      let x = Int32(truncatingIfNeeded: key >> 32), y = Int32(truncatingIfNeeded: key)
      let dice = 2 * Double(count) / Double(sourceCount[Int(x)] + targetCount[Int(y)])
      if dice >= minimumDice {
        forward[Int(x)].append((y, dice))
        backward[Int(y)].append((x, dice))
      }
    }
    func best(_ list: [(Int32, Double)]) -> [Int32] {
      list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perStem).map(\.0)
    }
    var result = forward.map(best)
    for (y, list) in backward.enumerated() {
      for x in best(list) where !result[Int(x)].contains(Int32(y)) { result[Int(x)].append(Int32(y)) }
    }
    return result
  }
}
