import ArgumentParser
import Exchange
import Foundation
import Memory

extension Tandem.TM {
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Concordance: units whose source or target contains the words, with context.",
      discussion: """
        Matches whole words, case-insensitively; several words must stand together
        in order. --stem also finds inflected forms (same Snowball stem).

        EXAMPLES:
          tandem tm search Militäroperation
          tandem tm search --stem Militäroperation
          tandem tm search --target-lang en --json "peace treaty"
        """)

    @OptionGroup var memory: TMOptions
    @Argument(help: "The word or words to find.") var words: String
    @Flag(help: "Also find inflected forms.") var stem = false
    @Option(name: .customLong("source-lang"), help: "Only units with this source language.") var sourceLanguage: String?
    @Option(name: .customLong("target-lang"), help: "Only units with this target language.") var targetLanguage: String?
    @Option(help: "Most units to show.") var limit = 20
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
      let store = try memory.open()
      let hits = try store.search(
        ConcordanceQuery(
          words, stem: stem, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, limit: limit))
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(hits.map(HitJSON.init)), as: UTF8.self))
        return
      }
      if hits.isEmpty { print("No unit contains \"\(words)\".") }
      for hit in hits {
        let unit = hit.stored.unit
        let other = hit.side == .source ? unit.target : unit.source
        print("\(hit.side.rawValue)\t…\(String(hit.before.suffix(40)))[\(hit.match)]\(String(hit.after.prefix(40)))…")
        print("\t→ \(other)")
      }
    }
  }
}

/// A concordance hit as JSON.
struct HitJSON: Encodable {
  var id: Int64
  var side: String
  var before: String
  var match: String
  var after: String
  var source: String
  var target: String
  var sourceLang: String
  var targetLang: String

  init(_ hit: ConcordanceHit) {
    let unit = hit.stored.unit
    id = hit.stored.id
    side = hit.side.rawValue
    before = hit.before
    match = hit.match
    after = hit.after
    source = unit.source
    target = unit.target
    sourceLang = unit.sourceLanguage
    targetLang = unit.targetLanguage
  }
}
