extension SRXRules {
  /// Built-in rule sets that `--srx` accepts by name.
  public static func builtin(named name: String) -> SRXRules? {
    switch name.lowercased() {
    case "omegat": omegat
    default: nil
    }
  }

  public static let builtinNames = ["omegat"]

  /// Rules that segment as OmegaT 3.6 does with its default segmentation
  /// rules, so that a TMX made from Tandem's segments matches OmegaT's
  /// segments exactly.
  ///
  /// Written after what OmegaT documents and does (checked by running
  /// Debian's OmegaT 3.6 on test texts, `.ci/checks/45-omegat-srx.sh`), not
  /// copied from it. OmegaT cascades: a language's own rules come first,
  /// then "Default", "Text" and "HTML" for every language. Its behaviour:
  /// - a break after a run of `.`, `?`, `!` before white space, whatever
  ///   follows it (so OmegaT also breaks before a lowercase word);
  /// - no break after "..." before a word that is not capitalised; a break
  ///   after a numbered heading ("1.2 ") before a capital;
  /// - German: no break after an abbreviation, a digit with a period
  ///   ("am 3. Mai", but also "im Jahr 2019. Danach") or a capital with a
  ///   period ("Franz K. Meyer", but also "die USA. Dann"); a break after
  ///   `."`, `?"`, `!"`;
  /// - English: no break after titles and a few abbreviations (e.g., i.e.,
  ///   fig., No. before a digit, a.m. before a lowercase word) or an initial
  ///   after a space.
  ///
  /// The abbreviation lists are Tandem's own (`Rules/*.abbreviations.txt`),
  /// so on text with an abbreviation that only one of the two lists holds,
  /// Tandem and OmegaT still differ. Other languages get the Default rules
  /// only.
  public static var omegat: SRXRules {
    let german = abbreviationRules(SegmentationRules.builtin(for: "de")) + [
      rule(false, "[0-9]\\.", "\\s"),
      rule(false, "\\p{Lu}\\.", "\\s"),
      rule(true, "[\\.\\?\\!]\"", "\\s"),
      rule(true, "[\\.\\?\\!]+", "\\s"),
    ]
    let english = [
      rule(false, "etc\\.", "\\s+\\P{Lu}"),
      rule(false, "(?i)e\\.g\\.", "\\s"),
      rule(false, "(?i)i\\.e\\.", "\\s"),
      rule(false, "(?i)fig\\.", "\\s"),
      rule(false, "\\s[A-Z]\\.", "\\s"),
      rule(false, "[apAP]\\.?[mM]\\.", "\\s[a-z]"),
      rule(false, "No\\.", "\\s\\d"),
      rule(false, "[Aa]pprox\\.", "\\s"),
      rule(false, "\\s[vV][sS]?\\.", "\\s"),
    ] + ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "resp", "U\\.K", "M"].map { rule(false, "\\b\($0)\\.", "\\s") }
    let fallback = [
      rule(false, "\\.\\.\\.", "\\s+\\P{Lu}"),
      rule(true, "^\\s*\\p{Nd}+[\\p{Nd}\\.\\)\\]]+\\s+", "\\p{Lu}"),
      rule(true, "[\\.\\?\\!]+", "\\s"),
    ]
    return SRXRules(
      cascade: true,
      languageRules: [
        LanguageRule(name: "German", rules: german),
        LanguageRule(name: "English", rules: english),
        LanguageRule(name: "Default", rules: fallback),
        // OmegaT's rules for paragraphs that span lines and for <br> in HTML.
        LanguageRule(name: "Text", rules: [rule(true, "\\n", " +")]),
        LanguageRule(name: "HTML", rules: [rule(true, "<br\\d+/?>", ".")]),
      ],
      maps: [
        LanguageMap(pattern: "DE.*", languageRuleName: "German"),
        LanguageMap(pattern: "EN.*", languageRuleName: "English"),
        LanguageMap(pattern: ".*", languageRuleName: "Default"),
        LanguageMap(pattern: ".*", languageRuleName: "Text"),
        LanguageMap(pattern: ".*", languageRuleName: "HTML"),
      ],
      name: "omegat (built in)")
  }

  private static func rule(_ breaks: Bool, _ before: String, _ after: String) -> Rule {
    Rule(breaks: breaks, beforeBreak: before, afterBreak: after)
  }

  /// No break after each abbreviation of `rules`, before white space; for
  /// "z.B." also none inside "z. B.".
  private static func abbreviationRules(_ rules: SegmentationRules?) -> [Rule] {
    guard let rules else { return [] }
    var result: [Rule] = []
    for key in rules.abbreviations.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let groups = String(decoding: key, as: UTF16.self).split(separator: ".").map { SRXWriter.escaped(String($0)) }
      result.append(rule(false, "\\b" + groups.joined(separator: "\\.\\s?") + "\\.", "\\s"))
      for split in 1..<groups.count {
        let before = groups[..<split].joined(separator: "\\.\\s?") + "\\."
        let after = groups[split...].joined(separator: "\\.\\s?") + "\\."
        result.append(rule(false, "\\b" + before, "\\s?" + after))
      }
    }
    return result
  }
}
