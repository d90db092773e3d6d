/// Segmentation rules in the Segmentation Rules eXchange format (SRX 2.0,
/// as Okapi, OmegaT, Trados and memoQ exchange them): named language rules,
/// each an ordered list of break and no-break rules, and map rules that pick
/// the language rules for a language code.
///
/// Regexes are kept as written in the file (Java syntax); ``SRXSegmenter``
/// compiles them for ICU.
///
/// ```swift
/// let rules = try SRXParser.parse(bytes, name: "rules.srx")
/// let segmenter = try SRXSegmenter(rules: rules, language: "de")
/// ```
public struct SRXRules: Sendable, Equatable {
  /// One rule: at a position where `beforeBreak` matches the text before it
  /// and `afterBreak` the text after it, break (or do not break).
  public struct Rule: Sendable, Equatable {
    public var breaks: Bool
    /// A Java regex; empty matches everywhere.
    public var beforeBreak: String
    /// A Java regex; empty matches everywhere.
    public var afterBreak: String
    /// The line of the `<rule>` element in its file (0 when built in code), for error messages.
    public var line: Int

    public init(breaks: Bool, beforeBreak: String, afterBreak: String, line: Int = 0) {
      self.breaks = breaks
      self.beforeBreak = beforeBreak
      self.afterBreak = afterBreak
      self.line = line
    }
  }

  /// A named, ordered list of rules (`<languagerule>`).
  public struct LanguageRule: Sendable, Equatable {
    public var name: String
    public var rules: [Rule]

    public init(name: String, rules: [Rule]) {
      self.name = name
      self.rules = rules
    }
  }

  /// Which language rule applies to language codes that match `pattern` (`<languagemap>`).
  public struct LanguageMap: Sendable, Equatable {
    /// A Java regex matched against the whole language code, ignoring case ("DE.*").
    public var pattern: String
    public var languageRuleName: String
    public var line: Int

    public init(pattern: String, languageRuleName: String, line: Int = 0) {
      self.pattern = pattern
      self.languageRuleName = languageRuleName
      self.line = line
    }
  }

  /// Whether the rules of every matching map apply, in map order (`cascade="yes"`),
  /// or those of the first matching map only.
  public var cascade: Bool
  /// Whether inline elements with text of their own (footnotes) are segmented apart;
  /// kept for writing the rules back, as Tandem segments plain text.
  public var segmentSubflows: Bool
  public var languageRules: [LanguageRule]
  public var maps: [LanguageMap]
  /// The file the rules came from, for error messages.
  public var name: String

  public init(
    cascade: Bool, segmentSubflows: Bool = true, languageRules: [LanguageRule], maps: [LanguageMap],
    name: String
  ) {
    self.cascade = cascade
    self.segmentSubflows = segmentSubflows
    self.languageRules = languageRules
    self.maps = maps
    self.name = name
  }
}
