/// Something odd about the input that did not stop the alignment.
public enum AlignmentWarning: Sendable, Equatable {
  /// One side has no sentences: every sentence of the other side is a 1-0 or 0-1 link.
  case emptySide(isSource: Bool)
  /// Both sides are declared in the same language.
  case sameLanguage(String)
  /// The sides differ in length far more than translations do.
  case lengthMismatch(sourceCharacters: Int, targetCharacters: Int)
  /// Few links could be confirmed by words, numbers or names: the texts may not be translations.
  case fewLexicalMatches(share: Double)
}

extension AlignmentWarning {
  /// Below this share of sure links (`fewLexicalMatches`), the texts are taken for unrelated.
  static let translationShare = 0.5
}

extension AlignmentWarning: CustomStringConvertible {
  public var description: String {
    switch self {
    case .emptySide(let isSource):
      "the \(isSource ? "source" : "target") text has no sentences, so there is nothing to align with. Check that file (empty, or not the text you meant?); every sentence of the other side is left unaligned and marked doubtful (reason length)."
    case .sameLanguage(let code):
      "source and target are both '\(code)'; aligning anyway, but check --source-lang and --target-lang."
    case .lengthMismatch(let s, let t):
      "the texts differ in size far more than translations do: \(s) vs \(t) characters, a factor of \(Self.factor(s, t)) (translations stay within 3). Check that both files hold the same part of the text; the sentences left without counterpart are marked doubtful (reason length)."
    case .fewLexicalMatches(let share):
      "only \(Int((share * 100).rounded()))% of the links are supported by shared words, numbers or names (below \(Int(Self.translationShare * 100))% the texts are most likely not translations of each other). Check that the files belong together, or give a dictionary for the pair with --dictionary; every link is marked doubtful (reason lexical)."
    }
  }

  private static func factor(_ a: Int, _ b: Int) -> String {
    let tenths = Int((Double(max(a, b)) / Double(max(min(a, b), 1)) * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
