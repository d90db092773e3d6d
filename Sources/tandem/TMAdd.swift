import Alignment
import ArgumentParser
import Exchange
import Foundation
import Memory
import Segmentation

extension Tandem.TM {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align a text with its translation and store the sentence pairs.",
      discussion: """
        Both files are split into sentences and aligned exactly as 'tandem align'
        does; each link with text on both sides becomes a unit that keeps the
        link's confidence (x-confidence) and type (x-link-type). Sentences
        without a counterpart are left out and counted.

        EXAMPLES:
          tandem tm add article.de.txt article.en.txt --source-lang de --target-lang en
          tandem tm add --tm team.sqlite a.de a.fr --source-lang de --target-lang fr --dictionary none
        """)

    @OptionGroup var memory: TMOptions
    @Argument(help: "Source text file, or '-' for standard input.") var source: String
    @Argument(help: "Target text file (the translation).") var target: String
    @Option(name: .customLong("source-lang"), help: "Language of the source, e.g. 'de'.") var sourceLanguage: String
    @Option(name: .customLong("target-lang"), help: "Language of the target, e.g. 'en'.") var targetLanguage: String
    @Flag(help: "Each line is one sentence as given; do not segment.") var presegmented = false
    @Option(help: "Dictionary: a trans-de-en style file, a 'source<TAB>target' file, or 'none'.")
    var dictionary: String?

    func validate() throws {
      for code in [sourceLanguage, targetLanguage] {
        do { _ = try Language.primaryCode(of: code) } catch { throw ValidationError("\(error)") }
      }
    }

    func run() throws {
      let loaded = try DictionaryLoader.load(
        argument: dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, headwords: false)
      let aligner = BitextAligner(
        sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: loaded,
        presegmented: presegmented)
      let aligned = try aligner.align(
        sourceText: BitextAligner.readText(source), targetText: BitextAligner.readText(target))
      for warning in aligned.alignment.warnings { StandardError.print("Warning: \(warning)") }
      let units = AlignmentOutput(links: aligned.alignment.links, source: aligned.source, target: aligned.target)
        .translationUnits(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        .filter { !$0.source.isEmpty && !$0.target.isEmpty }
      let store = try memory.open(create: true)
      let summary = try store.importUnits(units, document: source == "-" ? nil : source)
      let unpaired = aligned.alignment.links.count - units.count
      print(
        "Stored \(summary.added) new, \(summary.merged) merged units in \(store.path)"
          + (unpaired > 0 ? " (\(unpaired) links without counterpart left out)." : "."))
    }
  }
}
