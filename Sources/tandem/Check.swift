import ArgumentParser
import Exchange
import Foundation
import Terminology

extension Tandem {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a translation link by link before it goes into a translation memory.",
      discussion: """
        Each finding names the lines of both inputs (for an aligned file, the
        line of the unit) and the link, numbered as 'tandem align' numbers them.

        Errors: omission (a source sentence without translation, or a target
        far shorter than the text's length ratio predicts), truncation,
        untranslated (the target is in the source language), numbers (digits
        or words: fünf = 5 = five) or names that differ, duplicated target
        sentences, wrong sentences (hardly a word of the source has a counterpart),
        names out of context (a sentence pairs two countries that the rest of the
        text never pairs, in a text that keeps pairing two others: a slip of the
        source that a faithful translation copies).
        Warnings: repeated blocks (one finding per block, naming both
        ranges), inserted target sentences, targets far longer than the
        ratio predicts, glossary terms not translated as listed, headings
        or captions glued to a sentence. Info (shown with --verbose):
        low-confidence links, extracted terms translated otherwise here.

        EXIT STATUS:
          0  no error-level findings
          1  error-level findings
          2  usage error, or an input that cannot be read

        EXAMPLES:
          tandem check source.de.txt target.en.txt --source-lang de --target-lang en
          tandem check aligned.tsv --glossary Glossaries/de-en --json > report.json
          tandem check aligned.tmx --clean-tmx import.tmx --penalty-tmx review.tmx
        """)

    @OptionGroup var bitext: BitextOptions
    @Option(help: "Folder of curated glossaries (*.tsv).") var glossary: String?
    @Flag(help: "Print the report as JSON.") var json = false
    @Flag(help: "Also report info findings, and quote both sides of each link in the text report.") var verbose = false
    @Option(help: "Report links below this confidence (0...1).") var minConfidence = 0.5
    @Option(name: .customLong("clean-tmx"), help: "Write the links without errors or warnings to this TMX file.")
    var cleanTMX: String?
    @Option(name: .customLong("penalty-tmx"), help: "Write the links with errors or warnings to this TMX file.")
    var penaltyTMX: String?

    func run() throws {
      let findings: [QAFinding], pairs: [AlignedPair]
      do {
        let loaded = try bitext.loadDictionary()
        pairs = try bitext.loadPairs(dictionary: loaded)
        let dictionary = bitext.terminologyDictionary(loaded, for: pairs)
        let curated = try glossary.map(CuratedGlossaries.load) ?? []
        let extracted = GlossaryBuilder(
          sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, dictionary: dictionary
        ).build(from: pairs)
        findings = QualityChecker(
          sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, dictionary: dictionary,
          glossary: curated, extracted: extracted, minConfidence: minConfidence
        ).check(pairs).filter { verbose || $0.severity > .info }
        try writeTMX(pairs: pairs, findings: findings)
      } catch {
        StandardError.print("Error: \(error)")
        throw ExitCode(2)
      }
      let report = QAReport(findings: findings, pairs: pairs, sourceLanguage: bitext.sourceLanguage,
                            targetLanguage: bitext.targetLanguage)
      print(json ? report.json() : report.text(quoting: verbose), terminator: "")
      if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// The links without errors or warnings to `--clean-tmx`, the others to `--penalty-tmx`, with their rules as `x-qa`.
    private func writeTMX(pairs: [AlignedPair], findings: [QAFinding]) throws {
      guard cleanTMX != nil || penaltyTMX != nil else { return }
      var rules: [Int: [String]] = [:]
      for finding in findings where finding.severity > .info {
        for link in finding.links { rules[link, default: []].append(finding.rule.rawValue) }
      }
      func units(penalty: Bool) -> [TranslationUnit] {
        pairs.indices.filter { (rules[$0] != nil) == penalty }.map { index in
          var properties = [TranslationUnit.Property(type: "x-confidence", value: String(pairs[index].confidence))]
          if let found = rules[index] { properties.append(.init(type: "x-qa", value: found.joined(separator: " "))) }
          return TranslationUnit(
            id: String(index + 1), sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage,
            source: pairs[index].source, target: pairs[index].target, properties: properties)
        }
      }
      for (path, penalty) in [(cleanTMX, false), (penaltyTMX, true)] {
        guard let path else { continue }
        let sink = try AtomicFileSink(path: path, inputs: bitext.files)
        var writer = TMXWriter(sink: sink, header: TMXHeader(sourceLanguage: bitext.sourceLanguage))
        try writer.write(contentsOf: units(penalty: penalty))
        try writer.finish()
        try sink.commit()
      }
    }
  }
}

/// The QA report as text or JSON.
struct QAReport {
  var findings: [QAFinding]
  var pairs: [AlignedPair]
  var sourceLanguage: String
  var targetLanguage: String

  /// One line a finding: `de:24–25 / en:23: error [rule] message (link 21)`, then the counts.
  func text(quoting: Bool) -> String {
    var out = ""
    for finding in findings {
      out += "\(place(finding)): \(finding.severity) [\(finding.rule.rawValue)] \(finding.message) (link \(linkName(finding)))\n"
      if quoting {
        out += "    \(sourceLanguage): \(Self.excerpt(pairs[finding.link].source))\n"
        out += "    \(targetLanguage): \(Self.excerpt(pairs[finding.link].target))\n"
      }
    }
    let counts = [QAFinding.Severity.error, .warning, .info].map { severity in
      let count = findings.filter { $0.severity == severity }.count
      return "\(count) \(severity)\(count == 1 ? "" : "s")"
    }
    out += "\(pairs.count) links checked: \(counts.joined(separator: ", "))\n"
    return out
  }

  func json() -> String {
    func lines(_ range: ClosedRange<Int>?) -> [Int] { range.map { [$0.lowerBound, $0.upperBound] } ?? [] }
    let items = findings.map { f -> [String: Any] in
      ["link": f.link + 1, "severity": f.severity.description, "rule": f.rule.rawValue, "message": f.message,
       "source_lines": lines(f.sourceLines), "target_lines": lines(f.targetLines),
       "source": pairs[f.link].source, "target": pairs[f.link].target]
    }
    let object: [String: Any] = [
      "links": pairs.count,
      "errors": findings.filter { $0.severity == .error }.count,
      "warnings": findings.filter { $0.severity == .warning }.count,
      "findings": items,
    ]
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) else {
      return "{}\n"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// "de:24–25 / en:23", a side without lines left out; the link when neither side has lines.
  private func place(_ finding: QAFinding) -> String {
    let sides = [(sourceLanguage, finding.sourceLines), (targetLanguage, finding.targetLines)].compactMap { language, lines in
      lines.map { "\(language):\(QualityChecker.span($0))" }
    }
    return sides.isEmpty ? "link \(linkName(finding))" : sides.joined(separator: " / ")
  }

  private func linkName(_ finding: QAFinding) -> String {
    QualityChecker.span(finding.links.lowerBound + 1...max(finding.links.lowerBound + 1, finding.links.upperBound))
  }

  private static func excerpt(_ text: String) -> String {
    text.count > 70 ? String(text.prefix(69)) + "…" : text
  }
}
