/// An SRX file that cannot be used, with the file, the line and what to do.
public enum SRXError: Error, Sendable, Equatable {
  case malformedXML(file: String, line: Int, column: Int, reason: String)
  case notSRX(file: String, root: String)
  case missingAttribute(file: String, line: Int, element: String, attribute: String)
  case invalidBreakValue(file: String, line: Int, value: String)
  case duplicateLanguageRule(file: String, line: Int, name: String)
  case unknownLanguageRule(file: String, line: Int, name: String, known: [String])
  case noLanguageRules(file: String)
  case invalidRegex(file: String, line: Int, regex: String, reason: String)
  case noRulesForLanguage(file: String, language: String)
  /// `--srx` named neither a file nor a built-in rule set.
  case unknownRuleSet(name: String, builtin: [String])
}

extension SRXError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .malformedXML(file, line, column, reason):
      "\(file):\(line):\(column): not well-formed XML (\(reason)). Fix the XML, e.g. escape '<' and '&' "
        + "in regexes as &lt; and &amp;."
    case let .notSRX(file, root):
      "\(file): the root element is <\(root)>, not <srx>. Pass an SRX 2.0 file "
        + "(as OmegaT, Okapi, Trados or memoQ export them)."
    case let .missingAttribute(file, line, element, attribute):
      "\(file):\(line): <\(element)> has no \(attribute)=\"…\". Add the attribute."
    case let .invalidBreakValue(file, line, value):
      "\(file):\(line): break=\"\(value)\" is neither \"yes\" nor \"no\". Write break=\"yes\" or break=\"no\"."
    case let .duplicateLanguageRule(file, line, name):
      "\(file):\(line): a second <languagerule> named '\(name)'. Rename it or merge the two."
    case let .unknownLanguageRule(file, line, name, known):
      "\(file):\(line): <languagemap> names languagerulename=\"\(name)\", which no <languagerule> defines. "
        + "Use one of: \(known.joined(separator: ", "))."
    case let .noLanguageRules(file):
      "\(file): no <languagerule> in <languagerules>. An SRX file needs at least one, "
        + "mapped to languages in <maprules>."
    case let .invalidRegex(file, line, regex, reason):
      "\(file):\(line): the regex '\(regex)' cannot be compiled (\(reason)). Fix it; SRX regexes are Java regexes."
    case let .noRulesForLanguage(file, language):
      "\(file): no <languagemap> matches the language '\(language)'. Add one, e.g. "
        + "<languagemap languagepattern=\".*\" languagerulename=\"Default\"/> as the last map."
    case let .unknownRuleSet(name, builtin):
      "'\(name)' is neither an SRX file nor a built-in rule set. Pass the path of an .srx file, "
        + "or one of: \(builtin.joined(separator: ", "))."
    }
  }
}
