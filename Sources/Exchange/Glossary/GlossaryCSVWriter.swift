import Terminology

/// Writes a glossary as comma-separated values (RFC 4180) with a header line.
public enum GlossaryCSVWriter {
  public static func render(_ entries: [GlossaryEntry]) -> String {
    var out = GlossaryEntry.columnNames.map(quote).joined(separator: ",") + "\r\n"
    for entry in entries {
      out += entry.columns.map(quote).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// A field quoted when it holds a comma, quote or line break; quotes doubled.
  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
  }
}

extension String {
  func replacingAll(_ character: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == character { out += replacement } else { out.append(c) } }
    return out
  }
}
