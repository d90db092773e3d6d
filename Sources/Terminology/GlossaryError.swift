/// An error in a curated glossary file.
public enum GlossaryError: Error, Sendable, Equatable {
  /// The first line is not the header `source<TAB>target<TAB>note`.
  case missingHeader(file: String)
  /// A line has no tab-separated source and target.
  case malformedLine(file: String, line: Int)
}

extension GlossaryError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .missingHeader(file):
      "\(file):1: a curated glossary starts with the header line 'source<TAB>target<TAB>note'. Add it."
    case let .malformedLine(file, line):
      "\(file):\(line): expected 'source<TAB>target[<TAB>note]'. Separate the columns with tabs."
    }
  }
}
