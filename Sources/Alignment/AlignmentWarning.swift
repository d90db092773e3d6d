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

extension AlignmentWarning: CustomStringConvertible {
  public var description: String {
    switch self {
    case .emptySide(let isSource):
      "the \(isSource ? "source" : "target") text has no sentences; every sentence of the other side is left unaligned."
    case .sameLanguage(let code):
      "source and target are both '\(code)'; aligning anyway, but check --source-lang and --target-lang."
    case .lengthMismatch(let s, let t):
      "the texts differ in size (\(s) vs \(t) characters); parts without a counterpart become 1-0 or 0-1 links."
    case .fewLexicalMatches(let share):
      "only \(Int((share * 100).rounded()))% of the links are supported by shared words, numbers or names; are the texts translations of each other?"
    }
  }
}
