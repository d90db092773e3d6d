/// Scores how well a stored segment matches a new one, the way CAT tools do.
///
/// The base is OmegaT's: `100 · (1 − d / max(n, m))`, where `d` is the
/// Levenshtein distance between the two token sequences (words, numbers and
/// inline tags; punctuation and spacing are not tokens) and `n`, `m` are
/// their numbers of words and numbers. A tag only one side has is not an
/// edit but costs `tagPenalty`, so that the inline codes of a stored unit
/// (see `ScoringText`) lower its score a little and never hide it. Words are compared lowercased; numbers and tags are
/// placeables that match any number or tag, because a translator can carry
/// them over mechanically. Then penalties are subtracted for every aligned
/// pair that differs only in its number (`numberPenalty`), tag
/// (`tagPenalty`) or letter case (`casePenalty`). Only identical normalized
/// text scores 100; anything else is at most 99.
public struct FuzzyScorer: Sendable {
  public var numberPenalty: Double = 2
  public var tagPenalty: Double = 1
  public var casePenalty: Double = 1

  public init() {}

  /// The score of `candidate` for `query` (0–100) and the words that differ.
  ///
  /// - Parameters:
  ///   - query: The normalized text being translated (see ``SegmentText/normalized(_:)``).
  ///   - candidate: The normalized source text of a stored unit.
  /// - Complexity: O(*n* · *m*) in the token counts.
  public func score(_ query: String, _ candidate: String) -> (score: Int, differences: [WordDifference]) {
    score(query, Tokenizer.tokens(query), candidate, Tokenizer.tokens(candidate))
  }

  func score(_ queryText: String, _ a: [Token], _ candidateText: String, _ b: [Token])
    -> (score: Int, differences: [WordDifference])
  {
    if queryText == candidateText { return (100, []) }
    let n = a.count
    let m = b.count
    // Tags are placeables, not words: a tag one side lacks costs `tagPenalty`, not an edit.
    let wordsA = a.reduce(0) { $0 + ($1.kind == .tag ? 0 : 1) }
    let wordsB = b.reduce(0) { $0 + ($1.kind == .tag ? 0 : 1) }
    @inline(__always) func gapCost(_ token: Token) -> Int32 { token.kind == .tag ? 0 : 1 }

    // Levenshtein over tokens, full table for the backtrace.
    let width = m + 1
    var table = [Int32](repeating: 0, count: (n + 1) * width)
    for j in stride(from: 1, through: m, by: 1) { table[j] = table[j - 1] + gapCost(b[j - 1]) }
    for i in stride(from: 1, through: n, by: 1) { table[i * width] = table[(i - 1) * width] + gapCost(a[i - 1]) }
    for i in stride(from: 1, through: n, by: 1) {
      for j in stride(from: 1, through: m, by: 1) {
        let cost: Int32 = Self.sameSlot(a[i - 1], b[j - 1]) ? 0 : 1
        table[i * width + j] = min(
          table[(i - 1) * width + j - 1] + cost,
          table[(i - 1) * width + j] + gapCost(a[i - 1]),
          table[i * width + j - 1] + gapCost(b[j - 1]))
      }
    }
    let distance = Double(table[n * width + m])

    var penalty = 0.0
    var differences: [WordDifference] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      if i > 0, j > 0 {
        let same = Self.sameSlot(a[i - 1], b[j - 1])
        if table[i * width + j] == table[(i - 1) * width + j - 1] + (same ? 0 : 1) {
          let x = a[i - 1]
          let y = b[j - 1]
          if !same {
            differences.append(WordDifference(kind: .replaced, query: x.text, memory: y.text))
          } else if x.text != y.text {
            switch x.kind {
            case .number:
              penalty += numberPenalty
              differences.append(WordDifference(kind: .number, query: x.text, memory: y.text))
            case .tag:
              penalty += tagPenalty
              differences.append(WordDifference(kind: .tag, query: x.text, memory: y.text))
            case .word:
              penalty += casePenalty
              differences.append(WordDifference(kind: .letterCase, query: x.text, memory: y.text))
            }
          }
          i -= 1
          j -= 1
          continue
        }
      }
      if i > 0, table[i * width + j] == table[(i - 1) * width + j] + gapCost(a[i - 1]) {
        if a[i - 1].kind == .tag { penalty += tagPenalty }
        differences.append(WordDifference(kind: .missing, query: a[i - 1].text, memory: nil))
        i -= 1
      } else {
        if b[j - 1].kind == .tag { penalty += tagPenalty }
        differences.append(WordDifference(kind: .extra, query: nil, memory: b[j - 1].text))
        j -= 1
      }
    }
    differences.reverse()
    let base = max(wordsA, wordsB) > 0 ? 100 * (1 - distance / Double(max(wordsA, wordsB))) : 99
    let score = Int((base - penalty).rounded())
    return (min(99, max(0, score)), differences)
  }

  /// Whether two tokens occupy the same slot for the edit distance.
  static func sameSlot(_ x: Token, _ y: Token) -> Bool {
    switch (x.kind, y.kind) {
    case (.word, .word): x.folded == y.folded
    case (.number, .number), (.tag, .tag): true
    default: false
    }
  }
}
