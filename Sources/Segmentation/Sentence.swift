/// One sentence of a document, with where it came from.
public struct Sentence: Sendable, Hashable {
  /// The sentence text, without surrounding white space.
  public var text: String
  /// Index of the paragraph (0-based) the sentence belongs to.
  public var paragraph: Int
  /// UTF-16 offsets of `text` in the original document.
  public var range: Range<Int>

  public init(text: String, paragraph: Int, range: Range<Int>) {
    self.text = text
    self.paragraph = paragraph
    self.range = range
  }
}
