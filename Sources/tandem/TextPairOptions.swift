import Alignment
import ArgumentParser

/// The arguments of a command that aligns two files: `tandem align` and
/// `tandem tm add`. The files and languages are optional only so that
/// `tandem align --list-dictionaries` can go without them; `requireInputs()`
/// asks for them otherwise.
struct TextPairOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("Source text file, or '-' for standard input.", valueName: "source"))
  var sourceFile: String?
  @Argument(help: ArgumentHelp("Target text file (the translation).", valueName: "target"))
  var targetFile: String?
  @Option(name: .customLong("source-lang"), help: "Language of the source, e.g. 'de'.") var sourceLanguageCode: String?
  @Option(name: .customLong("target-lang"), help: "Language of the target, e.g. 'en'.") var targetLanguageCode: String?
  @Flag(help: "Each line is one sentence as given; do not segment.") var presegmented = false
  @Option(help: ArgumentHelp(
    """
    Dictionary file, repeatable: a trans-de-en style file, a 'source<TAB>target' file, or a dictd .index \
    (FreeDict); 'auto' for the installed ones of the language pair (the default), 'none' for no dictionary.
    """,
    valueName: "file"))
  var dictionary: [String] = []
  @Option(help: SRXOption.help) var srx: String?
  @Option(help: anchorsHelp) var anchors: String?
  @OptionGroup var documents: DocumentInputOptions

  var source: String { sourceFile ?? "-" }
  var target: String { targetFile ?? "-" }
  var sourceLanguage: String { sourceLanguageCode ?? "" }
  var targetLanguage: String { targetLanguageCode ?? "" }

  func validate() throws {
    for code in [sourceLanguageCode, targetLanguageCode].compactMap({ $0 }) {
      do { _ = try Language.primaryCode(of: code) } catch { throw ValidationError("\(error)") }
    }
    if dictionary.count > 1, dictionary.contains(where: { $0.lowercased() == "none" }) {
      throw ValidationError("--dictionary none turns every dictionary off; do not combine it with other --dictionary options.")
    }
  }

  /// Throws unless both files and both languages are given.
  func requireInputs() throws {
    if sourceFile == nil { throw ValidationError("Missing expected argument '<source>'.") }
    if targetFile == nil { throw ValidationError("Missing expected argument '<target>'.") }
    if sourceLanguageCode == nil { throw ValidationError("Missing expected argument '--source-lang <source-lang>'.") }
    if targetLanguageCode == nil { throw ValidationError("Missing expected argument '--target-lang <target-lang>'.") }
  }

  /// Reads both files, loads the dictionaries, segments and aligns; warnings
  /// go to standard error, and so does `progress` when given.
  func align(progress: (@Sendable (AlignmentProgress) -> Void)? = nil) throws -> BitextAligner.Result {
    try align(dictionary: loadDictionary(), progress: progress)
  }

  /// The `--dictionary` files (or the installed ones of the pair), for aligning.
  func loadDictionary() throws -> BilingualDictionary? {
    try DictionaryLoader.load(
      arguments: dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, headwords: false)
  }

  /// As `align(progress:)`, with a dictionary loaded already (`tandem review` realigns with it).
  func align(dictionary loaded: BilingualDictionary?, progress: (@Sendable (AlignmentProgress) -> Void)? = nil) throws
    -> BitextAligner.Result
  {
    let aligner = BitextAligner(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: loaded, presegmented: presegmented,
      srx: try srx.map(SRXOption.rules), progress: progress, anchors: anchors)
    let aligned = try aligner.align(
      source: InputFile(argument: source).readDocument(options: documents, language: sourceLanguage, isTarget: false),
      target: InputFile(argument: target).readDocument(options: documents, language: targetLanguage, isTarget: true))
    for warning in aligned.alignment.warnings { StandardError.print("Warning: \(warning)") }
    return aligned
  }

  /// The lines of `--list-dictionaries`: each dictionary found (and each
  /// `--dictionary` file), and for a language pair whether it is used.
  func dictionaryListing() throws -> [String] {
    guard let sourceLanguageCode, let targetLanguageCode else {
      return DictionaryLoader.installed().map { "\($0.path)\t\($0.format.rawValue)\t\($0.sourceLanguage)-\($0.targetLanguage)" }
    }
    let source = try Language.primaryCode(of: sourceLanguageCode)
    let target = try Language.primaryCode(of: targetLanguageCode)
    let used = try DictionaryLoader.chosen(arguments: dictionary, from: source, to: target)
    var files = DictionaryLoader.installed()
    files += used.filter { !files.contains($0) }
    return files.map { file in
      var status = used.contains(file) ? "used for \(source)-\(target)" : "not used"
      if used.contains(file), file.sourceLanguage != source { status += ", inverted" }
      if used.contains(file), DictionaryLoader.fillsGaps(file, among: used) { status += ", fills gaps" }
      return "\(file.path)\t\(file.format.rawValue)\t\(file.sourceLanguage)-\(file.targetLanguage)\t\(status)"
    }
  }
}

/// `--anchors`, shared by `tandem align` and the commands that align two texts (`check`, `glossary`).
let anchorsHelp = ArgumentHelp(
  """
  Links to keep exactly, as --format links or --format json writes them (in JSON, links with a "status" \
  only when it is accepted or edited); only the stretches between them are realigned.
  """,
  valueName: "file")
