import Exchange
import Foundation

/// An error in a TSV file being imported.
enum TSVUnitError: Error, CustomStringConvertible {
  case malformed(file: String, line: Int, column: Int, reason: String)

  var description: String {
    switch self {
    case .malformed(let file, let line, let column, let reason):
      "\(file):\(line):\(column): \(reason). Fix the line; nothing of the file was imported."
    }
  }
}

/// Reads "source TAB target" lines as units, one line at a time.
final class TSVUnitReader {
  private let lines: LineReader
  private let name: String
  private let sourceLanguage: String
  private let targetLanguage: String

  init(path: String, sourceLanguage: String, targetLanguage: String) throws {
    lines = try LineReader(path: path)
    name = path == "-" ? "<stdin>" : path
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
  }

  /// The next unit, nil at the end; empty lines are skipped.
  func next() throws -> TranslationUnit? {
    while let line = lines.next() {
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else {
        let column =
          fields.count == 1
          ? line.utf8.count + 1 : fields[0].utf8.count + fields[1].utf8.count + 2
        throw TSVUnitError.malformed(
          file: name, line: lines.lineNumber, column: column,
          reason: fields.count == 1
            ? "expected a TAB between source and target" : "a second TAB; a line holds exactly two fields")
      }
      guard !fields[0].isEmpty, !fields[1].isEmpty else {
        throw TSVUnitError.malformed(
          file: name, line: lines.lineNumber, column: fields[0].isEmpty ? 1 : fields[0].utf8.count + 2,
          reason: "empty field")
      }
      return TranslationUnit(
        sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
        source: String(fields[0]), target: String(fields[1]))
    }
    return nil
  }
}
