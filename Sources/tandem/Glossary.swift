import Alignment
import ArgumentParser
import Exchange
import Foundation
import Terminology

extension Tandem {
  struct Glossary: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build bilingual glossaries from aligned texts.",
      subcommands: [Extract.self])
  }
}

extension Tandem.Glossary {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract recurring terms and their translations from an aligned bitext.",
      discussion: """
        Finds term candidates on both sides (noun compounds, adjective + noun
        groups, names, stopword-bounded n-grams), pairs each source term with
        the target expression that co-occurs with it across the links and is
        backed by the dictionary, stems or cognates, and writes the pairs best
        first. Entries of curated glossaries (--glossary DIR, files *.tsv with
        the header source<TAB>target<TAB>note) replace extracted ones.

        EXAMPLES:
          tandem glossary extract aligned.tmx --source-lang de --target-lang en -o glossary.tsv
          tandem glossary extract de.txt en.txt -o glossary.tbx --format tbx --glossary Glossaries/de-en
        """)

    @OptionGroup var bitext: BitextOptions
    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).") var output: String
    @Option(help: "Output format: tsv, csv, omegat, tbx or tbx3 (default: from the extension of -o, else tsv).")
    var format: GlossaryFormat?
    @Option(help: "Leave out source terms that occur fewer times.") var minFrequency = 1
    @Option(help: "Leave out pairs less sure than this (0...1).") var minConfidence = 0.5
    @Option(help: "Write only the best N entries.") var top: Int?
    @Option(help: "Folder of curated glossaries (*.tsv) whose entries win.") var glossary: String?

    func validate() throws {
      guard minFrequency >= 1 else { throw ValidationError("--min-frequency must be at least 1.") }
      guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1.") }
      if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    }

    func run() throws {
      let loaded = try bitext.loadDictionary()
      let pairs = try bitext.loadPairs(dictionary: loaded)
      let dictionary = bitext.terminologyDictionary(loaded, for: pairs)
      let curated = try glossary.map(CuratedGlossaries.load) ?? []
      var entries = GlossaryBuilder(
        sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, dictionary: dictionary,
        curated: curated, minFrequency: minFrequency, minConfidence: minConfidence
      ).build(from: pairs)
      if let top { entries = Array(entries.prefix(top)) }
      let chosen = format ?? GlossaryFormat.guess(fromPath: output)
      let text = chosen.render(entries, sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage)
      if output == "-" {
        StandardOutput.write(text)
      } else {
        try AtomicFileSink.write(Array(text.utf8), to: output, inputs: bitext.files)
        StandardError.print("\(entries.count) glossary entries written to \(output) (\(chosen.rawValue))")
      }
    }
  }
}

extension GlossaryFormat: ExpressibleByArgument {
  /// The format a file name suggests: `.csv`, `.utf8`, `.tbx`, else TSV.
  static func guess(fromPath path: String) -> GlossaryFormat {
    let lower = path.lowercased()
    if lower.hasSuffix(".csv") { return .csv }
    if lower.hasSuffix(".utf8") { return .omegat }
    if lower.hasSuffix(".tbx") { return .tbx }
    return .tsv
  }
}

/// Loads the curated glossaries of a folder.
enum CuratedGlossaries {
  static func load(_ folder: String) throws -> [CuratedTerm] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CLIError.notAFolder(folder)
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var terms: [CuratedTerm] = []
    for name in names.sorted() where name.hasSuffix(".tsv") {
      let path = (folder as NSString).appendingPathComponent(name)
      let bytes = try InputFile(argument: path).readBytes()
      terms += try CuratedGlossary.parse(String(decoding: bytes, as: UTF8.self), file: path)
    }
    return terms
  }
}

/// The bitext a glossary or check command reads, and the languages.
struct BitextOptions: ParsableArguments {
  @Argument(help: ArgumentHelp(
    "SOURCE and TARGET texts, or one aligned file.",
    discussion: """
      An aligned file is TMX, TSV (source<TAB>target) or JSON, as 'tandem convert' reads them; \
      a TMX prop x-confidence gives the link's confidence.
      """))
  var files: [String]
  @Option(name: .customLong("source-lang"), help: "Language of the source, e.g. 'de'.") var sourceLanguage = "de"
  @Option(name: .customLong("target-lang"), help: "Language of the target, e.g. 'en'.") var targetLanguage = "en"
  @Option(help: ArgumentHelp(
    "Dictionary file, repeatable, as for 'tandem align' (default: the installed ones of the pair; 'none' for none).",
    valueName: "file"))
  var dictionary: [String] = []
  @Flag(help: "With SOURCE and TARGET: each line is one sentence as given; do not segment.") var presegmented = false
  @Option(help: SRXOption.help) var srx: String?
  @Option(help: anchorsHelp) var anchors: String?
  @OptionGroup var documents: DocumentInputOptions

