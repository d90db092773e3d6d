/// A link the user accepted: `Aligner.align(…, anchors:)` keeps it exactly
/// and searches only between anchors.
public struct AlignmentAnchor: Sendable, Hashable {
  /// 0-based indices of the source sentences.
  public var source: Range<Int>
  /// 0-based indices of the target sentences.
  public var target: Range<Int>

  public init(source: Range<Int>, target: Range<Int>) {
    self.source = source
    self.target = target
  }
}

/// The stretches between anchors: for anchors sorted and not overlapping,
/// the source and target sentences before the first, between each two and
/// after the last. There is one more stretch than anchors; either side of a
/// stretch may be empty.
struct AnchorStretches {
  var anchors: [AlignmentAnchor]
  var source: [Range<Int>]
  var target: [Range<Int>]

  /// `anchors` must be in order on both sides and within `sourceCount` × `targetCount`
  /// (what `AnchorList` checks when it reads them).
  init(anchors: [AlignmentAnchor], sourceCount: Int, targetCount: Int) {
    self.anchors = anchors.sorted { $0.source.lowerBound != $1.source.lowerBound
      ? $0.source.lowerBound < $1.source.lowerBound : $0.target.lowerBound < $1.target.lowerBound }
    var i = 0, j = 0
    source = []
    target = []
    for anchor in self.anchors {
      source.append(i..<max(i, anchor.source.lowerBound))
      target.append(j..<max(j, anchor.target.lowerBound))
      i = max(i, anchor.source.upperBound)
      j = max(j, anchor.target.upperBound)
    }
    source.append(i..<max(i, sourceCount))
    target.append(j..<max(j, targetCount))
  }

  /// The source and target sentences known to pair with something on the
  /// other side: the anchors, and the stretches with sentences on both sides
  /// (a stretch with one side empty is certainly without counterpart).
  var paired: (source: [Range<Int>], target: [Range<Int>]) {
    let both = source.indices.filter { !source[$0].isEmpty && !target[$0].isEmpty }
    let anchored = anchors.filter { !$0.source.isEmpty && !$0.target.isEmpty }
    return (both.map { source[$0] } + anchored.map(\.source), both.map { target[$0] } + anchored.map(\.target))
  }
}

extension SideFeatures {
  /// The features of `range`'s sentences, re-indexed from 0. Types, stems and
  /// weights stay those of the whole text, so a stretch is scored with what
  /// the whole text taught.
  func slice(_ range: Range<Int>) -> SideFeatures {
    var side = self
    side.lengths = Array(lengths[range])
    side.sentenceTypes = Array(sentenceTypes[range])
    side.sentenceWeight = Array(sentenceWeight[range])
    side.paragraphEnds = Array(paragraphEnds[range])
    side.runsOn = Array(runsOn[range])
    if !anchorClasses.isEmpty { side.anchorClasses = Array(anchorClasses[range]) }
    side.repeated = Array(repeated[range])
    side.firstCopy = Array(firstCopy[range])
    return side
  }
}
