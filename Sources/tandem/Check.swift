import ArgumentParser
import Foundation
import Terminology

extension Tandem {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a translation link by link: terms, numbers, names, empty and untranslated targets.",
      discussion: """
        Reports, per link: glossary terms whose target term is missing (warning),
        numbers that differ (error), names without counterpart (error), empty
        (error) or untranslated (warning) targets, low-confidence links
        (warning), headings or captions glued to a sentence (warning), and
        extracted term pairs translated otherwise (info).
        Exits with 1 when any finding is an error.

        EXAMPLES:
          tandem check aligned.tsv --glossary Glossaries/de-en
          tandem check aligned.tsv --json > report.json
        """)

    @OptionGroup var bitext: BitextOptions
    @Option(help: "Folder of curated glossaries (*.tsv).") var glossary: String?
    @Flag(help: "Print the report as JSON.") var json = false
    @Option(help: "Report links below this confidence (0...1).") var minConfidence = 0.5

    func run() throws {
      let loaded = try bitext.loadDictionary()
      let pairs = try bitext.loadPairs(dictionary: loaded)
      let dictionary = bitext.terminologyDictionary(loaded, for: pairs)
      let curated = try glossary.map(CuratedGlossaries.load) ?? []
      let extracted = GlossaryBuilder(
        sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, dictionary: dictionary
      ).build(from: pairs)
      let findings = QualityChecker(
        sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, dictionary: dictionary,
        glossary: curated, extracted: extracted, minConfidence: minConfidence
      ).check(pairs)
      print(json ? QAReport.json(findings, pairs: pairs) : QAReport.text(findings, pairs: pairs), terminator: "")
      if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
  }
}

/// The QA report as text or JSON.
enum QAReport {
  static func text(_ findings: [QAFinding], pairs: [AlignedPair]) -> String {
    var out = ""
    var lastLink = -1
    for finding in findings {
      if finding.link != lastLink {
        lastLink = finding.link
        out += "link \(finding.link + 1): \(excerpt(pairs[finding.link].source))\n"
      }
      out += "  \(finding.severity): [\(finding.rule.rawValue)] \(finding.message)\n"
    }
    let counts = [QAFinding.Severity.error, .warning, .info].map { severity in
      "\(findings.filter { $0.severity == severity }.count) \(severity)s"
    }
    out += "\(pairs.count) links checked: \(counts.joined(separator: ", "))\n"
    return out
  }

  static func json(_ findings: [QAFinding], pairs: [AlignedPair]) -> String {
    let items = findings.map { f -> [String: Any] in
      ["link": f.link + 1, "severity": f.severity.description, "rule": f.rule.rawValue, "message": f.message,
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

  private static func excerpt(_ text: String) -> String {
    text.count > 70 ? String(text.prefix(69)) + "…" : text
  }
}
