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
        Both texts are split into sentences and aligned (as tandem align does); each
        link with text on both sides becomes a unit, with the link's confidence
        (x-confidence). One sentence on each side is one unit.

        EXAMPLES:
          tandem tm add --source-lang de --target-lang en "Der Vertrag gilt ab heute." "The treaty applies from today."
          tandem tm add --source-lang de --target-lang en "$(cat absatz.de.txt)" "$(cat paragraph.en.txt)"
        """)

    @OptionGroup var memory: TMOptions
    @Argument(help: "The source text.") var source: String
    @Argument(help: "Its translation.") var target: String
    @Option(name: .customLong("source-lang"), help: "Language of the source, e.g. 'de'.") var sourceLanguage: String
    @Option(name: .customLong("target-lang"), help: "Language of the target, e.g. 'en'.") var targetLanguage: String

    func validate() throws {
      for code in [sourceLanguage, targetLanguage] {
        do { _ = try Language.primaryCode(of: code) } catch { throw ValidationError("\(error)") }
      }
      guard !source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
        !target.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else { throw ValidationError("SOURCE and TARGET must both hold text.") }
    }

    func run() throws {
      let sourceSentences = try SentenceSegmenter(language: sourceLanguage).sentences(in: source)
      let targetSentences = try SentenceSegmenter(language: targetLanguage).sentences(in: target)
      var options = Aligner.Options()
      options.dictionary = try DictionaryLoader.load(
        argument: nil, sourceLanguage: try Language.primaryCode(of: sourceLanguage),
        targetLanguage: try Language.primaryCode(of: targetLanguage))
      let result = try Aligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, options: options)
        .align(source: sourceSentences.map(\.text), target: targetSentences.map(\.text))
      for warning in result.warnings { StandardError.print("Warning: \(warning)") }
      let units = result.links.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { link in
        TranslationUnit(
          sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
          source: link.source.map { sourceSentences[$0].text }.joined(separator: " "),
          target: link.target.map { targetSentences[$0].text }.joined(separator: " "),
          properties: [.init(type: "x-confidence", value: String(format: "%.3f", link.confidence))])
      }
      let store = try memory.open(create: true)
      let summary = try store.importUnits(units)
      let unpaired = result.links.count - units.count
      print(
        "Stored \(summary.added) new, \(summary.merged) merged units in \(store.path)"
          + (unpaired > 0 ? " (\(unpaired) sentences without counterpart left out)." : "."))
    }
  }
}
