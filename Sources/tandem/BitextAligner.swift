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
  /// Reports how far the alignment has got (see `ProgressReporter`).
  var progress: (@Sendable (AlignmentProgress) -> Void)? = nil
  /// A file of links to keep (`--anchors`), read once the texts are segmented.
  var anchors: String? = nil

  struct Result {
    var source: [String]
    var target: [String]
    var alignment: AlignmentResult
    /// The documents and where each sentence came from, for writing back into the document's format.
    var sourceDocument = InputDocument(text: ""), targetDocument = InputDocument(text: "")
    var sourceSentences = DocumentSentences(), targetSentences = DocumentSentences()
  }

  /// Segments both documents (block by block, see `DocumentSentences`) and
  /// aligns them, with paragraphs as soft boundaries and block kinds as anchors.
  func align(source: InputDocument, target: InputDocument) throws -> Result {
    let sourceSentences = try sentences(source, language: sourceLanguage)
    let targetSentences = try sentences(target, language: targetLanguage)
    var options = Aligner.Options()
    options.dictionary = dictionary
    options.progress = progress
    let aligner = try Aligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, options: options)
    let accepted = try anchors.map { path throws -> [AlignmentAnchor] in
      let file = InputFile(argument: path)
      return try AnchorList.parse(String(decoding: try file.readBytes(), as: UTF8.self), file: file.displayName,
                                  sourceCount: sourceSentences.texts.count, targetCount: targetSentences.texts.count)
    } ?? []
    let result = aligner.align(source: sourceSentences.texts, target: targetSentences.texts,
                               sourceParagraphs: sourceSentences.paragraphs, targetParagraphs: targetSentences.paragraphs,
                               sourceClasses: sourceSentences.classes, targetClasses: targetSentences.classes,
                               anchors: accepted)
    return Result(source: sourceSentences.texts, target: targetSentences.texts, alignment: result,
                  sourceDocument: source, targetDocument: target,
                  sourceSentences: sourceSentences, targetSentences: targetSentences)
  }

  /// Sentences and, unless presegmented, the paragraph of each.
  private func sentences(_ document: InputDocument, language: String) throws -> DocumentSentences {
    if presegmented { return DocumentSentences(presegmented: document) }
    let segmenter =
      try srx.map { SentenceSegmenter(srx: try SRXSegmenter(rules: $0, language: language)) }
      ?? SentenceSegmenter(language: language)
    return try DocumentSentences(document, segmenter: segmenter)
  }
}
