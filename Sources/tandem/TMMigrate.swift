import ArgumentParser
import Memory

extension Tandem.TM {
  struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create the memory's tables, or bring them up to this Tandem's version.",
      discussion: """
        Every command that writes does this itself; run it once to set up a team memory
        in an empty PostgreSQL database, or to upgrade a memory that read-only users
        query. The applied migrations are printed.

        EXAMPLES:
          tandem tm migrate --tm postgresql://tandem@db.example.org/memory
          TANDEM_TM=postgresql://tandem@127.0.0.1:5432/memory tandem tm migrate
        """)

    @OptionGroup var memory: TMOptions

    func run() throws {
      let store = try memory.open(create: true)
      let migrations = try store.appliedMigrations()
      print("\(store.path): schema at version \(migrations.count)")
      for name in migrations { print("  \(name)") }
    }
  }
}
