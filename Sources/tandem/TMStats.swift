import ArgumentParser
import Foundation
import Memory

extension Tandem.TM {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what the memory holds and its size on disk.",
      discussion: """
        EXAMPLES:
          tandem tm stats
          tandem tm stats --tm project.sqlite
        """)

    @OptionGroup var memory: TMOptions

    func run() throws {
      let store = try memory.open()
      let stats = try store.statistics()
      print("memory: \(store.path)")
      print("units: \(stats.units)")
      for pair in stats.pairs { print("  \(pair.source) → \(pair.target): \(pair.units)") }
      print("documents: \(stats.documents)")
      print("indexed words: \(stats.indexedTerms)")
      print("size on disk: \(String(format: "%.1f", Double(stats.bytesOnDisk) / 1_048_576)) MiB")
    }
  }
}
