import Terminology

/// Writes TBX v3 core (ISO 30042:2019, dialect TBX-Core, style `dca`):
/// a `conceptEntry` per glossary entry with a `langSec` per language and a
/// `termSec` per term variant, the base term first.
public enum TBXCoreWriter {
  public static func render(_ entries: [GlossaryEntry], sourceLanguage: String, targetLanguage: String) -> String {
    let e = GlossaryXML.escape
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Core" style="dca" xml:lang="\(GlossaryXML.attribute(sourceLanguage))" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader>
          <fileDesc>
            <titleStmt><title>Glossary \(e(sourceLanguage))–\(e(targetLanguage))</title></titleStmt>
            <sourceDesc><p>Written by Tandem from an aligned bitext.</p></sourceDesc>
          </fileDesc>
        </tbxHeader>
        <text>
          <body>

      """
    for (index, entry) in entries.enumerated() {
      out += "      <conceptEntry id=\"c\(index + 1)\">\n"
      out += "        <note>\(e(entry.summary))</note>\n"
      out += langSec(sourceLanguage, term: entry.source, variants: entry.sourceVariants, context: entry.example?.source)
      out += langSec(targetLanguage, term: entry.target, variants: entry.targetVariants, context: entry.example?.target)
      out += "      </conceptEntry>\n"
    }
    out += """
          </body>
        </text>
      </tbx>

      """
    return out
  }

  private static func langSec(_ language: String, term: String, variants: [String], context: String?) -> String {
    let e = GlossaryXML.escape
    var out = "        <langSec xml:lang=\"\(GlossaryXML.attribute(language))\">\n"
    out += "          <termSec>\n            <term>\(e(term))</term>\n"
    if let context, !context.isEmpty { out += "            <descrip type=\"context\">\(e(context))</descrip>\n" }
    out += "          </termSec>\n"
    for variant in variants where variant != term {
      out += "          <termSec>\n            <term>\(e(variant))</term>\n          </termSec>\n"
    }
    out += "        </langSec>\n"
    return out
  }
}
