/// One token of a segment, as the fuzzy scorer and the word index see it.
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Letters and digits, e.g. "Vertrag", "A380".
    case word
    /// Digits with inner separators, e.g. "12", "1.000", "3,5".
    case number
    /// An inline tag or placeholder, e.g. "<b>", "</g1>", "{0}".
    case tag
  }

  public var kind: Kind
  /// The token as written.
  public var text: String
  /// Lowercased `text`: what the index stores and the distance compares.
  public var folded: String
  /// Where the token starts in the segment, as a UTF-8 offset.
  public var utf8Offset: Int

  public init(kind: Kind, text: String, folded: String, utf8Offset: Int) {
    self.kind = kind
    self.text = text
    self.folded = folded
    self.utf8Offset = utf8Offset
  }
}
