/// Units a reader left out, counted by reason, with the line of the first of each kind.
public struct SkippedUnits: Sendable, Hashable, CustomStringConvertible {
  public enum Reason: String, Sendable, Hashable, CaseIterable, Comparable {
    /// No `<tuv>` in the source language.
    case noSourceVariant = "no source-language variant"
    /// No `<tuv>` in the target language (or no second language at all).
    case noTargetVariant = "no target-language variant"
    /// The source or the target segment is empty.
    case emptySegment = "an empty segment"
    /// A `<tuv>` without `xml:lang` or `lang`.
    case variantWithoutLanguage = "a <tuv> without xml:lang"
    /// An element TMX does not allow inside `<seg>`.
    case unexpectedMarkup = "an element TMX does not allow inside <seg>"

    public static func < (a: Reason, b: Reason) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public private(set) var counts: [Reason: Int] = [:]
  /// The line of the `<tu>` of the first unit skipped for each reason.
  public private(set) var firstLines: [Reason: Int] = [:]

  public init() {}

  public var total: Int { counts.values.reduce(0, +) }

  mutating func record(_ reason: Reason, line: Int) {
    counts[reason, default: 0] += 1
    if firstLines[reason] == nil { firstLines[reason] = line }
  }

  /// "3 units skipped: 2 with no target-language variant (first at line 40), 1 with an empty segment (line 77)".
  public var description: String {
    guard total > 0 else { return "no units skipped" }
    let parts = counts.keys.sorted().map { reason in
      let count = counts[reason] ?? 0
      let line = firstLines[reason] ?? 0
      return "\(count) with \(reason.rawValue) (\(count == 1 ? "line" : "first at line") \(line))"
    }
    return "\(total) unit\(total == 1 ? "" : "s") skipped: " + parts.joined(separator: ", ")
  }
}
