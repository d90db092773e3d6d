import ArgumentParser
import Exchange
import Foundation
import Memory

extension Tandem.TM {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add the units of a TMX, TSV or JSON file to the memory, in one transaction.",
      discussion: """
        The format follows the extension (.tmx, .tsv/.tab, .json, .jsonl), or --from.
        The language pair comes from the file unless --source-lang/--target-lang name it.
        A malformed file stops the import with its line (and column), and nothing of it
        is stored; so does an interrupted import. Units already in the memory (same
        languages, source and target) are merged; the same source with another target
        is kept as an alternative. Progress goes to standard error.

        EXAMPLES:
          tandem tm import handbook.tmx
          tandem tm import --source-lang de --target-lang en pairs.tsv
          tandem tm import --tm project.sqlite --from tsv - < pairs.txt
        """)

    @OptionGroup var memory: TMOptions
    @Argument(help: "The file to import, or '-' for standard input (with --from).", completion: .file())
    var file: String
    @Option(name: .customLong("source-lang"), help: "Source language, e.g. 'de'; default: from the file.")
    var sourceLanguage: String?
    @Option(name: .customLong("target-lang"), help: "Target language, e.g. 'en'; default: from the file.")
    var targetLanguage: String?
    @Option(help: "Input format: tmx, tsv, json or jsonl; default: from the extension.")
    var from: String?

    func validate() throws { _ = try UnitFormat.chosen(named: from, option: "--from", path: file) }

    func run() throws {
      let name = file == "-" ? "<stdin>" : file
      let reader = try UnitFormat.chosen(named: from, option: "--from", path: file).reader(
        source: FileByteSource(path: file), fileName: name, sourceLanguage: sourceLanguage,
        targetLanguage: targetLanguage)
      let store = try memory.open(create: true)
      let progress = ImportProgressReporter()
      let summary = try store.importUnits(
        document: file == "-" ? nil : (file as NSString).lastPathComponent,
        header: (reader as? TMXReader)?.header,
        progress: { progress.report($0) },
        next: { try reader.next() })
      progress.finish(summary, path: store.path)
      if let tmx = reader as? TMXReader {
        if tmx.skipped.total > 0 { StandardError.print("Warning: \(name): \(tmx.skipped).") }
        for warning in tmx.warnings { StandardError.print("Warning: \(name): \(warning).") }
      }
      if summary.skippedUntranslated > 0 {
        StandardError.print(
          "Warning: \(name): \(summary.skippedUntranslated) units with an empty (or only white space) source or target were not stored.")
      }
    }
  }
}

/// Prints import progress to standard error at most twice a second.
final class ImportProgressReporter {
  private let start = Date()
  private var lastReport: Date?

  func report(_ summary: ImportSummary) {
    let now = Date()
    if let lastReport, now.timeIntervalSince(lastReport) < 0.5 { return }
    lastReport = now
    let rate = Double(summary.read) / max(now.timeIntervalSince(start), 1e-3)
    StandardError.print("import: \(summary.read) units read, \(Int(rate)) units/s")
  }

  func finish(_ summary: ImportSummary, path: String) {
    let seconds = Date().timeIntervalSince(start)
    let rate = Double(summary.read) / max(seconds, 1e-3)
    print(
      "Imported \(summary.read) units into \(path): \(summary.added) new, \(summary.merged) merged "
        + "(\(String(format: "%.1f", seconds)) s, \(Int(rate)) units/s).")
  }
}
