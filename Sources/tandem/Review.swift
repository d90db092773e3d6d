import Alignment
import ArgumentParser
import Exchange
import Foundation
import Review
import Segmentation
import Terminology

extension Tandem {
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Review an alignment side by side, in a page or on a local server.",
      discussion: """
        Takes a text and its translation (aligned here, as 'tandem align' does) or one alignment \
        'tandem align' wrote (.json, .tsv or .tmx; each side of a link is segmented into sentences \
        again). Rows are coloured by confidence, with the reason of each doubtful link and the findings \
        of 'tandem check'; repeated blocks are folded. Keys: j/k or the arrows move between links.

        --html FILE writes one self-contained page (no network access) and exits. Without it, a \
        server on 127.0.0.1 (a free port unless --port) serves the same page with buttons to accept, \
        merge, split, move a sentence, edit a target, realign the pending links between accepted ones, \
        and save to -o (json, tsv or tmx by extension; each link with its status: pending, accepted or \
        edited). The URL goes to standard output; Ctrl-C stops the server.

        EXAMPLES:
          tandem review article.de.txt article.en.txt --source-lang de --target-lang en -o reviewed.json
          tandem review aligned.json --source-lang de --target-lang en --html review.html
          tandem review aligned.tmx --port 8080 -o reviewed.tmx
        """)

    @OptionGroup var bitext: TextPairOptions
    @Option(help: "Write the page to this HTML file and exit, instead of serving it.") var html: String?
    @Option(help: "Port of the local server; 0 (the default) picks a free one.") var port = 0
    @Option(name: .shortAndLong, help: "Where Save writes the reviewed alignment (.json, .tsv or .tmx).")
    var output = "reviewed.json"
    @Option(help: "Links below this confidence get a low-confidence finding (0...1).") var minConfidence = 0.5

    func validate() throws {
      if bitext.targetFile != nil { try bitext.requireInputs() } else if bitext.sourceFile == nil {
        throw ValidationError("Pass SOURCE and TARGET texts, or one aligned .json, .tsv or .tmx file.")
      }
      guard ReviewExport.Format(path: output) != nil else {
        throw ValidationError("cannot tell the format from '\(output)'. Name it .json, .tsv or .tmx.")
      }
      guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not between 0 and 65535.") }
    }

    func run() throws {
      let loaded = try ReviewInput.load(bitext)
      let dictionary = loaded.dictionary
      let checker = QualityChecker(
        sourceLanguage: loaded.document.sourceLanguage, targetLanguage: loaded.document.targetLanguage,
        dictionary: dictionary?.keepingWords(in: BilingualDictionary.vocabulary(of: loaded.document.source))
          ?? BilingualDictionary(),
        minConfidence: minConfidence)
      let title = "tandem review: " + [bitext.sourceFile, bitext.targetFile].compactMap { $0 }.joined(separator: " ↔ ")
      let inputs = [bitext.sourceFile, bitext.targetFile].compactMap { $0 }
      if let html {
        var document = loaded.document
        for finding in checker.check(document.alignedPairs) { document.findings[finding.link, default: []].append(finding) }
        try AtomicFileSink.write(Array(ReviewPage(title: title, served: false).render(document).utf8), to: html, inputs: inputs)
        return
      }
      var options = Aligner.Options()
      options.dictionary = dictionary
      let aligner = try Aligner(
        sourceLanguage: loaded.document.sourceLanguage, targetLanguage: loaded.document.targetLanguage, options: options)
      let realigner = StretchRealigner(aligner: aligner, source: loaded.document.source, target: loaded.document.target)
      let output = output
      let session = ReviewSession(
        document: loaded.document, realign: { realigner.links(around: $0) }, check: { checker.check($0) },
        save: { document in try ReviewInput.save(document, to: output, inputs: inputs) })
      let server = ReviewServer(session: session, title: title, port: port)
      try Self.wait {
        try await server.run { url in FileHandle.standardOutput.write(Data((url + "\n").utf8)) }
      }
    }
  }
}

extension Tandem.Review {
  /// Runs `body` to its end on the concurrency runtime's threads and blocks this one until then:
  /// the root command is synchronous (see `Tandem.main`), the server is not.
  static func wait(_ body: @escaping @Sendable () async throws -> Void) throws {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task {
      do { try await body() } catch { outcome.set(error) }
      done.signal()
    }
    done.wait()
    if let error = outcome.error { throw error }
  }

  /// The error of the task `wait` ran; a lock guards it, as two threads see it.
  private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
  }
}

/// Realigns a review around its accepted and edited links: the aligner's anchored
/// search (`Aligner.align(…, anchors:)`), which keeps every anchor and aligns each
/// stretch between two of them with the whole text's length model and lexicon.
struct StretchRealigner: Sendable {
  var aligner: Aligner
  var source: [String]
  var target: [String]

