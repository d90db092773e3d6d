public import Alignment
public import Terminology

/// Where a link stands in the review.
public enum ReviewStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Nobody has looked at it yet, or an edit of its neighbours changed it.
  case pending
  /// A reviewer confirmed the pairing as it is.
  case accepted
  /// A reviewer rewrote the target; the pairing counts as confirmed.
  case edited

  /// Whether realignment must keep the link where it is (see `ReviewDocument.realignPending`).
  public var isConfirmed: Bool { self != .pending }
}

/// One link under review: an `AlignmentLink` with its status and, once edited, its new target.
public struct ReviewLink: Sendable, Hashable {
  public var link: AlignmentLink
  public var status: ReviewStatus
  /// The target as the reviewer wrote it; nil keeps the target sentences.
  public var editedTarget: String?

  public init(_ link: AlignmentLink, status: ReviewStatus = .pending, editedTarget: String? = nil) {
    self.link = link
    self.status = status
    self.editedTarget = editedTarget
  }
}

/// Why an editing operation was refused; the page shows the message.
public enum ReviewError: Error, Sendable, Equatable, CustomStringConvertible {
  case noSuchLink(Int, count: Int)
  case nothingToMerge(Int)
  case nothingToSplit(Int, kind: String)
  case nothingToMove(Int, side: ReviewDocument.Side, direction: ReviewDocument.Direction)
  case realignmentLost(source: Int, target: Int)

  public var description: String {
    switch self {
    case let .noSuchLink(index, count):
      "there is no link \(index + 1); the alignment has \(count). Reload the page."
    case let .nothingToMerge(index):
      "link \(index + 1) is the last one; there is no next link to merge it with."
    case let .nothingToSplit(index, kind):
      "link \(index + 1) is \(kind); only a link with two or more sentences on one side can be split."
    case let .nothingToMove(index, side, direction):
      "link \(index + 1) has no \(side.rawValue) sentence to move to the \(direction.rawValue) link."
    case let .realignmentLost(source, target):
      "the realigned links do not cover every sentence (\(source) source, \(target) target). The review is unchanged."
    }
  }
}

/// The sentences of both sides and the links between them, as the reviewer changes them.
///
/// Every operation is a mutating method that keeps the invariant of an alignment:
/// the links cover every sentence of both sides exactly once, in order, and no
/// link is empty on both sides. Indices are 0-based; the page numbers links from 1.
public struct ReviewDocument: Sendable, Hashable {
  public enum Side: String, Sendable, Hashable, Codable { case source, target }
  public enum Direction: String, Sendable, Hashable, Codable { case previous, next }

  public var sourceLanguage: String
  public var targetLanguage: String
  public var source: [String]
  public var target: [String]
  public private(set) var links: [ReviewLink]
  /// QA findings of `tandem check`, by link index; recomputed by the owner after each edit.
  public var findings: [Int: [QAFinding]] = [:]

