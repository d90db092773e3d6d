import Exchange
import Foundation

/// A seeded generator (SplitMix64): the same seed gives the same units on every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64
  init(seed: Int) { state = UInt64(truncatingIfNeeded: seed) &+ 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random units whose text mixes every XML special character, quotes, emoji, combining
/// characters, right-to-left text, tabs and line ends — and nothing XML 1.0 forbids.
enum RandomUnits {
  static let pieces = [
    "&", "<", ">", "\"", "'", "]]>", "&amp;", "&#38;", "<seg>", "<!--", "-->", "<![CDATA[", "\t", "\n", "\r\n", "\r",
    " ", "  ", "😀", "👩‍👩‍👧", "🇩🇪", "e\u{301}", "A\u{30A}", "\u{1100}\u{1161}", "שלום", "مرحبا بالعالم", "\u{200F}",
    "Größe", "Straße", "naïve", "日本語", "\\", "\\t", "#", "%", "\u{85}", "\u{A0}", "\u{FEFF}", "x", "Hallo Welt.", "1.000,5",
  ]
  static let languagePairs = [("de", "en"), ("de", "en-GB"), ("en-US", "he"), ("ar", "fr-CA"), ("zh-Hant-TW", "pt-BR")]

  static func text<G: RandomNumberGenerator>(_ g: inout G) -> String {
    var s = ""
    for _ in 0..<Int.random(in: 1...8, using: &g) { s += pieces.randomElement(using: &g)! }
    // Only white space is not a translation (writers skip it): keep something to read.
    if s.unicodeScalars.allSatisfy(\.properties.isWhitespace) { s += "x" }
    return s
  }

  static func date<G: RandomNumberGenerator>(_ g: inout G) -> Date {
    Date(timeIntervalSince1970: TimeInterval(Int.random(in: 0...4_000_000_000, using: &g)))
  }

  /// Codes at character boundaries of `text`, in order, with `hi` spans paired.
  static func codes<G: RandomNumberGenerator>(for text: String, _ g: inout G) -> [InlineCode] {
    let boundaries = [0] + text.unicodeScalars.indices.dropFirst().map { text.utf8.distance(from: text.startIndex, to: $0) }
      + [text.utf8.count]
    var offsets = (0..<Int.random(in: 1...3, using: &g)).map { _ in boundaries.randomElement(using: &g)! }
    offsets.sort()
    var codes: [InlineCode] = []
    for (i, offset) in offsets.enumerated() {
      switch Int.random(in: 0..<4, using: &g) {
      case 0: codes.append(InlineCode(.ph, offset: offset, attributes: ["x": "\(i)", "type": "a\"b'c&<"], content: "<br/>"))
      case 1: codes.append(InlineCode(.it, offset: offset, attributes: ["pos": "begin"], content: "{\\b "))
      case 2:
        codes.append(InlineCode(.bpt, offset: offset, attributes: ["i": "\(i)", "x": "\(i)"], content: "<b class=\"q\">"))
        codes.append(InlineCode(.ept, offset: offset, attributes: ["i": "\(i)"], content: "</b>"))
      default:
        codes.append(InlineCode(.hiStart, offset: offset, attributes: ["type": "term"]))
        codes.append(InlineCode(.hiEnd, offset: offset))
      }
    }
    return codes
  }

  /// `count` units in one language pair (a TMX file has one source language).
  static func units(seed: Int, count: Int) -> [TranslationUnit] {
    var g = SeededGenerator(seed: seed)
    let (source, target) = languagePairs.randomElement(using: &g)!
    return (0..<count).map { n in
      let sourceText = text(&g)
      let targetText = text(&g)
      return TranslationUnit(
        id: Bool.random(using: &g) ? "\(seed)-\(n)" : "id \"\(n)\" <&> '\(text(&g))'",
        sourceLanguage: source, targetLanguage: target, source: sourceText, target: targetText,
        creationDate: date(&g), changeDate: Bool.random(using: &g) ? date(&g) : nil,
        properties: (0..<Int.random(in: 0...2, using: &g)).map { _ in
          .init(type: "x-\(["confidence", "link-type", "quote\"d&<"].randomElement(using: &g)!)", value: text(&g))
        },
        notes: (0..<Int.random(in: 0...2, using: &g)).map { _ in text(&g) },
        sourceCodes: n % 3 == 0 ? codes(for: sourceText, &g) : [],
        targetCodes: n % 4 == 0 ? codes(for: targetText, &g) : [])
    }
  }
}
