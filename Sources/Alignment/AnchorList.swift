import Foundation

/// Reads the links a person accepted, for `Aligner.align(…, anchors:)`: the
/// text `tandem align --format links` writes (`[3]:[4]`, `[5, 6]:[7]`,
/// `[]:[8]`, 0-based, one link a line; blank lines are skipped), or the JSON
/// `--format json` writes (`{"links": [{"source": [3], "target": [4], …}]}`),
/// where a link with a `status` field is an anchor only when it is
/// `accepted` or `edited` (a reviewed file).
public enum AnchorList {
  /// The anchors in `text`, checked against texts of `sourceCount` and
  /// `targetCount` sentences: each side a run of consecutive indices, not
  /// both empty, in range, and every anchor after the one before on both sides.
  /// - Throws: ``AnchorListError``, naming `file` and the line.
  public static func parse(_ text: String, file: String, sourceCount: Int, targetCount: Int) throws(AnchorListError)
    -> [AlignmentAnchor]
  {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var entries: [Entry] = []
    if text.drop(while: \.isWhitespace).first == "{" {
      entries = try jsonEntries(text, lines: lines, file: file)
    } else {
      for (number, raw) in lines.enumerated() {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { continue }
        let sides = line.split(separator: ":", omittingEmptySubsequences: false)
        guard sides.count == 2, let source = indices(sides[0]), let target = indices(sides[1]) else {
          throw .malformed(file: file, line: number + 1, reason: "expected a link like '[3]:[4]' or '[5, 6]:[]'")
        }
        entries.append(Entry(line: number + 1, source: source, target: target, isAnchor: true))
      }
    }
    var anchors: [AlignmentAnchor] = []
    var previous: (line: Int, anchor: AlignmentAnchor)?
    // An empty side sits where the link before it in the file ended on that side.
    var sourceEnd = 0, targetEnd = 0
    for entry in entries {
      guard let source = run(entry.source, at: sourceEnd), let target = run(entry.target, at: targetEnd),
            !(source.isEmpty && target.isEmpty) else {
        throw .malformed(file: file, line: entry.line, reason: "each side must list consecutive sentences, and not both be empty")
      }
      sourceEnd = source.upperBound
      targetEnd = target.upperBound
      guard entry.isAnchor else { continue }
      guard source.upperBound <= sourceCount, target.upperBound <= targetCount else {
        throw .outOfRange(file: file, line: entry.line, sourceCount: sourceCount, targetCount: targetCount)
      }
      let anchor = AlignmentAnchor(source: source, target: target)
      if let previous {
        let p = previous.anchor
        guard p.source.upperBound <= source.lowerBound, p.target.upperBound <= target.lowerBound else {
          throw .conflict(file: file, line: entry.line, previousLine: previous.line)
        }
      }
      anchors.append(anchor)
      previous = (entry.line, anchor)
    }
    return anchors
  }

  /// `[1, 2]` → [1, 2]; nil unless a bracketed list of non-negative integers.
  private static func indices(_ text: Substring) -> [Int]? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
    let inner = trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
    if inner.isEmpty { return [] }
    var result: [Int] = []
    for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
      guard let value = Int(part.trimmingCharacters(in: .whitespaces)), value >= 0 else { return nil }
      result.append(value)
    }
    return result
  }

  private struct Entry {
    var line: Int
    var source: [Int]
    var target: [Int]
    /// False for a reviewed JSON link whose status is not accepted or edited.
    var isAnchor: Bool
  }

  /// The range of consecutive indices (empty at `position` when there are
  /// none), or nil when they are not consecutive.
  private static func run(_ values: [Int], at position: Int) -> Range<Int>? {
    guard let first = values.first else { return position..<position }
    for (k, value) in values.enumerated() where value != first + k { return nil }
    return first..<first + values.count
  }

  /// The links of a `--format json` file. Lines are those of each link's
  /// `"source"` key, which the writer puts on a line of its own.
  private static func jsonEntries(_ text: String, lines: [Substring], file: String) throws(AnchorListError) -> [Entry] {
    let object: Any
    do { object = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
      throw .malformed(file: file, line: 1, reason: "not valid JSON")
    }
    guard let links = (object as? [String: Any])?["links"] as? [[String: Any]] else {
      throw .malformed(file: file, line: 1, reason: "expected an object with a \"links\" array, as 'tandem align --format json' writes")
    }
    let sourceLines = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("\"source\"") }
    var entries: [Entry] = []
    for (k, link) in links.enumerated() {
      let line = k < sourceLines.count ? sourceLines[k] + 1 : 1
      var isAnchor = true
      if let status = link["status"] {
        guard let status = status as? String else {
          throw .malformed(file: file, line: line, reason: "\"status\" must be a string")
        }
        isAnchor = status == "accepted" || status == "edited"
      }
      guard let source = link["source"] as? [Int], let target = link["target"] as? [Int],
            source.allSatisfy({ $0 >= 0 }), target.allSatisfy({ $0 >= 0 }) else {
        throw .malformed(file: file, line: line, reason: "a link needs \"source\" and \"target\" arrays of sentence indices")
      }
      entries.append(Entry(line: line, source: source, target: target, isAnchor: isAnchor))
    }
    return entries
  }
}

/// What is wrong with an anchors file (`tandem align --anchors`).
public enum AnchorListError: Error, Sendable, Equatable {
  case malformed(file: String, line: Int, reason: String)
  /// An index past the end of the texts being aligned.
  case outOfRange(file: String, line: Int, sourceCount: Int, targetCount: Int)
  /// A link that overlaps or comes before the anchor on `previousLine`.
  case conflict(file: String, line: Int, previousLine: Int)
}

extension AnchorListError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .malformed(file, line, reason):
      "\(file):\(line): not an anchor link: \(reason). Write links as 'tandem align --format links' or --format json does."
    case let .outOfRange(file, line, sourceCount, targetCount):
      "\(file):\(line): the link lies outside the texts (\(sourceCount) source and \(targetCount) target sentences, numbered from 0). Check that the anchors belong to these files and segmentation."
    case let .conflict(file, line, previousLine):
      "\(file):\(line): the link overlaps or crosses the anchor on line \(previousLine). Anchors must follow each other on both sides; remove one of them."
    }
  }
}