  public init(sourceLanguage: String, targetLanguage: String, source: [String], target: [String],
              links: [ReviewLink]) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.source = source
    self.target = target
    self.links = links
    Self.position(&self.links)
  }

  /// Gives each empty side the offset where it stands (the aligner writes `0..<0`
  /// for some), so that the anchors of confirmed links say where they are.
  private static func position(_ links: inout [ReviewLink]) {
    var s = 0, t = 0
    for k in links.indices {
      if links[k].link.source.isEmpty { links[k].link.source = s..<s }
      if links[k].link.target.isEmpty { links[k].link.target = t..<t }
      s = links[k].link.source.upperBound
      t = links[k].link.target.upperBound
    }
  }

  /// The source text of link `index`, its sentences joined by spaces.
  public func sourceText(_ index: Int) -> String {
    links[index].link.source.map { source[$0] }.joined(separator: " ")
  }

  /// The target text of link `index`: the edited one if there is one.
  public func targetText(_ index: Int) -> String {
    links[index].editedTarget ?? links[index].link.target.map { target[$0] }.joined(separator: " ")
  }

  /// The pairs `QualityChecker` checks, one per link, edits applied.
  public var alignedPairs: [AlignedPair] {
    links.indices.map { AlignedPair(source: sourceText($0), target: targetText($0), confidence: links[$0].link.confidence) }
  }

  private func check(_ index: Int) throws(ReviewError) {
    guard links.indices.contains(index) else { throw .noSuchLink(index, count: links.count) }
  }

  /// Marks link `index` as right; an edited link stays edited.
  public mutating func accept(_ index: Int) throws(ReviewError) {
    try check(index)
    if links[index].status == .pending { links[index].status = .accepted }
  }

  /// Replaces the target of link `index` with `text`, which marks it edited.
  public mutating func edit(_ index: Int, target text: String) throws(ReviewError) {
    try check(index)
    links[index].editedTarget = text
    links[index].status = .edited
  }

  /// Joins link `index` and the next into one pending link.
  ///
  /// The merged link takes the lower confidence of the two and loses any `repeatOf`
  /// (the reviewer has said what it is); `repeatOf` of other links is renumbered.
  public mutating func mergeWithNext(_ index: Int) throws(ReviewError) {
    try check(index)
    guard index + 1 < links.count else { throw .nothingToMerge(index) }
    let first = links[index].link, second = links[index + 1].link
    let merged = AlignmentLink(
      source: Self.union(first.source, second.source), target: Self.union(first.target, second.target),
      confidence: min(first.confidence, second.confidence), reason: first.reason ?? second.reason)
    replace(index...(index + 1), with: [ReviewLink(merged)])
  }

  /// Splits a link with two or more sentences on one side: the first link keeps the
  /// first sentence of each side, the second gets the rest (a 2-1 becomes 1-1 and 1-0,
  /// a 1-2 becomes 1-1 and 0-1). Both are pending; move a sentence if the cut is elsewhere.
  public mutating func split(_ index: Int) throws(ReviewError) {
    try check(index)
    let link = links[index].link
    guard link.source.count > 1 || link.target.count > 1 else { throw .nothingToSplit(index, kind: link.kind) }
    func cut(_ range: Range<Int>) -> (Range<Int>, Range<Int>) {
      range.isEmpty ? (range, range) : (range.lowerBound..<range.lowerBound + 1, range.lowerBound + 1..<range.upperBound)
    }
    let (s1, s2) = cut(link.source), (t1, t2) = cut(link.target)
    replace(index...index, with: [
      ReviewLink(AlignmentLink(source: s1, target: t1, confidence: link.confidence, reason: link.reason)),
      ReviewLink(AlignmentLink(source: s2, target: t2, confidence: link.confidence, reason: link.reason)),
    ])
  }

  /// Moves the sentence of `side` at the edge of link `index` into the neighbouring link:
  /// its last sentence to the start of the next link, or its first to the end of the
  /// previous one. Both links become pending; a link left empty on both sides goes away.
  public mutating func move(_ index: Int, side: Side, to direction: Direction) throws(ReviewError) {
    try check(index)
    let neighbour = direction == .next ? index + 1 : index - 1
    var from = links[index].link
    guard links.indices.contains(neighbour), !range(of: from, side).isEmpty else {
      throw .nothingToMove(index, side: side, direction: direction)
    }
    var to = links[neighbour].link
    let moved = range(of: from, side)
    if direction == .next {
      set(&from, side, moved.lowerBound..<moved.upperBound - 1)
      let old = range(of: to, side)
      set(&to, side, moved.upperBound - 1..<(old.isEmpty ? moved.upperBound : old.upperBound))
    } else {
      set(&from, side, moved.lowerBound + 1..<moved.upperBound)
      let old = range(of: to, side)
      set(&to, side, (old.isEmpty ? moved.lowerBound : old.lowerBound)..<moved.lowerBound + 1)
    }
    let pair = direction == .next ? [from, to] : [to, from]
    let kept = pair.filter { !$0.source.isEmpty || !$0.target.isEmpty }.map { link -> ReviewLink in
      var link = link
      link.repeatOf = nil
      return ReviewLink(link)
    }
    replace(min(index, neighbour)...max(index, neighbour), with: kept)
  }

  /// The accepted and edited links, which realignment keeps: the aligner's anchors.
  public var anchors: [AlignmentAnchor] {
    links.filter { $0.status.isConfirmed }.map { AlignmentAnchor(source: $0.link.source, target: $0.link.target) }
  }

  /// Realigns every pending link between confirmed ones.
  ///
  /// `realign` gets the anchors and returns a whole new alignment that contains them;
  /// links equal in both ranges to a confirmed link keep its status and edit, the
  /// others are pending. Confirmed links the realignment dropped stay out: the new
  /// links must cover every sentence, or the review is left unchanged.
  /// - Throws: ``ReviewError/realignmentLost(source:target:)`` if the new links do not
  ///   cover both sides, and whatever `realign` throws.
  public mutating func realignPending(using realign: ([AlignmentAnchor]) throws -> [AlignmentLink]) throws {
    var fresh = try realign(anchors).map { ReviewLink($0) }
    let sourceCovered = fresh.reduce(0) { $0 + $1.link.source.count }
    let targetCovered = fresh.reduce(0) { $0 + $1.link.target.count }
    guard Self.tiles(fresh.map(\.link.source), count: source.count), Self.tiles(fresh.map(\.link.target), count: target.count)
    else { throw ReviewError.realignmentLost(source: sourceCovered, target: targetCovered) }
    Self.position(&fresh)
    var confirmed: [AlignmentAnchor: ReviewLink] = [:]
    for link in links where link.status.isConfirmed {
      confirmed[AlignmentAnchor(source: link.link.source, target: link.link.target)] = link
    }
    links = fresh.map { item in
      guard var kept = confirmed[AlignmentAnchor(source: item.link.source, target: item.link.target)] else { return item }
      kept.link.repeatOf = item.link.repeatOf
      return kept
    }
    findings = [:]
  }

  /// Whether `ranges`, in order and skipping empty ones, run from 0 to `count` without gap or overlap.
  static func tiles(_ ranges: [Range<Int>], count: Int) -> Bool {
    var next = 0
    for range in ranges where !range.isEmpty {
      guard range.lowerBound == next else { return false }
      next = range.upperBound
    }
    return next == count
  }

  private func range(of link: AlignmentLink, _ side: Side) -> Range<Int> { side == .source ? link.source : link.target }
  private func set(_ link: inout AlignmentLink, _ side: Side, _ range: Range<Int>) {
    if side == .source { link.source = range } else { link.target = range }
  }

  /// Two adjacent ranges as one; an empty one takes no part.
  private static func union(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
    if a.isEmpty { return b }
    if b.isEmpty { return a }
    return a.lowerBound..<b.upperBound
  }

  /// Replaces the links in `old` with `new`, and renumbers `repeatOf` around them:
  /// a reference into `old` points to the first new link, later ones shift.
  private mutating func replace(_ old: ClosedRange<Int>, with new: [ReviewLink]) {
    let shift = new.count - old.count
    links.replaceSubrange(old, with: new)
    for k in links.indices {
      guard let target = links[k].link.repeatOf else { continue }
      if old.contains(target) {
        links[k].link.repeatOf = new.isEmpty ? nil : old.lowerBound
      } else if target > old.upperBound {
        links[k].link.repeatOf = target + shift
      }
    }
    findings = [:]
  }
}
