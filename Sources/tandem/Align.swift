import Alignment
import ArgumentParser
import Foundation
import Segmentation

extension Tandem {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align a text with its translation sentence by sentence.",
      discussion: """
        Links are n:m (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1) with a confidence in [0, 1]; \
        links below 0.5 are flagged "low" (in the links format they are listed on standard error).
        German–English uses Debian's trans-de-en dictionary when /usr/share/trans/de-en exists; \
        it is parsed once into a cache under $XDG_CACHE_HOME/tandem (or ~/.cache/tandem).

        EXAMPLES:
          tandem align article.de.txt article.en.txt --source-lang de --target-lang en -o article.tsv
          tandem align a.de a.fr --source-lang de --target-lang fr --presegmented --format links
        """)

    @Argument(help: "Source text file, or '-' for standard input.") var source: String
    @Argument(help: "Target text file (the translation).") var target: String
    @Option(name: .customLong("source-lang"), help: "Language of the source, e.g. 'de'.") var sourceLanguage: String
    @Option(name: .customLong("target-lang"), help: "Language of the target, e.g. 'en'.") var targetLanguage: String
    @Option(name: .shortAndLong, help: "Output file; its extension picks the format. Default: standard output.")
    var output: String?
    @Option(help: "Output format: \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?
    @Flag(help: "Each line is one sentence as given; do not segment.") var presegmented = false
    @Option(help: "Dictionary: a trans-de-en style file, a 'source<TAB>target' file, or 'none'.")
    var dictionary: String?

    func validate() throws {
      for code in [sourceLanguage, targetLanguage] {
        do { _ = try Language.primaryCode(of: code) } catch { throw ValidationError("\(error)") }
      }
      if let format, AlignmentFormat(rawValue: format.lowercased()) == nil {
        throw ValidationError("unknown format '\(format)'. Use one of: \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
    }

    func run() throws {
      let outputFormat = try resolvedFormat()
      let loaded = try DictionaryLoader.load(
        argument: dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, headwords: false)
      var aligner = BitextAligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: loaded)
      aligner.presegmented = presegmented
      let aligned = try aligner.align(sourceText: BitextAligner.readText(source), targetText: BitextAligner.readText(target))
      let (result, sourceSentences, targetSentences) = (aligned.alignment, aligned.source, aligned.target)
      for warning in result.warnings { StandardError.print("Warning: \(warning)") }
      if outputFormat == .links {
        let low = result.links.filter(\.isLowConfidence)
        if !low.isEmpty {
          StandardError.print("\(low.count) of \(result.links.count) links have low confidence (< \(AlignmentLink.lowConfidenceThreshold)).")
        }
      }
      try AlignmentOutput(links: result.links, source: sourceSentences, target: targetSentences)
        .write(outputFormat, to: output ?? "-", sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    private func resolvedFormat() throws -> AlignmentFormat {
      if let format, let chosen = AlignmentFormat(rawValue: format.lowercased()) { return chosen }
      guard let output else { return .tsv }
      let ext = URL(fileURLWithPath: output).pathExtension
      guard let chosen = AlignmentFormat(pathExtension: ext) else {
        throw ValidationError("cannot tell the format from '\(output)'. Pass --format \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: "|")).")
      }
      return chosen
    }
  }
}
