import Foundation

/// Reads SubRip subtitles (.srt) as monolingual units: one unit per cue, the
/// cue number as its id, the times as properties `x-srt-start` and
/// `x-srt-end` (e.g. "00:01:02,500"), the cue's lines joined by a space as
/// the text (the language is the source language; the target is empty).
/// Formatting tags (`<i>`, `</b>`, `<font color="…">`) and ASS overrides
/// (`{\an8}`) are kept as inline codes, so that neither times, numbers nor
/// tags reach the text.
public final class SRTReader: TranslationUnitReader {
  private let bytes: ChunkedBytes
  private let fileName: String
  private let language: String
  private let targetLanguage: String
  private var line: [UInt8] = []
  private var number = 0
  private var done = false

  public init(source: some ByteSource, fileName: String, sourceLanguage: String?, targetLanguage: String? = nil) throws(ExchangeError) {
    guard let sourceLanguage else { throw .missingLanguage(file: fileName, which: "source") }
    bytes = ChunkedBytes(source)
    self.fileName = fileName
    language = sourceLanguage
    self.targetLanguage = targetLanguage ?? ""
  }

  private func nextLine() throws(ExchangeError) -> String? {
    guard try bytes.nextLine(into: &line) else { return nil }
    number += 1
    if number == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
    guard let text = UTF8Validation.string(line) else {
      throw .invalidEncoding(file: fileName, line: number, column: 1, reason: "this line is not valid UTF-8")
    }
    return text
  }

  public func next() throws(ExchangeError) -> TranslationUnit? {
    guard !done else { return nil }
    var first: String?
    while let text = try nextLine() {
      if !text.allSatisfy(\.isWhitespace) { first = text; break }
    }
    guard let first else { done = true; return nil }
    let cueLine = number
    let id = first.trimmingWhitespace
    guard !id.isEmpty, id.allSatisfy(\.isNumber) else {
      throw .malformedRecord(file: fileName, line: cueLine, reason: "expected a cue number, found '\(first.prefix(40))'; each cue starts with its number, then a line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'")
    }
    guard let timing = try nextLine(), let (start, end) = Self.times(timing) else {
      throw .malformedRecord(file: fileName, line: cueLine + 1, reason: "expected the times of cue \(id) as 'HH:MM:SS,mmm --> HH:MM:SS,mmm'")
    }
    var lines: [String] = []
    while let text = try nextLine(), !text.allSatisfy(\.isWhitespace) { lines.append(text.trimmingWhitespace) }
    let (text, codes) = Self.split(lines.joined(separator: " "))
    return TranslationUnit(
      id: id, sourceLanguage: language, targetLanguage: targetLanguage, source: text, target: "",
      properties: [.init(type: "x-srt-start", value: start), .init(type: "x-srt-end", value: end)],
      sourceCodes: codes)
  }

  /// "00:00:01,000 --> 00:00:04,000" (a dot is accepted for the comma; coordinates after the end time are ignored).
  static func times(_ line: String) -> (String, String)? {
    let parts = line.components(separatedBy: "-->")
    guard parts.count == 2 else { return nil }
    let start = parts[0].trimmingWhitespace
    let end = String(parts[1].trimmingWhitespace.prefix(while: { !$0.isWhitespace }))
    func valid(_ t: String) -> Bool {
      t.count >= 8 && t.allSatisfy { $0.isNumber || $0 == ":" || $0 == "," || $0 == "." } && t.contains(":")
    }
    guard valid(start), valid(end) else { return nil }
    return (start, end)
  }

  /// Text without its tags; each tag an inline code at its place.
  static func split(_ line: String) -> (String, [InlineCode]) {
    var text: [UInt8] = []
    var codes: [InlineCode] = []
    var open: [(String, Int)] = []
    var nextPair = 1
    var rest = Substring(line)
    while let index = rest.firstIndex(where: { $0 == "<" || $0 == "{" }) {
      text.append(contentsOf: rest[..<index].utf8)
      let closer: Character = rest[index] == "<" ? ">" : "}"
      guard let close = rest[index...].firstIndex(of: closer) else { break }
      let tag = String(rest[index...close])
      let name = tag.dropFirst().drop(while: { $0 == "/" }).prefix(while: { $0.isLetter }).lowercased()
      let isTag = closer == "}" ? tag.hasPrefix("{\\") : ["i", "b", "u", "font", "s"].contains(name)
      guard isTag else {
        text.append(contentsOf: tag.utf8)
        rest = rest[rest.index(after: close)...]
        continue
      }
      if closer == "}" {
        codes.append(InlineCode(.ph, offset: text.count, attributes: ["x": String(nextPair)], content: tag))
        nextPair += 1
      } else if tag.hasPrefix("</") {
        if let index = open.lastIndex(where: { $0.0 == name }) {
          codes.append(InlineCode(.ept, offset: text.count, attributes: ["i": String(open[index].1)], content: tag))
          open.remove(at: index)
        } else {
          codes.append(InlineCode(.ph, offset: text.count, attributes: ["x": String(nextPair)], content: tag))
          nextPair += 1
        }
      } else {
        open.append((name, nextPair))
        codes.append(InlineCode(.bpt, offset: text.count, attributes: ["i": String(nextPair)], content: tag))
        nextPair += 1
      }
      rest = rest[rest.index(after: close)...]
    }
    text.append(contentsOf: rest.utf8)
    return (String(decoding: text, as: UTF8.self), codes)
  }
}

@available(*, unavailable)
extension SRTReader: Sendable {}

extension StringProtocol {
  fileprivate var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
