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
    @OptionGroup var bitext: TextPairOptions

    func validate() throws { try bitext.requireInputs() }

    func run() throws {
      let aligned = try bitext.align()
      let units = AlignmentOutput(links: aligned.alignment.links, source: aligned.source, target: aligned.target)
        .translationUnits(sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage)
        .filter { !$0.source.isEmpty && !$0.target.isEmpty }
      let store = try memory.open(create: true)
      let summary = try store.importUnits(units, document: bitext.source == "-" ? nil : bitext.source)
      let unpaired = aligned.alignment.links.count - units.count
      print(
        "Stored \(summary.added) new, \(summary.merged) merged units in \(store.path)"
          + (unpaired > 0 ? " (\(unpaired) links without counterpart left out)." : "."))
    }
  }
}
