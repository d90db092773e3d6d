/// Splits text into sentences: ICU's sentence break iterator, then the
/// language's rules. (Initial version: ICU boundaries only, per paragraph.)
public struct SentenceSegmenter: Sendable {
  /// BCP 47 language tag, e.g. "de" or "en-GB".
  public let language: String

  public init(language: String) {
    self.language = language
  }

  /// The sentences of `text`, in order, each with its paragraph index and
  /// UTF-16 range in `text`. A blank line ends a paragraph.
  public func sentences(in text: String) throws(ICUError) -> [Sentence] {
    let utf16 = Array(text.utf16)
    var result: [Sentence] = []
    let breaks = try BreakIterator(.sentence, locale: language, utf16: utf16)
    var start = 0
    while let end = breaks.next() {
      var lower = start, upper = end
      while lower < upper, isSpace(utf16[lower]) { lower += 1 }
      while upper > lower, isSpace(utf16[upper - 1]) { upper -= 1 }
      if lower < upper {
        result.append(Sentence(text: String(decoding: utf16[lower..<upper], as: UTF16.self),
                               paragraph: 0, range: lower..<upper))
      }
      start = end
    }
    return result
  }

  private func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x0A || unit == 0x09 || unit == 0x0D || unit == 0xA0
  }
}
