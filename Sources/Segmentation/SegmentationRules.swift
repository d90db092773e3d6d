/// The language data the sentence segmenter uses: abbreviations, words that
/// start sentences, month names and a few options.
///
/// The rules for German and English ship with Tandem (`Rules/*.txt`, compiled
/// into the module). Users extend them with files in the same format:
///
/// ```swift
/// var rules = SegmentationRules.builtin(for: "de") ?? SegmentationRules()
/// try rules.add(abbreviationsFile: "[inner]\nHbf.\n", name: "mine.txt")
/// let segmenter = SentenceSegmenter(language: "de", rules: rules)
/// ```
public struct SegmentationRules: Sendable, Equatable {
  /// What may follow an abbreviation; see `Rules/de.abbreviations.txt`.
  public enum AbbreviationKind: String, Sendable, CaseIterable {
    /// Never ends a sentence (Dr. Müller).
    case title
    /// An abbreviation only before a number (S. 5).
    case number
    /// Ends a sentence only before a word that starts sentences.
    case inner
    /// Ends a sentence before any capitalised word (usw. Das).
    case final
  }

  /// Abbreviations without spaces ("z.B."), UTF-16, with their kind.
  var abbreviations: [[UInt16]: AbbreviationKind] = [:]
  /// Endings of compounds that abbreviate before a number ("str" of "Goethestr. 12"),
  /// written "-str." in the [number] section.
  var numberSuffixes: [[UInt16]] = []
  /// Capitalised function words that begin sentences.
  var starters: Set<[UInt16]> = []
  /// Month names and their abbreviations.
  var months: Set<[UInt16]> = []
  /// Capitalised words that never stand inside a sentence ("Am", "Im"):
  /// they reveal a caption glued to the first sentence of a line.
  var neverInside: Set<[UInt16]> = []
  /// The longest word of ``neverInside``, in UTF-16 code units.
  var longestNeverInside = 0
  /// Words capitalised inside sentences too ("I", "Sie").
  var capitalized: Set<[UInt16]> = []
  /// Whether "19." before a noun is an ordinal (German) rather than a sentence end.
  var ordinalPeriod = false
  /// Whether a lowercase word after "?" or "!" and a space starts a sentence
  /// (English web text: "Is it? i think so"); German prose writes
  /// "»Halbaus! was du sagst!« inside one sentence.
  var lowercaseStartsSentence = false
  /// The longest abbreviation, in UTF-16 code units: bounds the lookups.
  var longestAbbreviation = 0
  /// ``fingerprint(_:)`` of every abbreviation: most lookups end here,
  /// without building a key.
  var abbreviationFingerprints: Set<UInt64> = []

  /// Empty rules: ICU's boundaries and the language-independent rules only.
  public init() {}

  /// The rules shipped for `language` (a BCP 47 tag; only its primary subtag
  /// counts, so "de-CH" gets the German rules), or nil if there are none.
  public static func builtin(for language: String) -> SegmentationRules? {
    let primary = LanguageSubtag.primary(of: language)
    let abbreviations = embeddedFiles["\(primary).abbreviations.txt"]
    let words = embeddedFiles["\(primary).words.txt"]
    if abbreviations == nil && words == nil { return nil }
    var rules = SegmentationRules()
    // The shipped files are checked by the tests; they cannot fail here.
    try? rules.add(abbreviationsFile: abbreviations ?? "", name: "\(primary).abbreviations.txt")
    try? rules.add(wordsFile: words ?? "", name: "\(primary).words.txt")
    return rules
  }

  /// The languages that have shipped rules ("de", "en").
  public static var builtinLanguages: [String] {
    Set(embeddedFiles.keys.compactMap { $0.split(separator: ".").first.map(String.init) }).sorted()
  }

