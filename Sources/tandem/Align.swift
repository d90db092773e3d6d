import Alignment
import ArgumentParser
import Foundation
import Segmentation

extension Tandem {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align a text with its translation sentence by sentence.",
      discussion: """
        Links are n:m (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1) with a confidence in [0, 1]; \
        links below 0.5 are flagged "low" (in the links format they are listed on standard error).
        Documents (HTML, Markdown, DOCX, ODT, XLIFF, PO, SRT; see --input-format) are segmented \
        block by block; headings align to headings, list items to list items. \
        -o x.xlf writes bilingual XLIFF: for a document, one unit per source block (an XLIFF \
        source keeps its unit ids, inline codes and version) with the aligned translation as target.

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
        """)

    @OptionGroup var bitext: TextPairOptions
    @Option(name: .shortAndLong, help: "Output file; its extension picks the format. Default: standard output.")
    var output: String?
    @Option(help: "Output format: \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?
    @Flag(help: "List the installed dictionaries and, with --source-lang and --target-lang, which would be used; then exit.")
    var listDictionaries = false

    func validate() throws {
      if !listDictionaries { try bitext.requireInputs() }
      if let format, AlignmentFormat(rawValue: format.lowercased()) == nil {
        throw ValidationError("unknown format '\(format)'. Use one of: \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
    }

    func run() throws {
      if listDictionaries {
        let lines = try bitext.dictionaryListing()
        print(lines.isEmpty ? "No dictionaries found in \(DictionaryLoader.debianGermanEnglish) or \(DictionaryLoader.dictdFolder). Run 'make deps', or pass --dictionary FILE." : lines.joined(separator: "\n"))
        return
      }
      let outputFormat = try resolvedFormat()
      let aligned = try bitext.align()
      let result = aligned.alignment
      if outputFormat == .links {
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
      try written.write(outputFormat, to: output ?? "-", sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage,
                        inputs: [bitext.source, bitext.target])
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
