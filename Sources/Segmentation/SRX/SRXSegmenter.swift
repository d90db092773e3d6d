import Foundation

/// The SRX rules of one language, compiled: finds where a paragraph breaks
/// into segments.
///
/// Applies the rules as OmegaT does (and as SRX 2.0 describes): at each
/// position, the first rule whose `beforebreak` regex matches up to the
/// position and whose `afterbreak` regex matches from it decides, break or no
/// break; where no rule matches, the text does not break. As in OmegaT, a
/// rule's matches are found left to right without overlapping (Java's
/// `Matcher.find`), so `[\.\?\!]+` ends only at the last of "?!".
public struct SRXSegmenter: Sendable {
  /// The language the rules were picked for.
  public let language: String
  /// The names of the language rules that apply, in order.
  public let languageRuleNames: [String]
  private let rules: [CompiledRule]

  /// Picks the language rules of `rules` for `language` (a BCP 47 tag,
  /// matched against each map's pattern, ignoring case) and compiles them.
  /// - Throws: ``SRXError/invalidRegex(file:line:regex:reason:)`` for a regex
  ///   that does not compile, ``SRXError/noRulesForLanguage(file:language:)``
  ///   when no map matches.
  public init(rules: SRXRules, language: String) throws(SRXError) {
    self.language = language
    var names: [String] = []
    for map in rules.maps {
      let pattern = try Self.compile("^(?:" + map.pattern + ")$", line: map.line, file: rules.name, options: .caseInsensitive)
      let code = language as NSString
      guard pattern?.firstMatch(in: language, range: NSRange(location: 0, length: code.length)) != nil
        || map.pattern.isEmpty
      else { continue }
      if !names.contains(map.languageRuleName) { names.append(map.languageRuleName) }
      if !rules.cascade { break }
    }
    guard !names.isEmpty else { throw .noRulesForLanguage(file: rules.name, language: language) }
    var compiled: [CompiledRule] = []
    for name in names {
      guard let languageRule = rules.languageRules.first(where: { $0.name == name }) else { continue }
      for rule in languageRule.rules {
        compiled.append(
          CompiledRule(
            breaks: rule.breaks,
            before: try Self.compile(rule.beforeBreak, line: rule.line, file: rules.name),
            after: try Self.compile(rule.afterBreak, line: rule.line, file: rules.name)))
      }
    }
    self.languageRuleNames = names
    self.rules = compiled
  }

  private static func compile(
    _ java: String, line: Int, file: String, options: NSRegularExpression.Options = []
  ) throws(SRXError) -> Expression? {
    if java.isEmpty { return nil }
    do {
      return Expression(try NSRegularExpression(pattern: JavaRegex.icuPattern(java), options: options))
    } catch {
      throw .invalidRegex(file: file, line: line, regex: java, reason: "\(error)")
    }
  }

  /// Where the paragraph `range` of `u` breaks: offsets into `u`, ascending,
  /// strictly inside `range`.
  func breaks(_ u: UnsafeBufferPointer<UInt16>, paragraph range: Range<Int>) -> [Int] {
    guard range.count > 1 else { return [] }
    // Same UTF-16 length as the range: a lone surrogate becomes one U+FFFD.
    let text = String(decoding: UnsafeBufferPointer(rebasing: u[range]), as: UTF16.self)
    let whole = NSRange(location: 0, length: range.count)
    // The first rule that matches at a position decides it.
    var decided: [Int: Bool] = [:]
    for rule in rules {
      for position in rule.positions(in: text, range: whole) where decided[position] == nil {
        decided[position] = rule.breaks
      }
    }
    return decided.compactMap { position, breaks in
      breaks && position > 0 && position < range.count ? position + range.lowerBound : nil
    }.sorted()
  }
}

/// A compiled regex; nil in a rule stands for an empty regex, which matches everywhere.
/// `NSRegularExpression` is immutable and safe to share between threads.
private final class Expression: @unchecked Sendable {
  let regex: NSRegularExpression
  init(_ regex: NSRegularExpression) { self.regex = regex }

  func firstMatch(in string: String, range: NSRange) -> NSTextCheckingResult? {
    regex.firstMatch(in: string, range: range)
  }
}

private struct CompiledRule: Sendable {
  var breaks: Bool
  var before: Expression?
  var after: Expression?

  /// The positions (0-based in `text`) where the rule matches: the end of a
  /// `before` match that is also the start of an `after` match, both found
  /// left to right without overlap.
  func positions(in text: String, range: NSRange) -> [Int] {
    let ends: [Int] =
      if let before {
        before.regex.matches(in: text, range: range).map { $0.range.location + $0.range.length }
      } else {
        Array(0...range.length)
      }
    guard let after else { return ends }
    let starts = after.regex.matches(in: text, range: range).map(\.range.location)
    var result: [Int] = []
    var next = 0
    for end in ends {
      while next < starts.count && starts[next] < end { next += 1 }
      guard next < starts.count else { break }
      if starts[next] == end { result.append(end) }
    }
    return result
  }
}
