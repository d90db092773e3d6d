import ArgumentParser
import Memory

extension Tandem.TM {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check that the memory is sound (SQLite's integrity check and Tandem's value types).",
      discussion: """
        Reads only. On a PostgreSQL memory, which keeps its types itself, it checks Tandem's
        encodings and the counts kept beside the units. Exit status 0: sound; 1: damaged (each problem on standard output);
        2: the memory cannot be opened.

        EXAMPLES:
          tandem tm check
          tandem tm check --tm project.sqlite
        """)

    @OptionGroup var memory: TMOptions

    func run() throws {
      let store: TranslationMemory
      do { store = try memory.open() } catch {
        StandardError.print("Error: \(error)")
        throw ExitCode(2)
      }
      let report = try store.check()
      if report.isSound {
        print("\(store.path): sound")
        return
      }
      print("\(store.path): damaged")
      for problem in report.problems { print("  \(problem)") }
      StandardError.print(
        "Export what is readable (tandem tm export) and import it into a new memory, or restore a backup.")
      throw ExitCode(1)
    }
  }
}
