extension TranslationMemory {
  /// What ``check()`` found: the engine's own consistency check (SQLite's integrity check),
  /// then the values Tandem reads in every table with the type it expects (a file edited by
  /// hand or by another tool, or overwritten in places, shows here before a lookup trips over it).
  public struct CheckReport: Sendable, Equatable {
    /// One line per problem; empty when the memory is sound.
    public var problems: [String]
    public var isSound: Bool { problems.isEmpty }
  }

  /// Checks the whole memory; reads only. A file too damaged to read through is a report
  /// with SQLite's reason, not an error.
  public func check() throws -> CheckReport {
    CheckReport(problems: try storage.check())
  }
}
