extension SRXRules {
  /// Tandem's own rules for the languages that have them (``SegmentationRules/builtinLanguages``),
  /// as far as SRX can express them, for `tandem segment --export-srx`.
  ///
  /// Per language: no break after a title abbreviation ("Dr."), after a
  /// number abbreviation before a digit ("S. 5", "Goethestr. 12"), after an
  /// inner abbreviation or an initial unless a sentence starter follows
  /// ("z. B. Die" breaks), after a final abbreviation before anything but a
  /// capitalised word ("usw. Das" breaks), after a German ordinal before a
  /// month or a word that starts no sentence ("am 19. Juni"). For every
  /// language: no break before a lowercase word or inside "[...]", a break
  /// after final punctuation and closing quotes before white space, and
  /// between "world.Today".
  ///
  /// What SRX cannot say is listed in ``tandemLimitations``.
  public static func tandem(_ rules: [String: SegmentationRules]) -> SRXRules {
    var languageRules: [LanguageRule] = []
    var maps: [LanguageMap] = []
    for (language, languageRules_) in rules.sorted(by: { $0.key < $1.key }) {
      let name = "Tandem \(language)"
      languageRules.append(LanguageRule(name: name, rules: tandemRules(languageRules_)))
      maps.append(LanguageMap(pattern: language.uppercased() + "([-_].*)?", languageRuleName: name))
    }
    let closing = "[\"'”’»«›‹)\\]}]*"
    languageRules.append(
      LanguageRule(
        name: "Tandem default",
        rules: [
          Rule(breaks: false, beforeBreak: "[\\[(](?:\\.\\.\\.|…)[\\])]", afterBreak: ""),
          Rule(breaks: false, beforeBreak: "[\\.\\?\\!…]+" + closing, afterBreak: "\\s+\\p{Ll}"),
          Rule(breaks: false, beforeBreak: "(?:\\.\\.\\.|…)", afterBreak: "\\s++(?!\\p{Lu})"),
          Rule(breaks: true, beforeBreak: "[\\.\\?\\!…]+" + closing, afterBreak: "\\s+"),
          Rule(breaks: true, beforeBreak: "\\p{Ll}{2}\\.", afterBreak: "\\p{Lu}\\p{Ll}"),
        ]))
    maps.append(LanguageMap(pattern: ".*", languageRuleName: "Tandem default"))
    return SRXRules(cascade: true, languageRules: languageRules, maps: maps, name: "tandem (built in)")
  }

  /// What Tandem does that its SRX export cannot express.
  public static let tandemLimitations = [
    "lines and paragraphs: a line without final punctuation (a heading, a caption) is a sentence of its own, "
      + "a line ending in a comma may continue on the next; SRX works inside the paragraphs the CAT tool's filter makes",
    "a caption glued to the first sentence of a line (\"Kim Jong Un On Wednesday\") is not split",
    "list markers on one line (\"1) one 2) two\") are not split",
    "Roman numerals after a capitalised word (\"Heinrich VIII. kam\") and the number after a noun "
      + "(\"Platz 3. Trainer\") are not told apart from sentence ends",
    "capitalised words that are not sentence starters are matched by a list of starters, not by Tandem's "
      + "lookups of abbreviations spelled with or without spaces",
  ]

  private static func tandemRules(_ rules: SegmentationRules) -> [Rule] {
    let starters = rules.starters.map { String(decoding: $0, as: UTF16.self) }.sorted()
    let notStarter = starters.isEmpty ? "" : "(?!(?:" + starters.map(SRXWriter.escaped).joined(separator: "|") + ")\\b)"
    var result: [Rule] = []
    let kinds = rules.abbreviations.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    for (key, kind) in kinds {
      let groups = String(decoding: key, as: UTF16.self).split(separator: ".").map { SRXWriter.escaped(String($0)) }
      let before = "\\b" + groups.joined(separator: "\\.\\s?") + "\\."
      switch kind {
      case .title: result.append(Rule(breaks: false, beforeBreak: before, afterBreak: "\\s"))
      case .number: result.append(Rule(breaks: false, beforeBreak: before, afterBreak: "\\s+\\d"))
      case .inner: result.append(Rule(breaks: false, beforeBreak: before, afterBreak: "\\s++" + notStarter))
      case .final: result.append(Rule(breaks: false, beforeBreak: before, afterBreak: "\\s++(?!\\p{Lu}\\p{Ll})"))
      }
      for split in 1..<groups.count {
        result.append(
          Rule(breaks: false, beforeBreak: "\\b" + groups[..<split].joined(separator: "\\.\\s?") + "\\.",
               afterBreak: "\\s?" + groups[split...].joined(separator: "\\.\\s?") + "\\."))
      }
    }
    for suffix in rules.numberSuffixes {
      let letters = SRXWriter.escaped(String(decoding: suffix, as: UTF16.self))
      result.append(Rule(breaks: false, beforeBreak: "\\p{L}" + letters + "\\.", afterBreak: "\\s+\\d"))
    }
    if rules.ordinalPeriod {
      let months = rules.months.map { String(decoding: $0, as: UTF16.self) }.sorted().map(SRXWriter.escaped)
      if !months.isEmpty {
        result.append(
          Rule(breaks: false, beforeBreak: "(?:^|\\s)\\d{1,3}\\.", afterBreak: "\\s+(?:" + months.joined(separator: "|") + ")"))
      }
      result.append(Rule(breaks: false, beforeBreak: "(?:^|\\s)\\d{1,3}\\.", afterBreak: "\\s++" + notStarter + "\\p{Lu}"))
    }
    // An initial ("J. Smith"): a name follows, not a sentence.
    result.append(Rule(breaks: false, beforeBreak: "\\b\\p{Lu}\\.", afterBreak: "\\s++" + notStarter + "\\p{Lu}"))
    return result
  }
}
