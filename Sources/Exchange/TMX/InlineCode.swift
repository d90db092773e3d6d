/// A piece of TMX inline markup (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`) kept beside the plain text of a segment.
///
/// The segment's text holds only the words; each code records where it sat, so that a
/// writer can put it back and a matcher can ignore it. For example, the TMX segment
/// `Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept>` reads as the text
/// "Click here" with a `bpt` code at offset 6 and an `ept` code at offset 10.
public struct InlineCode: Sendable, Hashable, Codable {
  public enum Element: String, Sendable, Hashable, Codable, CaseIterable {
    case bpt, ept, ph, it, ut
    /// The start and the end of a `<hi>` span; the text between them is part of the segment.
    case hiStart = "hi", hiEnd = "/hi"
  }

  public var element: Element
  /// Where the code sits in the segment text, in UTF-8 bytes from its start.
  public var offset: Int
  /// The element's attributes (`i`, `x`, `type`, `pos`, `assoc`).
  public var attributes: [String: String]
  /// The native code the element stands for (e.g. `<b>`); empty for `hi`.
  /// Text of nested `<sub>` elements is kept here as plain text.
  public var content: String

  public init(_ element: Element, offset: Int, attributes: [String: String] = [:], content: String = "") {
    self.element = element
    self.offset = offset
    self.attributes = attributes
    self.content = content
  }
}
