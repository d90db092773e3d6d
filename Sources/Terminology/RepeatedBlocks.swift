/// A passage of one side given twice: the links that hold the second copy and those that hold the first.
struct RepeatedBlock: Sendable, Equatable {
  var links: ClosedRange<Int>
  var originals: ClosedRange<Int>
}

/// Finds text one side of a bitext gives twice: a block pasted twice into
/// the source and translated once, or a target sentence written twice.
enum RepeatedBlocks {
  /// Passages of at least `minimumWords` words that `texts` (one per link,
  /// in order) repeat word for word, case and punctuation aside; each
  /// repeat is reported once, at its second copy.
  /// - Complexity: O(*n*) hash lookups for *n* words, plus the length of the repeats.
  static func blocks(in texts: [String], minimumWords: Int = 20, gram: Int = 5) -> [RepeatedBlock] {
    var words: [Substring] = [], owner: [Int] = []
    for (index, text) in texts.enumerated() {
      for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        words.append(word)
        owner.append(index)
      }
    }
    guard words.count >= gram else { return [] }
    var firstStart: [String: Int] = [:]
    var result: [RepeatedBlock] = []
    var start = 0
    while start + gram <= words.count {
      let key = words[start..<start + gram].joined(separator: " ")
      guard let earlier = firstStart[key] else {
        firstStart[key] = start
        start += 1
        continue
      }
      let offset = start - earlier
      var end = start + gram
      while end < words.count, words[end] == words[end - offset] { end += 1 }
      if offset >= gram, end - start >= minimumWords {
        result.append(RepeatedBlock(links: owner[start]...owner[end - 1], originals: owner[earlier]...owner[end - 1 - offset]))
        start = end
      } else {
        start += 1
      }
    }
    return result
  }

  /// For each link with text on `side` only, of at least `minimumWords`
  /// words, that a two-sided link holds (alone or among other sentences):
  /// the nearest such link.
  static func copies(in pairs: [AlignedPair], side: Side, minimumWords: Int = 3) -> [Int: Int] {
    let texts = pairs.map { normalize(side == .source ? $0.source : $0.target) }
    let others = pairs.map { side == .source ? $0.target : $0.source }
    let twoSided = pairs.indices.filter { !texts[$0].isEmpty && !isBlank(others[$0]) }
    var result: [Int: Int] = [:]
    for index in pairs.indices where isBlank(others[index]) && texts[index].split(separator: " ").count >= minimumWords {
      let holders = twoSided.filter { texts[$0].contains(texts[index]) }
      if let nearest = holders.min(by: { abs($0 - index) < abs($1 - index) }) { result[index] = nearest }
    }
    return result
  }

  enum Side: Sendable { case source, target }

  /// Lowercase, white space collapsed to single spaces.
  static func normalize(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}
