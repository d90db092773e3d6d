import Alignment
import ArgumentParser

/// The arguments of a command that aligns two files: `tandem align` and
/// `tandem tm add`.
struct TextPairOptions: ParsableArguments {
  @Argument(help: "Source text file, or '-' for standard input.") var source: String
  @Argument(help: "Target text file (the translation).") var target: String
  @Option(name: .customLong("source-lang"), help: "Language of the source, e.g. 'de'.") var sourceLanguage: String
  @Option(name: .customLong("target-lang"), help: "Language of the target, e.g. 'en'.") var targetLanguage: String
  @Flag(help: "Each line is one sentence as given; do not segment.") var presegmented = false
  @Option(help: "Dictionary: a trans-de-en style file, a 'source<TAB>target' file, or 'none'.")
  var dictionary: String?
  @Option(help: SRXOption.help) var srx: String?
  @OptionGroup var documents: DocumentInputOptions

  func validate() throws {
    for code in [sourceLanguage, targetLanguage] {
      do { _ = try Language.primaryCode(of: code) } catch { throw ValidationError("\(error)") }
    }
  }

  /// Reads both files, loads the dictionary, segments and aligns; warnings
  /// go to standard error, and so does `progress` when given.
  func align(progress: (@Sendable (AlignmentProgress) -> Void)? = nil) throws -> BitextAligner.Result {
    let loaded = try DictionaryLoader.load(
      argument: dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, headwords: false)
    let aligner = BitextAligner(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: loaded, presegmented: presegmented,
      srx: try srx.map(SRXOption.rules), progress: progress)
    let aligned = try aligner.align(
      source: InputFile(argument: source).readDocument(options: documents, language: sourceLanguage, isTarget: false),
      target: InputFile(argument: target).readDocument(options: documents, language: targetLanguage, isTarget: true))
    for warning in aligned.alignment.warnings { StandardError.print("Warning: \(warning)") }
    return aligned
  }
}
