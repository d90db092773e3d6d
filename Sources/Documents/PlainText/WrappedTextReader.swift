import Foundation

/// Reads hard-wrapped text (text exported from a PDF, e-mail at 72 columns)
/// into paragraphs: the lines of a paragraph are rejoined, and a word broken
/// at a line end is put back together ("Zusammen-" + "arbeit").
///
/// A paragraph ends at a blank line. In a text without blank lines, it also
/// ends after a line that is clearly shorter than the text's usual line and
/// ends in sentence-final punctuation or has none (a heading), as the last
/// line of a paragraph does.
///
/// A hyphen at a line end is kept when the next line starts with an
/// uppercase letter ("Nord-" + "Süd" → "Nord-Süd") or a digit, and is kept
/// with a space when the next word is a conjunction ("Sicherheits- und
/// internationale Fragen"); otherwise it is a break inside a word and goes.
public enum WrappedTextReader {
  public static func blocks(_ text: String) -> [DocumentBlock] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{0C}"))
    }
    let hasBlankLines = lines.drop(while: { $0.isEmpty }).reversed().drop(while: { $0.isEmpty }).contains(where: { $0.isEmpty })
    let lengths = lines.filter { !$0.isEmpty }.map { $0.count }.sorted()
    let usual = lengths.isEmpty ? 0 : lengths[lengths.count * 3 / 4]

    var blocks: [DocumentBlock] = []
    var paragraph: [(String, Int)] = []
    func flush() {
      guard let first = paragraph.first else { return }
      var joined = ""
      for (line, _) in paragraph { joined = join(joined, line) }
      blocks.append(DocumentBlock(kind: .paragraph, text: joined, line: first.1))
      paragraph = []
    }
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        flush()
        continue
      }
      paragraph.append((line, index + 1))
      if !hasBlankLines && usual > 0 && line.count < usual * 7 / 10 && !endsWithBreak(line) {
        flush()
      }
    }
    flush()
    return blocks
  }

  /// A line that cannot end a paragraph: it ends in a hyphen, comma, or a letter followed by more text.
  private static func endsWithBreak(_ line: String) -> Bool {
    guard let last = line.last else { return false }
    if last == "-" || last == "," || last == ";" || last == ":" { return true }
    return false
  }

  private static let conjunctions: Set<String> = [
    "und", "oder", "bzw", "sowie", "als", "wie", "noch", "bis", "and", "or", "nor", "to", "et", "ou",
  ]

  /// `text` continued by the next line of its paragraph.
  static func join(_ text: String, _ line: String) -> String {
    guard !text.isEmpty else { return line }
    guard text.hasSuffix("-"), text.count >= 2 else { return text + " " + line }
    let beforeHyphen = text[text.index(text.endIndex, offsetBy: -2)]
    guard beforeHyphen.isLetter, let next = line.first else { return text + " " + line }
    let nextWord = line.prefix(while: { $0.isLetter }).lowercased()
    if conjunctions.contains(nextWord) { return text + " " + line }
    if next.isUppercase || next.isNumber { return text + line }
    if next.isLowercase { return String(text.dropLast()) + line }
    return text + " " + line
  }
}