  func links(around anchors: [AlignmentAnchor]) -> [AlignmentLink] {
    aligner.align(source: source, target: target, anchors: anchors).links
  }
}

/// What `tandem review` reviews, read from two texts or one aligned file.
struct ReviewInput {
  var document: ReviewDocument
  /// The dictionary of the document's languages (`--dictionary`), for realigning and checking.
  var dictionary: BilingualDictionary? = nil

  init(document: ReviewDocument, dictionary: BilingualDictionary?) {
    self.document = document
    self.dictionary = dictionary
  }

  static func load(_ bitext: TextPairOptions) throws -> ReviewInput {
    if bitext.targetFile != nil {
      let dictionary = try bitext.loadDictionary()
      let aligned = try bitext.align(dictionary: dictionary)
      let document = ReviewDocument(
        sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage,
        source: aligned.source, target: aligned.target, links: aligned.alignment.links.map { ReviewLink($0) })
      return ReviewInput(document: document, dictionary: dictionary)
    }
    var input = try ReviewInput(alignedFile: bitext.source, sourceLanguage: bitext.sourceLanguageCode,
                                targetLanguage: bitext.targetLanguageCode)
    // The languages may come from the file (TMX), so the dictionary is loaded after it is read.
    input.dictionary = try DictionaryLoader.load(
      arguments: bitext.dictionary, sourceLanguage: input.document.sourceLanguage,
      targetLanguage: input.document.targetLanguage, headwords: false)
    return input
  }

  /// Reads an alignment `tandem align` (or a review's Save) wrote. Each side of a unit is
  /// segmented into sentences again, so that a 2-1 link can be split.
  init(alignedFile path: String, sourceLanguage: String?, targetLanguage: String?) throws {
    guard let format = UnitFormat(path: path) else { throw CLIError.unknownAlignedFormat(path) }
    let reader = try format.reader(
      source: FileByteSource(path: path), fileName: path == "-" ? "<stdin>" : path,
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, inlineMarkup: .flatten)
    let units = try reader.readAll()
    let sourceLanguage = sourceLanguage ?? units.first?.sourceLanguage ?? ""
    let targetLanguage = targetLanguage ?? units.first?.targetLanguage ?? ""
    guard !sourceLanguage.isEmpty, !targetLanguage.isEmpty else { throw CLIError.missingLanguages(path) }
    let sourceSegmenter = SentenceSegmenter(language: sourceLanguage)
    let targetSegmenter = SentenceSegmenter(language: targetLanguage)
    var source: [String] = [], target: [String] = [], links: [ReviewLink] = []
    let indexOfID = Dictionary(units.enumerated().compactMap { k, unit in unit.id.map { ($0, k) } }) { first, _ in first }
    for unit in units {
      let s = try unit.source.isEmpty ? [] : sourceSegmenter.sentences(in: unit.source).map(\.text)
      let t = try unit.target.isEmpty ? [] : targetSegmenter.sentences(in: unit.target).map(\.text)
      let link = AlignmentLink(
        source: source.count..<source.count + s.count, target: target.count..<target.count + t.count,
        confidence: unit.property("x-confidence").flatMap(Double.init) ?? 1,
        reason: unit.property("x-reason").flatMap(DoubtReason.init(rawValue:)),
        repeatOf: unit.property("x-repeat-of").flatMap { indexOfID[$0] })
      source += s
      target += t
      guard !link.source.isEmpty || !link.target.isEmpty else { continue }
      links.append(ReviewLink(link, status: unit.property("x-status").flatMap(ReviewStatus.init(rawValue:)) ?? .pending))
    }
    document = ReviewDocument(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                              source: source, target: target, links: links)
  }

  /// Writes the review to `path` atomically, in the format its extension names; returns `path`.
  static func save(_ document: ReviewDocument, to path: String, inputs: [String]) throws -> String {
    switch ReviewExport.Format(path: path) {
    case .json: try AtomicFileSink.write(Array(try ReviewExport.json(document).utf8), to: path, inputs: inputs)
    case .tsv: try AtomicFileSink.write(Array(ReviewExport.tsv(document).utf8), to: path, inputs: inputs)
    case .tmx:
      let sink = try AtomicFileSink(path: path, inputs: inputs)
      var writer = TMXWriter(sink: sink, header: TMXHeader(sourceLanguage: document.sourceLanguage))
      try writer.write(contentsOf: ReviewExport.units(document))
      try writer.finish()
      try sink.commit()
    case nil: throw CLIError.unknownAlignedFormat(path)
    }
    return path
  }
}
