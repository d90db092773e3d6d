/// A malformed rule file (`*.abbreviations.txt`, `*.words.txt`).
public enum RulesError: Error, Sendable, Equatable {
  case unknownSection(file: String, line: Int, section: String, expected: [String])
  case entryOutsideSection(file: String, line: Int)
  case malformedAbbreviation(file: String, line: Int, entry: String)
  case unknownOption(file: String, line: Int, option: String)
}

extension RulesError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .unknownSection(file, line, section, expected):
      "\(file):\(line): unknown section [\(section)]. Use one of: "
        + expected.map { "[\($0)]" }.joined(separator: ", ") + "."
    case let .entryOutsideSection(file, line):
      "\(file):\(line): entry before the first section. Start the file with a section such as [inner]."
    case let .malformedAbbreviation(file, line, entry):
      "\(file):\(line): '\(entry)' is not an abbreviation. Write it with its final period, e.g. 'z. B.'."
    case let .unknownOption(file, line, option):
      "\(file):\(line): unknown option '\(option)'. Use 'ordinal-period' or 'lowercase-starts-sentence'."
    }
  }
}