  func validate() throws {
    guard (1...2).contains(files.count) else {
      throw ValidationError("Pass SOURCE and TARGET, or one aligned .tsv file.")
    }
    if anchors != nil, files.count == 1 {
      throw ValidationError("--anchors applies when two texts are aligned, not to an aligned file.")
    }
  }

  /// The aligned links: from an aligned file (TMX, TSV or JSON, read by
  /// Exchange), or from two texts segmented and aligned here.
  func loadPairs(dictionary: BilingualDictionary?) throws -> [AlignedPair] {
    if files.count == 1 {
      let path = files[0]
      guard let format = UnitFormat(path: path) else {
        throw CLIError.unknownAlignedFormat(path)
      }
      let reader = try format.reader(
        source: FileByteSource(path: path), fileName: path == "-" ? "<stdin>" : path,
        sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, inlineMarkup: .flatten)
      var pairs: [AlignedPair] = []
      while let unit = try reader.next() {
        let line = reader.lineOfLastUnit.map { $0...$0 }
        pairs.append(AlignedPair(
          source: unit.source, target: unit.target, confidence: unit.property("x-confidence").flatMap(Double.init) ?? 1,
          sourceLines: unit.source.isEmpty ? nil : line, targetLines: unit.target.isEmpty ? nil : line))
      }
      return pairs
    }
    return try alignedSentences(source: files[0], target: files[1], dictionary: dictionary)
  }

  /// Segments both texts into sentences and aligns them, as `tandem align` does.
  private func alignedSentences(source: String, target: String, dictionary: BilingualDictionary?) throws
    -> [AlignedPair]
  {
    let aligner = BitextAligner(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: dictionary, presegmented: presegmented,
      srx: try srx.map(SRXOption.rules), anchors: anchors)
    let result = try aligner.align(
      source: InputFile(argument: source).readDocument(options: documents, language: sourceLanguage, isTarget: false),
      target: InputFile(argument: target).readDocument(options: documents, language: targetLanguage, isTarget: true))
    for warning in result.alignment.warnings { StandardError.print("Warning: \(warning)") }
    func lines(_ sentences: Range<Int>, _ spans: [ClosedRange<Int>?]) -> ClosedRange<Int>? {
      guard let first = sentences.first, let last = sentences.last, last < spans.count,
        let start = spans[first], let end = spans[last]
      else { return nil }
      return start.lowerBound...max(start.lowerBound, end.upperBound)
    }
    return result.alignment.links.map { link in
      AlignedPair(
        source: link.source.map { result.source[$0] }.joined(separator: " "),
        target: link.target.map { result.target[$0] }.joined(separator: " "),
        confidence: link.confidence,
        sourceLines: lines(link.source, result.sourceSentences.lines),
        targetLines: lines(link.target, result.targetSentences.lines))
    }
  }

  /// The `--dictionary` (or the default for the language pair), loaded once
  /// for both aligning and terminology.
  func loadDictionary() throws -> BilingualDictionary? {
    try DictionaryLoader.load(arguments: dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
  }

  /// The dictionary's headwords reduced to the words of `pairs`, so that
  /// words of other texts do not count as known; empty without a dictionary.
  func terminologyDictionary(_ loaded: BilingualDictionary?, for pairs: [AlignedPair]) -> BilingualDictionary {
    guard let loaded else { return BilingualDictionary() }
    return loaded.keepingWords(in: BilingualDictionary.vocabulary(of: pairs.map(\.source)))
  }
}

/// Errors of the glossary and check commands.
enum CLIError: Error, CustomStringConvertible {
  case notAFolder(String)
  case unknownAlignedFormat(String)
  case missingLanguages(String)

  var description: String {
    switch self {
    case .notAFolder(let path): "\(path): not a folder. Pass the folder that holds the curated *.tsv glossaries."
    case .unknownAlignedFormat(let path):
      "\(path): cannot tell the format of an aligned file from its extension. Use .tmx, .tsv, .json or .jsonl."
    case .missingLanguages(let path):
      "\(path): the file does not name its languages. Pass --source-lang and --target-lang."
    }
  }
}

