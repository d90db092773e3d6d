import Alignment
import Segmentation

/// Segments a text and its translation into sentences and aligns them: what
/// `tandem align`, `tandem glossary extract` and `tandem check` do with two texts.
struct BitextAligner {
  var sourceLanguage: String
  var targetLanguage: String
  /// The dictionary, loaded by `DictionaryLoader`; nil aligns without one.
  var dictionary: BilingualDictionary?
  /// Each line is one sentence as given.
  var presegmented = false
  /// SRX rules (`--srx`) that replace Tandem's segmentation rules.
  var srx: SRXRules? = nil

  struct Result {
    var source: [String]
    var target: [String]
    var alignment: AlignmentResult
  }

  func align(sourceText: String, targetText: String) throws -> Result {
    let (sourceSentences, sourceParagraphs) = try sentences(sourceText, language: sourceLanguage)
    let (targetSentences, targetParagraphs) = try sentences(targetText, language: targetLanguage)
    var options = Aligner.Options()
    options.dictionary = dictionary
    let aligner = try Aligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, options: options)
    let result = aligner.align(source: sourceSentences, target: targetSentences,
                               sourceParagraphs: sourceParagraphs, targetParagraphs: targetParagraphs)
    return Result(source: sourceSentences, target: targetSentences, alignment: result)
  }

  /// Sentences and, unless presegmented, the paragraph of each.
  private func sentences(_ text: String, language: String) throws -> ([String], [Int]?) {
    if presegmented {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
      }
      if lines.last == "" { lines.removeLast() }
      return (lines, nil)
    }
    let segmenter =
      try srx.map { SentenceSegmenter(srx: try SRXSegmenter(rules: $0, language: language)) }
      ?? SentenceSegmenter(language: language)
    let found = try segmenter.sentences(in: text)
    return (found.map(\.text), found.map(\.paragraph))
  }

  /// The text of a file argument, decoded as `tandem segment` decodes it
  /// (UTF-8 or UTF-16 with a byte order mark; line ends as LF); bytes that
  /// are not UTF-8 are an error naming the file and offset.
  static func readText(_ argument: String) throws -> String {
    let file = InputFile(argument: argument)
    return try Document(decoding: try file.readBytes(), name: file.displayName).text
  }
}
