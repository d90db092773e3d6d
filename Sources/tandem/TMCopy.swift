import ArgumentParser
import Foundation
import Memory

extension Tandem.TM {
  struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy every unit of one memory into another: SQLite to PostgreSQL, or back.",
      discussion: """
        FROM and TO are each a SQLite file or a postgresql:// URL. The copy streams (memory
        use does not grow with the memory) and is one import into TO: all of it is stored,
        or nothing. Units equal to ones in TO are merged; document headers come along.
        Progress goes to standard error.

        EXAMPLES:
          tandem tm copy ~/.local/share/tandem/memory.sqlite postgresql://tandem@db/memory
          tandem tm copy postgresql://tandem@db/memory backup.sqlite
        """)

    @Argument(help: "The memory to read.", completion: .file())
    var from: String
    @Argument(help: "The memory to write; a file is created if needed.", completion: .file())
    var to: String

    func validate() throws {
      guard from != to else { throw ValidationError("FROM and TO are the same memory; name two.") }
    }

    func run() throws {
      let source = try TMOptions.open(from, create: false)
      let destination = try TMOptions.open(to, create: true)
      let progress = ImportProgressReporter()
      let summary = try source.copy(to: destination) { progress.report($0) }
      progress.finish(summary, path: destination.path)
    }
  }
}
