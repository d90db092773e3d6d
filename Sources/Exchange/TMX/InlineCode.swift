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
  public var content: String
  /// Translatable text inside the native code (TMX `<sub>`, e.g. the `alt` of an image),
  /// each at its place in `content`.
  public var subflows: [Subflow]

  public init(
    _ element: Element, offset: Int, attributes: [String: String] = [:], content: String = "", subflows: [Subflow] = []
  ) {
    self.element = element
    self.offset = offset
    self.attributes = attributes
    self.content = content
    self.subflows = subflows
  }

  /// A TMX `<sub>`: text (with its own inline codes) inside the native code of a code.
  public struct Subflow: Sendable, Hashable, Codable {
    /// Where the `<sub>` sits in the code's ``InlineCode/content``, in UTF-8 bytes.
    public var offset: Int
    /// `type` and `datatype`.
    public var attributes: [String: String]
    public var text: String
    public var codes: [InlineCode]

    public init(offset: Int, attributes: [String: String] = [:], text: String, codes: [InlineCode] = []) {
      self.offset = offset
      self.attributes = attributes
      self.text = text
      self.codes = codes
    }
  }
}

extension InlineCode {
  /// Decodes JSON written before `subflows` existed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    element = try container.decode(Element.self, forKey: .element)
    offset = try container.decode(Int.self, forKey: .offset)
    attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    content = try container.decodeIfPresent(String.self, forKey: .content) ?? ""
    subflows = try container.decodeIfPresent([Subflow].self, forKey: .subflows) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(element, forKey: .element)
    try container.encode(offset, forKey: .offset)
    if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    if !content.isEmpty { try container.encode(content, forKey: .content) }
    if !subflows.isEmpty { try container.encode(subflows, forKey: .subflows) }
  }

  private enum CodingKeys: String, CodingKey {
    case element, offset, attributes, content, subflows
  }
}
