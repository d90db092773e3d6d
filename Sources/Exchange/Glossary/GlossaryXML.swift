/// XML text for the TBX writers, escaped by ``XMLEscaper`` (the TMX writer's rule):
/// `&`, `<`, `>` escaped and the characters XML 1.0 forbids removed.
enum GlossaryXML {
  /// `text` as element content.
  static func escape(_ text: String) -> String { escaped(text, attribute: false) }

  /// `text` as a quoted attribute value: `"`, tab and line breaks escaped too.
  static func attribute(_ text: String) -> String { escaped(text, attribute: true) }

  private static func escaped(_ text: String, attribute: Bool) -> String {
    var escaper = XMLEscaper()
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    escaper.append(text, to: &out, attribute: attribute)
    return String(decoding: out, as: UTF8.self)
  }
}
