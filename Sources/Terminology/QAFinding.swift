/// One problem the checker found in a link.
public struct QAFinding: Sendable, Hashable {
  public enum Severity: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
    case info, warning, error
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String {
      switch self {
      case .info: "info"
      case .warning: "warning"
      case .error: "error"
      }
    }
  }

  public enum Rule: String, Sendable, Hashable, CaseIterable {
    /// The source has text, the target none.
    case emptyTarget = "empty-target"
    /// The target repeats the source.
    case untranslated
    /// The aligner was not sure of the link.
    case lowConfidence = "low-confidence"
    /// Numbers of one side are missing on the other.
    case numberMismatch = "number-mismatch"
    /// A name of one side has no counterpart on the other.
    case nameMismatch = "name-mismatch"
    /// A glossary term occurs in the source, its target term not in the target.
    case missingTerm = "missing-term"
    /// A capitalised function word inside a sentence: a heading or photo
    /// caption glued to the sentence ("… Kim Jong Un Am Mittwoch …").
    case gluedSegment = "glued-segment"
  }

  /// Index of the link (0-based) in the checked list.
  public var link: Int
  public var severity: Severity
  public var rule: Rule
  /// What is wrong, naming the terms, numbers or names involved.
  public var message: String

  public init(link: Int, severity: Severity, rule: Rule, message: String) {
    self.link = link
    self.severity = severity
    self.rule = rule
    self.message = message
  }
}
