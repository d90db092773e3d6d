import ArgumentParser

extension Tandem {
  struct TM: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tm",
      abstract: "Translation memory: import, fuzzy lookup, concordance, export, statistics.",
      discussion: """
        The memory is one SQLite file: $XDG_DATA_HOME/tandem/memory.sqlite, else
        ~/.local/share/tandem/memory.sqlite; --tm PATH (or $TANDEM_TM) picks another.
        A team shares one memory in PostgreSQL: --tm postgresql://USER@HOST:PORT/DATABASE
        works with every command, with the same results as a file.

        EXAMPLES:
          tandem tm import --source-lang de --target-lang en pairs.tsv
          tandem tm lookup "Der Vertrag wurde am 12. März unterzeichnet."
          tandem tm lookup --batch segments.txt > matches.jsonl
          tandem tm search --stem Militäroperation
          tandem tm stats
          tandem tm copy memory.sqlite postgresql://tandem@db.example.org/memory
        """,
      subcommands: [
        Import.self, Add.self, Lookup.self, Search.self, Export.self, Stats.self, Check.self, Migrate.self, Copy.self,
      ])
  }
}
