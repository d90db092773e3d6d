/// Learns word associations from the confident 1-1 links of a first pass:
/// the Dice coefficient of source and target stems over those links. This
/// is what carries a language pair without a dictionary (German–French).
enum LexiconLearner {
  /// Source stem id → target stem ids with Dice ≥ `minimumDice` over at
  /// least `minimumCount` shared links, the best `perStem` of them.
  static func learn(links: [AlignmentLink], source: SideFeatures, target: SideFeatures,
                    minimumConfidence: Double = 0.5, minimumCount: Int = 2,
                    minimumDice: Double = 0.3, perStem: Int = 3) -> [[Int32]] {
    var sourceCount = [Int32](repeating: 0, count: source.stems.count)
    var targetCount = [Int32](repeating: 0, count: target.stems.count)
    var together: [Int64: Int32] = [:]
    var used: [(Set<Int32>, Set<Int32>)] = []
    for link in links where link.source.count == 1 && link.target.count == 1 && link.confidence >= minimumConfidence {
      let s = Set(source.sentenceTypes[link.source.lowerBound].map { source.typeStem[Int($0)] })
      let t = Set(target.sentenceTypes[link.target.lowerBound].map { target.typeStem[Int($0)] })
      for x in s { sourceCount[Int(x)] += 1 }
      for y in t { targetCount[Int(y)] += 1 }
      used.append((s, t))
    }
    for (s, t) in used {
      for x in s where sourceCount[Int(x)] >= Int32(minimumCount) {
        for y in t where targetCount[Int(y)] >= Int32(minimumCount) {
          together[Int64(x) << 32 | Int64(y), default: 0] += 1
        }
      }
    }
    var candidates = [[(Int32, Double)]](repeating: [], count: source.stems.count)
    for (key, count) in together where count >= Int32(minimumCount) {
      let x = Int(key >> 32), y = Int32(truncatingIfNeeded: key)
      let dice = 2 * Double(count) / Double(sourceCount[x] + targetCount[Int(y)])
      if dice >= minimumDice { candidates[x].append((y, dice)) }
    }
    return candidates.map { list in
      list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perStem).map(\.0)
    }
  }
}
