import ArgumentParser
import Exchange
import Foundation
import Memory

extension Tandem.TM {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the memory (or one language pair of it) to a TMX, TSV or JSON file.",
      discussion: """
        The format follows the extension of -o (.tmx, .tsv, .json, .jsonl), or --to.
        Units keep what they were imported with: tuid, dates, creation and change
        user, inline codes, notes and properties of the unit and of each variant,
        document (x-document) and confidence (x-confidence); the TMX header keeps
        the notes and properties of the imported headers. --source-lang and
        --target-lang select: 'en' takes every variety of English, 'en-GB' only
        en-GB. The file is written under a temporary name and renamed when complete.

        EXAMPLES:
          tandem tm export -o memory.tmx
          tandem tm export --source-lang de --target-lang en -o de-en.tsv
          tandem tm export --to jsonl -o - | head
        """)

    @OptionGroup var memory: TMOptions
    @Option(name: .shortAndLong, help: "The output file, or '-' for standard output.", completion: .file())
    var output: String
    @Option(name: .customLong("source-lang"), help: "Only units with this source language ('en' all varieties, 'en-GB' exactly).") var sourceLanguage: String?
    @Option(name: .customLong("target-lang"), help: "Only units with this target language ('en' all varieties, 'en-GB' exactly).") var targetLanguage: String?
    @Option(help: "Output format: tmx, tsv, json or jsonl; default: from the extension, else tmx.")
    var to: String?

    func validate() throws { _ = try UnitFormat.chosen(named: to, option: "--to", path: output, fallback: .tmx) }

    func run() throws {
      let store = try memory.open()
      let sink = try AtomicFileSink(path: output, inputs: [memory.resolvedPath])
      var header = try store.documentHeader(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
      header.sourceLanguage = sourceLanguage
      var writer = try UnitFormat.chosen(named: to, option: "--to", path: output, fallback: .tmx).writer(sink: sink, header: header)
      var stored = 0
      try store.forEachUnit(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) {
        stored += 1
        try writer.write($0.unit)
      }
      try writer.finish()
      try sink.commit()
      let name = output == "-" ? "<stdout>" : output
      StandardError.print("\(name): \(writer.unitCount) units.")
      if stored > writer.unitCount {
        // Imports never store an empty side, so the memory was changed by something else.
        StandardError.print(
          "Warning: \(stored - writer.unitCount) of \(stored) stored units have an empty source or target and were "
            + "left out of \(name). Run 'tandem tm check' on the memory.")
      }
    }
  }
}
