/// Writes ``SRXRules`` as an SRX 2.0 file that OmegaT, Okapi, Trados and
/// memoQ import; ``SRXParser`` reads it back to the same rules.
public enum SRXWriter {
  public static func xml(_ rules: SRXRules, comment: String? = nil) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    if let comment { out += "<!-- \(comment.replacingDoubleHyphens) -->\n" }
    out += "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n"
    out += "  <header segmentsubflows=\"\(rules.segmentSubflows ? "yes" : "no")\" cascade=\"\(rules.cascade ? "yes" : "no")\">\n"
    out += "    <formathandle type=\"start\" include=\"no\"/>\n"
    out += "    <formathandle type=\"end\" include=\"yes\"/>\n"
    out += "    <formathandle type=\"isolated\" include=\"no\"/>\n"
    out += "  </header>\n  <body>\n    <languagerules>\n"
    for languageRule in rules.languageRules {
      out += "      <languagerule languagerulename=\"\(attribute(languageRule.name))\">\n"
      for rule in languageRule.rules {
        out += "        <rule break=\"\(rule.breaks ? "yes" : "no")\">\n"
        out += "          <beforebreak>\(text(rule.beforeBreak))</beforebreak>\n"
        out += "          <afterbreak>\(text(rule.afterBreak))</afterbreak>\n"
        out += "        </rule>\n"
      }
      out += "      </languagerule>\n"
    }
    out += "    </languagerules>\n    <maprules>\n"
    for map in rules.maps {
      out += "      <languagemap languagepattern=\"\(attribute(map.pattern))\" "
        + "languagerulename=\"\(attribute(map.languageRuleName))\"/>\n"
    }
    out += "    </maprules>\n  </body>\n</srx>\n"
    return out
  }

  /// `literal` as a Java (and ICU) regex that matches exactly it.
  public static func escaped(_ literal: String) -> String {
    var out = ""
    for character in literal {
      if "\\^$.|?*+()[]{}-".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  private static func text(_ value: String) -> String {
    value.replacingOccurrences("&", "&amp;").replacingOccurrences("<", "&lt;").replacingOccurrences(">", "&gt;")
  }

  private static func attribute(_ value: String) -> String {
    text(value).replacingOccurrences("\"", "&quot;")
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }

  fileprivate var replacingDoubleHyphens: String {
    var out = ""
    for character in self {
      if character == "-" && out.hasSuffix("-") { out += " " }
      out.append(character)
    }
    return out
  }
}
