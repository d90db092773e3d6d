/// String similarity for cognates and names.
enum Similarity {
  /// 1 − Levenshtein distance / length of the longer string, on Unicode
  /// scalars; 1 for equal strings, 0 when one is empty.
  static func normalized(_ a: String, _ b: String) -> Double {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if x.isEmpty || y.isEmpty { return x.isEmpty && y.isEmpty ? 1 : 0 }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return 1 - Double(previous[y.count]) / Double(max(x.count, y.count))
  }

  /// Whether two ASCII-folded words are cognates: equal, or at least four
  /// letters long and at least `threshold` similar ("pjongjang" ≈ "pyongyang").
  static func isCognate(_ a: String, _ b: String, threshold: Double = 0.7) -> Bool {
    if a == b { return true }
    guard a.utf8.count >= 4, b.utf8.count >= 4 else { return false }
    return normalized(a, b) >= threshold
  }

  /// Whether one folded word starts with the other, at least five letters
  /// long: derivations across languages ("imperialistische" / "imperialist").
  static func sharesPrefix(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count >= 5, b.utf8.count >= 5 else { return false }
    return a.hasPrefix(b) || b.hasPrefix(a)
  }
}
