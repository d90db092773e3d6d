import ArgumentParser
import Exchange
import Foundation
import Memory

extension Tandem.TM {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add the units of a TSV file to the memory, in one transaction.",
      discussion: """
        TSV: one unit a line, source TAB target, UTF-8. A malformed line stops the
        import with its line and column, and nothing of the file is stored; so does
        an interrupted import. Units already in the memory (same languages, source
        and target) are merged; the same source with another target is kept as an
        alternative. Progress goes to standard error.

        EXAMPLES:
          tandem tm import --source-lang de --target-lang en pairs.tsv
          tandem tm import --tm project.sqlite --source-lang de --target-lang fr pairs.tsv
        """)

    @OptionGroup var memory: TMOptions
    @Argument(help: "The file to import: .tsv, or '-' for standard input.", completion: .file())
    var file: String
    @Option(name: .customLong("source-lang"), help: "Source language of the TSV, e.g. 'de'.")
    var sourceLanguage: String
    @Option(name: .customLong("target-lang"), help: "Target language of the TSV, e.g. 'en'.")
    var targetLanguage: String

    func run() throws {
      let reader = try TSVUnitReader(
        path: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
      let store = try memory.open(create: true)
      let progress = ImportProgressReporter()
      let summary = try store.importUnits(
        document: file == "-" ? nil : (file as NSString).lastPathComponent,
        progress: { progress.report($0) },
        next: { try reader.next() })
      progress.finish(summary, path: store.path)
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
    FileHandle.standardError.write(Data("import: \(summary.read) units read, \(Int(rate)) units/s\n".utf8))
  }

  func finish(_ summary: ImportSummary, path: String) {
    let seconds = Date().timeIntervalSince(start)
    let rate = Double(summary.read) / max(seconds, 1e-3)
    print(
      "Imported \(summary.read) units into \(path): \(summary.added) new, \(summary.merged) merged "
        + "(\(String(format: "%.1f", seconds)) s, \(Int(rate)) units/s).")
  }
}
