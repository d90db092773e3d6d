import Foundation
import Testing
@testable import Segmentation

/// The word scanner against ICU's word break iterator on five megabytes of German prose: every word
/// and number token ICU finds is a token of the scanner, except where one of the deliberate
/// differences below applies. Each is a rule of UAX #29 that Tandem's stages do not want:
/// - ICU keeps `.`, `'`, `’`, `:` and `·` between letters ("z.B", "geht's"): the stages compare
///   words, and "geht" must match "geht" (abbreviations are the segmenter's business).
/// - ICU keeps `;` and `'`/`’` between digits ("1'000"): German groups with `.` only (the aligner
///   adds the Swiss apostrophe through its options).
/// - ICU keeps `_` (ExtendNumLet) and format characters (soft hyphen U+00AD, zero-width joiners)
///   inside a word; the scanner ends a word at them.
/// - ICU's digits and letters after a separator join ("A3.5"); the scanner keeps separators only
///   in a token of digits, so that a number is a number ("3.5").
/// - Numerals that are not decimal digits ("²", "½") are no word characters to ICU; the scanner
///   keeps them in the word ("m²").
@Suite struct WordScannerICUTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/data/segmentation/de_5mb.txt").standardized

  /// Scalars whose presence in a disagreeing stretch is one of the documented differences.
  static func explains(_ scalar: Unicode.Scalar) -> Bool {
    if ".'’:·;_,".unicodeScalars.contains(scalar) { return true }
    let category = scalar.properties.generalCategory
    return category == .format || category == .otherNumber || category == .letterNumber
  }

  @Test func agreesWithICUWordBoundariesOnGermanProse() throws {
    let text = try String(contentsOf: Self.corpus, encoding: .utf8)
    let scanner = WordScanner(.init(
      lettersAndDigits: true, numberSeparators: [.period, .comma], joinsHyphenatedWords: false,
      recognizesInlineCodes: false, keepsPunctuation: false))
    var icuTokens = 0, agreeing = 0, unexplained: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = String(line)
      // UTF-8 offset of every UTF-16 offset that starts a scalar.
      var utf8Offset: [Int: Int] = [:]
      var u8 = 0, u16 = 0
      for scalar in line.unicodeScalars {
        utf8Offset[u16] = u8
        u8 += UTF8.width(scalar)
        u16 += UTF16.width(scalar)
      }
      utf8Offset[u16] = u8
      var icu: Set<Range<Int>> = []
      let iterator = try BreakIterator(.word, locale: "de", text: line)
      var previous = 0
      while let boundary = iterator.next() {
        if iterator.ruleStatus >= 100, let start = utf8Offset[previous], let end = utf8Offset[boundary] {
          icu.insert(start..<end)
        }
        previous = boundary
      }
      let ours = Set(scanner.tokens(line).filter { $0.kind == .word || $0.kind == .number }.map { $0.start..<$0.end })
      icuTokens += icu.count
      agreeing += icu.intersection(ours).count
      // Each stretch where the two disagree must hold a documented difference.
      let bytes = Array(line.utf8)
      for range in icu.symmetricDifference(ours) {
        let stretch = String(decoding: bytes[range], as: UTF8.self)
        let before = String(decoding: bytes[..<range.lowerBound].suffix(4), as: UTF8.self).unicodeScalars.last
        let after = String(decoding: bytes[range.upperBound...].prefix(4), as: UTF8.self).unicodeScalars.first
        let neighbours = [before, after].compactMap { $0 }
        if !stretch.unicodeScalars.contains(where: Self.explains) && !neighbours.contains(where: Self.explains) {
          unexplained.append(stretch)
        }
      }
    }
    print("WordScanner vs ICU on de_5mb.txt: \(agreeing) of \(icuTokens) ICU word tokens identical; unexplained: \(unexplained.count)")
    #expect(icuTokens > 500_000)
    #expect(unexplained.isEmpty, "\(unexplained.prefix(20))")
    #expect(Double(agreeing) / Double(icuTokens) > 0.995)
  }
}
