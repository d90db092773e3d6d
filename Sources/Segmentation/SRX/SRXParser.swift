import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads SRX 1.0 and 2.0 files into ``SRXRules``.
///
/// Accepts what CAT tools write: the SRX 2.0 namespace or none, `<maprules>`
/// holding `<languagemap>`s directly (2.0) or inside `<maprule>` (1.0),
/// `<formathandle>` and other header elements (ignored). A rule without
/// `<beforebreak>` or `<afterbreak>` has an empty regex there, which matches
/// everywhere. Regexes are checked when a ``SRXSegmenter`` compiles them.
public enum SRXParser {
  /// The rules in `bytes`, an SRX file called `name` in error messages.
  /// - Throws: ``SRXError`` naming `name`, the line and what to do.
  public static func parse(_ bytes: [UInt8], name: String) throws(SRXError) -> SRXRules {
    let delegate = Delegate(name: name)
    let parser = XMLParser(data: Data(bytes))
    parser.shouldProcessNamespaces = true
    parser.delegate = delegate
    let parsed = parser.parse()
    if let error = delegate.error { throw error }
    guard parsed else {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
      throw .malformedXML(file: name, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
    }
    guard delegate.root != nil else { throw .notSRX(file: name, root: "") }
    let rules = SRXRules(
      cascade: delegate.cascade, segmentSubflows: delegate.segmentSubflows,
      languageRules: delegate.languageRules, maps: delegate.maps, name: name)
    guard !rules.languageRules.isEmpty else { throw .noLanguageRules(file: name) }
    let known = rules.languageRules.map(\.name)
    for map in rules.maps where !known.contains(map.languageRuleName) {
      throw .unknownLanguageRule(file: name, line: map.line, name: map.languageRuleName, known: known)
    }
    return rules
  }

  /// Collects elements as the parser reports them; the first error stops it.
  private final class Delegate: NSObject, XMLParserDelegate {
    let name: String
    var root: String?
    var cascade = false  // SRX 2.0: cascade="no" unless the header says otherwise
    var segmentSubflows = true
    var languageRules: [SRXRules.LanguageRule] = []
    var maps: [SRXRules.LanguageMap] = []
    var error: SRXError?

    private var rule: SRXRules.Rule?
    private var text: String?  // inside <beforebreak> or <afterbreak>

    init(name: String) { self.name = name }

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let line = parser.lineNumber
      if root == nil {
        root = element
        guard element == "srx" else { return fail(parser, .notSRX(file: name, root: element)) }
      }
      switch element {
      case "header":
        if let value = attributes["cascade"] { cascade = value.lowercased() == "yes" }
        if let value = attributes["segmentsubflows"] { segmentSubflows = value.lowercased() != "no" }
      case "languagerule":
        guard let ruleName = attributes["languagerulename"] else {
          return fail(parser, .missingAttribute(file: name, line: line, element: element, attribute: "languagerulename"))
        }
        if languageRules.contains(where: { $0.name == ruleName }) {
          return fail(parser, .duplicateLanguageRule(file: name, line: line, name: ruleName))
        }
        languageRules.append(SRXRules.LanguageRule(name: ruleName, rules: []))
      case "rule":
        let value = (attributes["break"] ?? "yes").lowercased()  // SRX: break defaults to yes
        guard value == "yes" || value == "no" else {
          return fail(parser, .invalidBreakValue(file: name, line: line, value: value))
        }
        rule = SRXRules.Rule(breaks: value == "yes", beforeBreak: "", afterBreak: "", line: line)
      case "beforebreak", "afterbreak":
        text = ""
      case "languagemap":
        guard let pattern = attributes["languagepattern"] else {
          return fail(parser, .missingAttribute(file: name, line: line, element: element, attribute: "languagepattern"))
        }
        guard let ruleName = attributes["languagerulename"] else {
          return fail(parser, .missingAttribute(file: name, line: line, element: element, attribute: "languagerulename"))
        }
        maps.append(SRXRules.LanguageMap(pattern: pattern, languageRuleName: ruleName, line: line))
      default:
        break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text? += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      text? += String(decoding: block, as: UTF8.self)
    }

    func parser(
      _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
    ) {
      switch element {
      case "beforebreak": rule?.beforeBreak = text ?? ""; text = nil
      case "afterbreak": rule?.afterBreak = text ?? ""; text = nil
      case "rule":
        if let rule, !languageRules.isEmpty { languageRules[languageRules.count - 1].rules.append(rule) }
        rule = nil
      default: break
      }
    }

    private func fail(_ parser: XMLParser, _ error: SRXError) {
      self.error = error
      parser.abortParsing()
    }
  }
}
