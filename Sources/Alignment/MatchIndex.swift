/// Which source word types can match which target sentences: the target side
/// as postings (key → sentences holding it) and, per source type, the keys it
/// matches — its translations (dictionary and learned lexicon) and its shared
/// key (number, name, cognate, punctuation).
struct MatchIndex {
  /// Target keys are target stem ids, then shared keys offset by the stem count.
  let targetStemCount: Int
  /// CSR postings: for key k, entries postingStart[k]..<postingStart[k+1].
  var postingStart: [Int32] = []
  var postingSentence: [Int32] = []
  var postingSlot: [Int32] = []
  /// Global slot (target sentence, position of a type in it) → its weight.
  var slotWeight: [Float] = []
  /// Per source type, the target keys it matches.
  var sourceKeys: [[Int32]] = []

  /// `translations[sourceStem]` lists target stem ids.
  init(source: SideFeatures, target: SideFeatures, translations: [[Int32]]) {
    targetStemCount = target.stems.count
    let sharedCount = max(Int((target.typeShared.max() ?? -1) + 1), Int((source.typeShared.max() ?? -1) + 1))
    let keyCount = targetStemCount + sharedCount
    var counts = [Int32](repeating: 0, count: keyCount + 1)
    for types in target.sentenceTypes {
      for type in types {
        counts[Int(target.typeStem[Int(type)])] += 1
        let shared = target.typeShared[Int(type)]
        if shared >= 0 { counts[targetStemCount + Int(shared)] += 1 }
      }
    }
    postingStart = [Int32](repeating: 0, count: keyCount + 1)
    for k in 0..<keyCount { postingStart[k + 1] = postingStart[k] + counts[k] }
    let total = Int(postingStart[keyCount])
    postingSentence = [Int32](repeating: 0, count: total)
    postingSlot = [Int32](repeating: 0, count: total)
    var fill = Array(postingStart.dropLast())
    var slot: Int32 = 0
    for (j, types) in target.sentenceTypes.enumerated() {
      for type in types {
        slotWeight.append(target.typeWeight[Int(type)])
        var keys = [Int(target.typeStem[Int(type)])]
        let shared = target.typeShared[Int(type)]
        if shared >= 0 { keys.append(targetStemCount + Int(shared)) }
        for key in keys {
          let at = Int(fill[key])
          postingSentence[at] = Int32(j)
          postingSlot[at] = slot
          fill[key] += 1
        }
        slot += 1
      }
    }
    sourceKeys = (0..<source.typeStem.count).map { type in
      var keys = translations.indices.contains(Int(source.typeStem[type])) ? translations[Int(source.typeStem[type])] : []
      let shared = source.typeShared[type]
      if shared >= 0, Int(shared) < sharedCount { keys.append(Int32(targetStemCount) + shared) }
      return keys
    }
  }

  /// Number of target sentences that hold `key` (with repetitions for two types of one stem).
  func postingCount(_ key: Int32) -> Int {
    Int(postingStart[Int(key) + 1] - postingStart[Int(key)])
  }

  /// The first posting of `key` whose sentence is at least `sentence`.
  func firstPosting(_ key: Int32, from sentence: Int) -> Int {
    var low = Int(postingStart[Int(key)]), high = Int(postingStart[Int(key) + 1])
    while low < high {
      let mid = (low + high) / 2
      if Int(postingSentence[mid]) < sentence { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
