import ArgumentParser
import Exchange
import Foundation
import Memory

extension Tandem.TM {
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find exact and fuzzy matches for a segment, or for every line of a file.",
      discussion: """
        Scores are 0–100 as in CAT tools (token edit distance with penalties for
        numbers, tags and case); 100 only for identical text; 101 when the previous
        segment matches too (with --batch, the previous line; else --previous).
        With --batch, each line of the file is a query and each output line is one
        JSON object: {"query": ..., "matches": [...]}.
        Every unit that can reach --min-score is considered (the index bounds each
        unit's score before scoring it), so --limit N gives the N best there are.
        --target-lang en-GB finds only en-GB units; --target-lang en finds every
        variety of English. Inline codes of stored units count as tags (placeables).

        EXAMPLES:
          tandem tm lookup "Der Vertrag wurde am 12. März unterzeichnet."
          tandem tm lookup --min-score 80 --limit 3 --json "Das Abkommen gilt ab 2019."
          tandem tm lookup --batch segments.txt > matches.jsonl
        """)

    @OptionGroup var memory: TMOptions
    @OptionGroup var languages: LanguageOptions
    @Argument(help: "The segment to look up.") var segment: String?
    @Option(help: "A file of segments, one a line ('-' for standard input); prints JSON lines.")
    var batch: String?
    @Option(help: "The segment before this one, for context (101) matches.") var previous: String?
    @Option(name: .customLong("min-score"), help: "Lowest score to show, 1–100.") var minScore = 70
    @Option(help: "Most matches per segment.") var limit = 5
    @Flag(help: "Print JSON instead of text.") var json = false
    @Flag(help: "With --batch: score every unit of the memory instead of using the index (slow; the reference that Benchmarks/bench-tm.sh measures recall against).")
    var exhaustive = false

    func validate() throws {
      guard (segment == nil) != (batch == nil) else {
        throw ValidationError("Give either a segment or --batch FILE.")
      }
      guard (1...100).contains(minScore) else { throw ValidationError("--min-score must be 1–100.") }
      guard limit > 0 else { throw ValidationError("--limit must be positive.") }
      if exhaustive && batch == nil { throw ValidationError("--exhaustive works with --batch FILE.") }
    }

    func run() throws {
      let store = try memory.open()
      let (source, target) = try languages.resolve(in: store)
      func query(_ text: String, previous: String?) throws -> [FuzzyMatch] {
        try store.lookup(
          LookupQuery(
            text, previous: previous, sourceLanguage: source, targetLanguage: target,
            minScore: minScore, limit: limit))
      }
      if let batch, exhaustive {
        let reader = try LineReader(path: batch)
        var lines: [String] = []
        while let line = reader.next() { lines.append(line) }
        let queries = lines.indices.map { k in
          LookupQuery(
            lines[k], previous: k > 0 ? lines[k - 1] : nil, sourceLanguage: source, targetLanguage: target,
            minScore: minScore, limit: limit)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (line, matches) in zip(lines, try store.lookupByScanning(queries)) {
          var data = try encoder.encode(BatchLineJSON(query: line, matches: matches.map(MatchJSON.init)))
          data.append(0x0A)
          FileHandle.standardOutput.write(data)
        }
        return
      }
      if let batch {
        let reader = try LineReader(path: batch)
        var previousLine: String?
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        while let line = reader.next() {
          let matches = try query(line, previous: previousLine)
          var data = try encoder.encode(BatchLineJSON(query: line, matches: matches.map(MatchJSON.init)))
          data.append(0x0A)
          data.withUnsafeBytes { StandardOutput.write($0) }  // unbuffered: one line per query as it is answered
          previousLine = line
        }
        return
      }
      let matches = try query(segment ?? "", previous: previous)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(matches.map(MatchJSON.init)), as: UTF8.self))
        return
      }
      if matches.isEmpty { print("No match of \(minScore) or more.") }
      for match in matches {
        let unit = match.stored.unit
        print("\(match.score)\t\(unit.source)")
        print("\t→ \(unit.target)")
        let changes = match.differences.map { d -> String in
          switch d.kind {
          case .missing: "+\(d.query ?? "")"
          case .extra: "−\(d.memory ?? "")"
          default: "\(d.memory ?? "")→\(d.query ?? "")"
          }
        }
        if !changes.isEmpty { print("\tdiffers: \(changes.joined(separator: ", "))") }
      }
    }
  }
}

/// One line of `tandem tm lookup --batch`.
struct BatchLineJSON: Encodable {
  var query: String
  var matches: [MatchJSON]
}

/// A match as JSON.
struct MatchJSON: Encodable {
  var score: Int
  var id: Int64
  var source: String
  var target: String
  var sourceLang: String
  var targetLang: String
  var document: String?
  var tuid: String?
  var changed: String?
  var differences: [WordDifference]

  init(_ match: FuzzyMatch) {
    let unit = match.stored.unit
    score = match.score
    id = match.stored.id
    source = unit.source
    target = unit.target
    sourceLang = unit.sourceLanguage
    targetLang = unit.targetLanguage
    document = unit.property("x-document")
    tuid = unit.id
    changed = unit.changeDate.map(ISODate.string)
    differences = match.differences
  }
}