  /// The names of the two rule files of `language`, as looked up in a rules directory.
  public static func fileNames(for language: String) -> (abbreviations: String, words: String) {
    let primary = LanguageSubtag.primary(of: language)
    return ("\(primary).abbreviations.txt", "\(primary).words.txt")
  }

  /// Adds the abbreviations of a file in the `*.abbreviations.txt` format;
  /// an entry that is already known takes the kind given here.
  /// - Throws: ``RulesError`` naming `name` and the line of a malformed entry.
  public mutating func add(abbreviationsFile text: String, name: String) throws(RulesError) {
    var kind: AbbreviationKind? = nil
    for (number, line) in Self.lines(of: text) {
      if let section = Self.section(line) {
        guard let found = AbbreviationKind(rawValue: section) else {
          throw .unknownSection(file: name, line: number, section: section,
                                expected: AbbreviationKind.allCases.map(\.rawValue))
        }
        kind = found
        continue
      }
      guard let kind else { throw .entryOutsideSection(file: name, line: number) }
      if kind == .number, line.hasPrefix("-"), line.hasSuffix("."), line.count > 2 {
        numberSuffixes.append(Array(line.dropFirst().dropLast().utf16))
        continue
      }
      let key = Array(line.utf16.filter { !CodeUnit.isWhite($0) })
      guard key.last == CodeUnit.period, key.count > 1 else {
        throw .malformedAbbreviation(file: name, line: number, entry: line)
      }
      abbreviations[key] = kind
      abbreviationFingerprints.insert(Self.fingerprint(key))
      longestAbbreviation = max(longestAbbreviation, key.count)
    }
  }

  /// Adds the words and options of a file in the `*.words.txt` format.
  /// - Throws: ``RulesError`` naming `name` and the line of a malformed entry.
  public mutating func add(wordsFile text: String, name: String) throws(RulesError) {
    var section: String? = nil
    for (number, line) in Self.lines(of: text) {
      if let found = Self.section(line) {
        let sections = ["options", "starters", "months", "capitalized", "never-inside"]
        guard sections.contains(found) else {
          throw .unknownSection(file: name, line: number, section: found, expected: sections)
        }
        section = found
        continue
      }
      let word = Array(line.utf16)
      switch section {
      case "options":
        switch line {
        case "ordinal-period": ordinalPeriod = true
        case "lowercase-starts-sentence": lowercaseStartsSentence = true
        default: throw .unknownOption(file: name, line: number, option: line)
        }
      case "starters": starters.insert(word)
      case "months": months.insert(word)
      case "capitalized": capitalized.insert(word)
      case "never-inside":
        neverInside.insert(word)
        longestNeverInside = max(longestNeverInside, word.count)
      default: throw .entryOutsideSection(file: name, line: number)
      }
    }
  }

  /// Non-empty lines without comments, trimmed, with 1-based line numbers.
  private static func lines(of text: String) -> [(Int, String)] {
    var result: [(Int, String)] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingSpaces
      if line.isEmpty || line.hasPrefix("#") { continue }
      result.append((index + 1, line))
    }
    return result
  }

  private static func section(_ line: String) -> String? {
    guard line.hasPrefix("["), line.hasSuffix("]") else { return nil }
    return String(line.dropFirst().dropLast()).trimmingSpaces
  }

  // MARK: Lookups on UTF-16 slices (the segmenter's hot path)

  /// FNV-1a over UTF-16 code units.
  @inline(__always) static func fingerprint<S: Sequence>(_ units: S, into hash: UInt64 = 0xcbf2_9ce4_8422_2325)
    -> UInt64 where S.Element == UInt16
  {
    var hash = hash
    for unit in units {
      hash = (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  func abbreviationKind(_ key: [UInt16]) -> AbbreviationKind? {
    if let kind = abbreviations[key] { return kind }
    guard let first = key.first, case let lower = CodeUnit.lowercased(first), lower != first else { return nil }
    var folded = key
    folded[0] = lower
    return abbreviations[folded]
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and carriage returns.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
