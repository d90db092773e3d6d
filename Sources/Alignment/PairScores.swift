/// Lexical overlap of each source sentence with the target sentences in its
/// window of the search band: the weight of its types matched in the target
/// sentence, and the weight of the target's types it matches. Memory and
/// time grow with the band, not with the product of the text lengths.
struct PairScores {
  private var windowStart: [Int] = []
  private var offsets: [Int] = []
  private var matchedSource: [Float] = []
  private var matchedTarget: [Float] = []

  /// `windows[i]` is the range of target sentences source sentence i may pair with.
  init(source: SideFeatures, index: MatchIndex, windows: [Range<Int>], targetCount: Int) {
    windowStart = windows.map(\.lowerBound)
    offsets.reserveCapacity(windows.count + 1)
    var total = 0
    for window in windows {
      offsets.append(total)
      total += window.count
    }
    offsets.append(total)
    var matchedSource = [Float](repeating: 0, count: total)
    var matchedTarget = [Float](repeating: 0, count: total)
    let offsets = offsets
    matchedSource.withUnsafeMutableBufferPointer { sourceBuffer in
      matchedTarget.withUnsafeMutableBufferPointer { targetBuffer in
        nonisolated(unsafe) let matchedSource = sourceBuffer
        nonisolated(unsafe) let matchedTarget = targetBuffer
        // Rows in parallel chunks; each chunk has its own stamps and writes only its rows.
        Parallel.forEachChunk(count: windows.count) { rows in
          var sourceStamp = [Int32](repeating: -1, count: max(targetCount, 1))
          var slotStamp = [Int32](repeating: -1, count: max(index.slotWeight.count, 1))
          var stamp: Int32 = 0
          for i in rows where !windows[i].isEmpty {
            let window = windows[i]
            let base = offsets[i] - window.lowerBound
            for type in source.sentenceTypes[i] {
              stamp += 1
              let weight = source.typeWeight[Int(type)]
              for key in index.sourceKeys[Int(type)] {
                var p = index.firstPosting(key, from: window.lowerBound)
                let end = Int(index.postingStart[Int(key) + 1])
                while p < end {
                  let j = Int(index.postingSentence[p])
                  if j >= window.upperBound { break }
                  if sourceStamp[j] != stamp {
                    sourceStamp[j] = stamp
                    matchedSource[base + j] += weight
                  }
                  let slot = Int(index.postingSlot[p])
                  if slotStamp[slot] != Int32(i) {
                    slotStamp[slot] = Int32(i)
                    matchedTarget[base + j] += index.slotWeight[slot]
                  }
                  p += 1
                }
              }
            }
          }
        }
      }
    }
    self.matchedSource = matchedSource
    self.matchedTarget = matchedTarget
  }

  /// (matched source weight, matched target weight) of sentences i and j; zero outside the window.
  @inline(__always)
  func pair(_ i: Int, _ j: Int) -> (source: Float, target: Float) {
    let k = j - windowStart[i]
    guard k >= 0, offsets[i] + k < offsets[i + 1] else { return (0, 0) }
    return (matchedSource[offsets[i] + k], matchedTarget[offsets[i] + k])
  }
}
