/// Reads curated glossaries: tab-separated `source`, `target`, `note` with a
/// header line, one entry a line. Blank lines and lines starting with `#`
/// are skipped.
public enum CuratedGlossary {
  /// The entries of one glossary file.
  /// - Parameters:
  ///   - text: The file's text.
  ///   - file: The file's name, for error messages.
  /// - Throws: ``GlossaryError`` naming the file and line.
  public static func parse(_ text: String, file: String) throws(GlossaryError) -> [CuratedTerm] {
    var terms: [CuratedTerm] = []
    var sawHeader = false
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
      if !sawHeader {
        if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard columns.count >= 2, columns[0] == "source", columns[1] == "target" else {
          throw .missingHeader(file: file)
        }
        sawHeader = true
        continue
      }
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        .map { $0.trimmingSpaces() }
      guard columns.count >= 2, !columns[0].isEmpty, !columns[1].isEmpty else {
        throw .malformedLine(file: file, line: lineNumber)
      }
      terms.append(CuratedTerm(source: columns[0], target: columns[1],
                               note: columns.count > 2 ? columns[2...].joined(separator: " ") : ""))
    }
    if !sawHeader { throw .missingHeader(file: file) }
    return terms
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    var s = self
    while let first = s.first, first.isWhitespace { s = s.dropFirst() }
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
