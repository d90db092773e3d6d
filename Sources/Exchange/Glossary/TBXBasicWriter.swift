import Terminology

/// Writes TBX-Basic in the 2008 "martif" form (ISO 30042:2008): one
/// `termEntry` per glossary entry, a `langSet` per language, the base term
/// as preferred `tig` and the other variants as admitted ones; frequency,
/// confidence and origin in a `note`, the example pair as `context`.
public enum TBXBasicWriter {
  public static func render(_ entries: [GlossaryEntry], sourceLanguage: String, targetLanguage: String) -> String {
    let e = GlossaryXML.escape
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
      <martif type="TBX-Basic" xml:lang="\(GlossaryXML.attribute(sourceLanguage))">
        <martifHeader>
          <fileDesc>
            <titleStmt><title>Glossary \(e(sourceLanguage))–\(e(targetLanguage))</title></titleStmt>
            <sourceDesc><p>Written by Tandem from an aligned bitext.</p></sourceDesc>
          </fileDesc>
          <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
        </martifHeader>
        <text>
          <body>

      """
    for (index, entry) in entries.enumerated() {
      out += "      <termEntry id=\"t\(index + 1)\">\n"
      out += "        <note>\(e(entry.summary))</note>\n"
      out += langSet(sourceLanguage, term: entry.source, variants: entry.sourceVariants, context: entry.example?.source)
      out += langSet(targetLanguage, term: entry.target, variants: entry.targetVariants, context: entry.example?.target)
      out += "      </termEntry>\n"
    }
    out += """
          </body>
        </text>
      </martif>

      """
    return out
  }

  private static func langSet(_ language: String, term: String, variants: [String], context: String?) -> String {
    let e = GlossaryXML.escape
    var out = "        <langSet xml:lang=\"\(GlossaryXML.attribute(language))\">\n"
    out += "          <tig>\n            <term>\(e(term))</term>\n"
    out += "            <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>\n"
    if let context, !context.isEmpty { out += "            <descrip type=\"context\">\(e(context))</descrip>\n" }
    out += "          </tig>\n"
    for variant in variants where variant != term {
      out += "          <tig>\n            <term>\(e(variant))</term>\n"
      out += "            <termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>\n"
      out += "          </tig>\n"
    }
    out += "        </langSet>\n"
    return out
  }
}
