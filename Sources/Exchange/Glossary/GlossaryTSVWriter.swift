import Terminology

/// Writes a glossary as tab-separated values with a header line. Tabs and
/// line breaks inside fields become spaces.
public enum GlossaryTSVWriter {
  public static func render(_ entries: [GlossaryEntry]) -> String {
    var out = GlossaryEntry.columnNames.joined(separator: "\t") + "\n"
    for entry in entries {
      out += entry.columns.map(flatten).joined(separator: "\t") + "\n"
    }
    return out
  }

  static func flatten(_ field: String) -> String {
    String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
