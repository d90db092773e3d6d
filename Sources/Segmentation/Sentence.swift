/// One sentence of a document, with where it came from.
public struct Sentence: Sendable, Hashable {
  /// The sentence, without surrounding white space: a view into the text it
  /// was found in, so that a document's sentences share one buffer.
  public var content: Substring
  /// Index of the paragraph (0-based) the sentence belongs to.
  public var paragraph: Int
  /// UTF-16 offsets of the sentence in the text it was found in.
  public var range: Range<Int>

  /// The sentence as a string of its own.
  public var text: String { String(content) }

  public init(text: String, paragraph: Int, range: Range<Int>) {
    self.init(content: text[...], paragraph: paragraph, range: range)
  }

  public init(content: Substring, paragraph: Int, range: Range<Int>) {
    self.content = content
    self.paragraph = paragraph
    self.range = range
  }
}
