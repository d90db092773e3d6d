/// One problem the checker found in one link, or in a run of links.
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
    /// A source sentence has no translation, or the target leaves out much of it.
    case omission
    /// A target sentence has no source.
    case insertion
    /// The target stops short: much shorter than the source, without its final punctuation.
    case truncation
    /// The target is in the source language, or repeats the source.
    case untranslated
    /// The aligner was not sure of the link.
    case lowConfidence = "low-confidence"
    /// Numbers (in digits or words) of one side are missing on the other.
    case numberMismatch = "number-mismatch"
    /// A name of one side has no counterpart on the other.
    case nameMismatch = "name-mismatch"
    /// A glossary term occurs in the source, its target term not in the target.
    case missingTerm = "missing-term"
    /// A capitalised function word inside a sentence: a heading or photo
    /// caption glued to the sentence ("… Kim Jong Un Am Mittwoch …").
    case gluedSegment = "glued-segment"
    /// A run of sentences repeats an earlier run of the same side.
    case repeatedBlock = "repeated-block"
    /// A target sentence is there twice, once without a source of its own.
    case duplicatedTarget = "duplicated-target"
    /// Target and source lengths are far from the ratio of the other links.
    case lengthRatio = "length-ratio"
    /// No word, number or name of the source finds a counterpart in the target.
    case wrongSentence = "wrong-sentence"
    /// A sentence pairs two countries that the rest of the text never pairs, in a text that
    /// keeps pairing two others: the source (or its translation) may name the wrong ones.
    case namesOutOfContext = "names-out-of-context"
  }

  /// Indices (0-based) of the links the finding concerns, in the checked list; one link but for `repeatedBlock`.
  public var links: Range<Int>
  public var severity: Severity
  public var rule: Rule
  /// What is wrong, naming the terms, numbers, names or lines involved.
  public var message: String
  /// 1-based first and last line of the source input the finding concerns; nil when that side has none.
  public var sourceLines: ClosedRange<Int>?
  /// 1-based first and last line of the target input; nil when that side has none.
  public var targetLines: ClosedRange<Int>?

  /// Index of the (first) link.
  public var link: Int { links.lowerBound }

  public init(
    links: Range<Int>, severity: Severity, rule: Rule, message: String,
    sourceLines: ClosedRange<Int>? = nil, targetLines: ClosedRange<Int>? = nil
  ) {
    self.links = links
    self.severity = severity
    self.rule = rule
    self.message = message
    self.sourceLines = sourceLines
    self.targetLines = targetLines
  }
}
