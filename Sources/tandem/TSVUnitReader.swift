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
    while let unit = try lines.withNextLine(parse) {
      if let unit { return unit }
    }
    return nil
  }

  /// The unit of one line; nil for an empty line.
  private func parse(_ line: UnsafeBufferPointer<UInt8>) throws -> TranslationUnit? {
    if line.isEmpty { return nil }
    guard let tab = line.firstIndex(of: 0x09) else {
      throw TSVUnitError.malformed(
        file: name, line: lines.lineNumber, column: line.count + 1,
        reason: "expected a TAB between source and target")
    }
    if let extra = line[(tab + 1)...].firstIndex(of: 0x09) {
      throw TSVUnitError.malformed(
        file: name, line: lines.lineNumber, column: extra + 1,
        reason: "a second TAB; a line holds exactly two fields")
    }
    guard tab > 0, tab + 1 < line.count else {
      throw TSVUnitError.malformed(
        file: name, line: lines.lineNumber, column: tab == 0 ? 1 : tab + 2, reason: "empty field")
    }
    return TranslationUnit(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
      source: String(decoding: UnsafeBufferPointer(rebasing: line[..<tab]), as: UTF8.self),
      target: String(decoding: UnsafeBufferPointer(rebasing: line[(tab + 1)...]), as: UTF8.self))
  }
}
