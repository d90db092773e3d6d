import Alignment
import ArgumentParser
import Foundation
import Segmentation

extension Tandem {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align a text with its translation sentence by sentence.",
      discussion: """
        Links are n:m (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1) with a confidence in [0, 1], \
        the estimated probability that the link is right; links below 0.5 are flagged "low" with a \
        reason: length (the lengths do not fit), lexical (few words, numbers or names match), shift \
        (the alignment slipped by a sentence, as after an omission) or ambiguous (another placement \
        scores almost as well). A passage repeated verbatim on one side and translated once gets \
        repeat_of: the number of the link that holds the translation (TSV column, JSON field, TMX \
        x-repeat-of). --min-confidence leaves doubtful links out of the output, --penalty-tmx writes \
        them to a TMX of their own for review.
        Documents (HTML, Markdown, DOCX, ODT, XLIFF, PO, SRT; see --input-format) are segmented \
        block by block; headings align to headings, list items to list items. \
        -o x.xlf writes bilingual XLIFF: for a document, one unit per source block (an XLIFF \
        source keeps its unit ids, inline codes and version) with the aligned translation as target.

        ANCHORS: --anchors FILE keeps the links in FILE exactly (confidence 1) and realigns only the \
        stretches between them, each on its own, with the length model and lexicon learned from the \
        whole text: one accepted link puts a derailed stretch back on track. FILE is what --format links \
        writes ([3]:[4], [5, 6]:[7], []:[8]; 0-based; keep the lines you accept) or what --format json \
        writes (a link with a "status" field counts only when it is "accepted" or "edited"). Anchors \
        that overlap, cross or lie outside the texts are an error naming the line.

        DICTIONARIES: word translations help to pair sentences. By default (or with --dictionary auto) \
        the installed dictionaries of the language pair are used, in either direction: Debian's \
        trans-de-en (/usr/share/trans/de-en; package trans-de-en) and the FreeDict dictd dictionaries \
        in /usr/share/dictd (packages dict-freedict-deu-fra, dict-freedict-fra-deu, dict-freedict-deu-eng, \
        dict-freedict-eng-deu, ...; 'make deps' installs these four). A fra-deu dictionary serves \
        German→French too, turned round, and both are used when both are installed; next to \
        trans-de-en (or a TSV file) FreeDict only adds words that one lacks. --dictionary FILE \
        (repeatable) uses the files given instead: trans-de-en style, 'source<TAB>target' lines, or a \
        dictd .index (with its .dict.dz beside it); add --dictionary auto to keep the installed ones, \
        and pass --dictionary none for none. A file named after its pair (…-fra-deu…, …de-en…) is turned \
        round when it is the other way. Each file is parsed once into a cache under \
        $XDG_CACHE_HOME/tandem (or ~/.cache/tandem). --list-dictionaries prints what is installed and, \
        with --source-lang and --target-lang, which would be used.

        EXAMPLES:
          tandem align article.de.txt article.en.txt --source-lang de --target-lang en -o article.tsv
          tandem align a.de a.fr --source-lang de --target-lang fr --presegmented --format links
          tandem align article.de.html article.en.html --source-lang de --target-lang en -o article.tmx
          tandem align a.de.xlf a.en.xlf --source-lang de --target-lang en -o a.de-en.xlf
          tandem align a.en a.de --source-lang en --target-lang de --dictionary auto --dictionary terms.tsv
          tandem align --list-dictionaries --source-lang de --target-lang fr
          tandem align a.de a.en --source-lang de --target-lang en --format links --anchors accepted.links
          tandem align a.de a.en --source-lang de --target-lang en -o a.tmx --min-confidence 0.5 --penalty-tmx doubtful.tmx
        """)

    @OptionGroup var bitext: TextPairOptions
    @Option(name: .shortAndLong, help: "Output file; its extension picks the format. Default: standard output.")
    var output: String?
    @Option(help: "Output format: \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?
    @Flag(help: "List the installed dictionaries and, with --source-lang and --target-lang, which would be used; then exit.")
    var listDictionaries = false
    @Option(help: "Leave out links whose confidence is below this value (0 to 1); their count goes to standard error.")
    var minConfidence: Double?
    @Option(name: .customLong("penalty-tmx"),
            help: "Write the links left out by --min-confidence (by default those below 0.5) to this TMX file.")
    var penaltyTMX: String?
    @Flag(help: "Report progress on standard error even when it is not a terminal.")
    var progress = false

    func validate() throws {
      if !listDictionaries { try bitext.requireInputs() }
      if let format, AlignmentFormat(rawValue: format.lowercased()) == nil {
        throw ValidationError("unknown format '\(format)'. Use one of: \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      if let minConfidence, !(0...1).contains(minConfidence) {
        throw ValidationError("--min-confidence \(minConfidence) is not between 0 and 1. Use e.g. 0.5.")
      }
    }

    func run() throws {
      if listDictionaries {
        let lines = try bitext.dictionaryListing()
        print(lines.isEmpty ? "No dictionaries found in \(DictionaryLoader.debianGermanEnglish) or \(DictionaryLoader.dictdFolder). Run 'make deps', or pass --dictionary FILE." : lines.joined(separator: "\n"))
        return
      }
      let outputFormat = try resolvedFormat()
      let threshold = minConfidence ?? (penaltyTMX != nil ? AlignmentLink.lowConfidenceThreshold : nil)
      if threshold != nil, outputFormat == .xliff || outputFormat == .xliff2 {
        throw ValidationError("--min-confidence and --penalty-tmx apply to tsv, json, links and tmx output, not XLIFF.")
      }
      let reporter = ProgressReporter.make(requested: progress)
      defer { reporter?.finish() }
      var report: (@Sendable (AlignmentProgress) -> Void)?
      if let reporter { report = { reporter.report($0) } }
      let aligned = try bitext.align(progress: report)
      let result = aligned.alignment
      if outputFormat == .links, threshold == nil {
        let low = result.links.filter(\.isLowConfidence)
        if !low.isEmpty {
          StandardError.print("\(low.count) of \(result.links.count) links have low confidence (< \(AlignmentLink.lowConfidenceThreshold)).")
        }
      }
      var written = AlignmentOutput(links: result.links, source: aligned.source, target: aligned.target)
      if outputFormat == .xliff || outputFormat == .xliff2, case .blocks = aligned.sourceDocument.content {
        written.documentUnits = AlignedDocument(aligned).units(
          sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage)
        written.sourceXLIFFVersion = aligned.sourceDocument.xliffVersion
      }
      var doubtful: [Int] = []
      if let threshold {
        let split = Dictionary(grouping: result.links.indices) { result.links[$0].confidence >= threshold }
        written.kept = split[true] ?? []
        doubtful = split[false] ?? []
      }
      let inputs = [bitext.source, bitext.target]
      try written.write(outputFormat, to: output ?? "-", sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage,
                        inputs: inputs)
      if let penaltyTMX {
        var penalty = written
        penalty.kept = doubtful
        try penalty.write(.tmx, to: penaltyTMX, sourceLanguage: bitext.sourceLanguage,
                          targetLanguage: bitext.targetLanguage, inputs: inputs + [output].compactMap { $0 })
      }
      if let threshold {
        let destination = penaltyTMX.map { ", written to \($0)" } ?? ""
        StandardError.print("Left out \(doubtful.count) of \(result.links.count) links with confidence below \(threshold)\(destination).")
      }
    }

    private func resolvedFormat() throws -> AlignmentFormat {
      if let format, let chosen = AlignmentFormat(rawValue: format.lowercased()) { return chosen }
      guard let output else { return .tsv }
      let ext = URL(fileURLWithPath: output).pathExtension
      guard let chosen = AlignmentFormat(pathExtension: ext) else {
        throw ValidationError("cannot tell the format from '\(output)'. Pass --format \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: "|")).")
      }
      return chosen
    }
  }
}
