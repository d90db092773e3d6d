import Foundation
import Segmentation

/// Reads the units of a TMX file (versions 1.1 to 1.4b), one at a time.
///
/// - Reads `xml:lang` and the older `lang`, a UTF-8 or UTF-16 byte order mark, and
///   UTF-16 or Latin-1 files that declare their encoding.
/// - Picks, in each `<tu>`, the variant in the source language (the option, or the header's
///   `srclang`, or the first variant of the first unit) and the one in the target language
///   (the option, or the first other language in the first unit). Units without both, or
///   with an empty segment, are skipped and counted in ``skipped``.
/// - Keeps inline markup as ``InlineCode``s beside the text, or flattens it to text.
/// - Never loads a DTD and never resolves an external entity; entity expansion is bounded
///   (see `XMLTokenizer`). Memory stays flat however large the file.
///
/// For example:
///
/// ```swift
/// let reader = try TMXReader(source: FileByteSource(path: "memory.tmx"), fileName: "memory.tmx")
/// while let unit = try reader.next() { store.add(unit) }
/// if reader.skipped.total > 0 { print("warning: \(reader.skipped)") }
/// ```
public final class TMXReader: TranslationUnitReader {
  public struct Options: Sendable {
    public enum InlineMarkup: Sendable {
      /// The text without markup; the markup in ``TranslationUnit/sourceCodes`` and `targetCodes`.
      case keep
      /// The native code inside `bpt`, `ept`, `ph`, `it` and `ut` becomes part of the text
      /// (`Click <b>here</b>`); `hi` tags are dropped and their text kept. No codes.
      case flatten
    }

    /// The source language; nil takes the header's `srclang`.
    public var sourceLanguage: String?
    /// The target language; nil takes the first other language of the first unit.
    public var targetLanguage: String?
    public var inlineMarkup: InlineMarkup

    public init(sourceLanguage: String? = nil, targetLanguage: String? = nil, inlineMarkup: InlineMarkup = .keep) {
      self.sourceLanguage = sourceLanguage.map(LanguageTag.normalized)
      self.targetLanguage = targetLanguage.map(LanguageTag.normalized)
      self.inlineMarkup = inlineMarkup
    }
  }

  /// The file's header (attributes it lacks keep their default values).
  public private(set) var header = TMXHeader(creationTool: "", creationToolVersion: "", segmentType: "",
                                             originalFormat: "", adminLanguage: "", dataType: "")
  /// The language pair, once known (after the header, or after the first unit).
  public private(set) var sourceLanguage: String?
  public private(set) var lineOfLastUnit: Int?
  public private(set) var targetLanguage: String?
  /// Units left out so far, by reason.
  public private(set) var skipped = SkippedUnits()
  /// References to external entities that were dropped instead of resolved.
  public var skippedExternalEntities: Int { xml.skippedExternalEntities }

  private let xml: XMLTokenizer
  /// Normalized language tags by their spelling in the file (a file uses only a few).
  private var tags: [String: String] = [:]
  private let options: Options
  /// The header's `srclang` (unless "*all*"): the source language of units without their own.
  private var headerSourceLanguage: String?
  /// Units whose source or target was one of several variants of the wanted language, none exactly it.
  public private(set) var ambiguousVariants = 0
  /// What the reader noticed that a user should know, one sentence each (print them as warnings).
  public var warnings: [String] {
    var result: [String] = []
    if let declared = xml.declaredEncodingIgnored {
      result.append("the file declares encoding \"\(declared)\" but is written in UTF-8 (no byte order mark, ASCII declaration); it was read as UTF-8. Fix the declaration")
    }
    if ambiguousVariants > 0 {
      result.append("\(ambiguousVariants) unit\(ambiguousVariants == 1 ? "" : "s") held several variants of the wanted language and none exactly it; the first was taken. Pass --source-lang/--target-lang with the full tag (e.g. en-GB) to pick one")
    }
    return result
  }
  private var inBody = false
  private var done = false
  private var segment: [UInt8] = []
  /// Bytes the `<seg>` being read may still hold: its text, and the content of its inline
  /// codes and their `<sub>`s, together at most ``XMLTokenizer/textLimit``.
  private var segmentBudget = 0

  public init(source: some ByteSource, fileName: String, options: Options = Options()) throws(ExchangeError) {
    xml = try XMLTokenizer(source: source, fileName: fileName)
    self.options = options
    sourceLanguage = options.sourceLanguage
    targetLanguage = options.targetLanguage
    try readHeader()
  }

  private func notTMX(_ reason: String) -> ExchangeError {
    .notTMX(file: xml.fileName, line: xml.line, column: xml.column, reason: reason)
  }

  /// Reads up to `<body>`: the root, its version, and the header's attributes.
  private func readHeader() throws(ExchangeError) {
    guard case .start(let root, let attributes) = try nextTag() else { throw notTMX("the file has no root element") }
    guard root == "tmx" else { throw notTMX("the root element is <\(root)>, not <tmx>") }
    header.version = attributes.value("version") ?? ""
    while true {
      switch try nextTag() {
      case .start("header", let attributes):
        header.creationTool = attributes.value("creationtool") ?? ""
        header.creationToolVersion = attributes.value("creationtoolversion") ?? ""
        header.segmentType = attributes.value("segtype") ?? ""
        header.originalFormat = attributes.value("o-tmf") ?? ""
        header.adminLanguage = attributes.value("adminlang") ?? ""
        header.dataType = attributes.value("datatype") ?? ""
        header.creationDate = attributes.value("creationdate").flatMap(TMXDate.parse)
        if let source = attributes.value("srclang") {
          header.sourceLanguage = source == "*all*" ? source : LanguageTag.normalized(source)
          if source != "*all*" { headerSourceLanguage = header.sourceLanguage }
        }
        for name in TMXVocabulary.headerAttributes {
          if let value = attributes.value(name) { header.attributes[name] = value }
        }
        try readHeaderContent()
      case .start("body", _):
        inBody = true
        return
      case .start:
        try skipElement()
      case .end:
        done = true
        return  // a TMX without a body holds no units
      default:
        done = true
        return
      }
    }
  }

  /// The `<note>`s and `<prop>`s of the header (its start tag already read); `<ude>` is skipped.
  private func readHeaderContent() throws(ExchangeError) {
    let depth = xml.depth
    while true {
      let event = try nextTag()
      if xml.depth < depth { return }
      switch event {
      case .start("note", _):
        guard header.notes.count < 4096 else { throw notTMX("the header holds more than 4096 notes") }
        header.notes.append(try elementText())
      case .start("prop", let attributes):
        guard header.properties.count < 4096 else { throw notTMX("the header holds more than 4096 properties") }
        header.properties.append(.init(type: attributes.value("type") ?? "", value: try elementText()))
      case .start:
        try skipElement()
      default:
        break
      }
    }
  }

  /// The next start or end tag, skipping text between elements.
  private func nextTag() throws(ExchangeError) -> XMLTokenizer.Event {
    while true {
      let event = try xml.next()
      if event != .text { return event }
    }
  }

  /// Skips the rest of the element whose start tag was just read.
  private func skipElement() throws(ExchangeError) {
    let depth = xml.depth
    while xml.depth >= depth {
      if try xml.next() == .endOfDocument { return }
    }
  }

  /// All character data up to the end of the element whose start tag was just read.
  private func elementText() throws(ExchangeError) -> String {
    var bytes: [UInt8] = []
    let depth = xml.depth
    while xml.depth >= depth {
      if try xml.next() == .text {
        xml.appendText(to: &bytes)
        if bytes.count > xml.textLimit { throw xml.tooLong() }
      }
    }
    return try string(bytes)
  }

  private func string(_ bytes: [UInt8]) throws(ExchangeError) -> String {
    guard let s = UTF8Validation.string(bytes) else {
      throw .invalidEncoding(file: xml.fileName, line: xml.line, column: xml.column, reason: "the text before this place is not valid UTF-8")
    }
    return s
  }

  public func next() throws(ExchangeError) -> TranslationUnit? {
    guard inBody, !done else { return nil }
    while true {
      switch try nextTag() {
      case .start("tu", let attributes):
        if let unit = try readUnit(attributes) { return unit }
      case .start:
        try skipElement()
      case .end("body"):
        // Read to the end of the document, so that an error after </body> is reported.
        while try xml.next() != .endOfDocument {}
        done = true
        return nil
      default:
        done = true
        return nil
      }
    }
  }

  private struct Variant {
    var language: String
    var text: String
    var codes: [InlineCode]
    var creationDate: Date?
    var changeDate: Date?
    var details: TranslationUnit.VariantDetails
  }

  private func normalized(_ tag: String) -> String {
    if let known = tags[tag] { return known }
    let result = LanguageTag.normalized(tag)
    if tags.count < 1000 { tags[tag] = result }
    return result
  }

  /// Reads one `<tu>` (its start tag already read); nil when the unit is skipped.
  private func readUnit(_ attributes: [XMLAttribute]) throws(ExchangeError) -> TranslationUnit? {
    let line = xml.line
    let depth = xml.depth
    var notes: [String] = []
    var properties: [TranslationUnit.Property] = []
    var variants: [Variant] = []
    var problem: SkippedUnits.Reason?
    var size = 0  // bytes kept for this unit: bounded, so that memory is too
    while true {
      let event = try nextTag()
      if xml.depth < depth { break }
      guard size <= 4 * xml.textLimit, variants.count + notes.count + properties.count < 4096 else {
        throw notTMX("a <tu> (line \(line)) holds more text or elements than any translation unit needs")
      }
      switch event {
      case .start("note", _):
        notes.append(try elementText())
        size += notes[notes.count - 1].utf8.count
      case .start("prop", let attributes):
        properties.append(.init(type: attributes.value("type") ?? "", value: try elementText()))
        size += properties[properties.count - 1].value.utf8.count
      case .start("tuv", let attributes):
        let language = attributes.value("xml:lang") ?? attributes.value("lang")
        if let variant = try readVariant(language.map(normalized) ?? "", attributes, &problem) {
          if language == nil { problem = problem ?? .variantWithoutLanguage } else { variants.append(variant) }
          size += variant.text.utf8.count
        }
      case .start:
        try skipElement()
      default:
        break
      }
    }
    if let problem {
      skipped.record(problem, line: line)
      return nil
    }
    // The source: the option, else the unit's srclang, else the header's, else the first variant.
    let unitSource = attributes.value("srclang").flatMap { $0 == "*all*" ? nil : normalized($0) }
    let wantedSource = options.sourceLanguage ?? unitSource ?? headerSourceLanguage ?? variants.first?.language
    guard let wantedSource,
      let source = pick(from: variants, wantedSource, exactOnly: options.sourceLanguage.map(LanguageTag.hasSubtags) ?? false)
    else {
      skipped.record(.noSourceVariant, line: line)
      return nil
    }
    if sourceLanguage == nil { sourceLanguage = source.language }
    // The target: the option, else the first other language of the first unit (then any of its variants).
    let others = variants.filter { !LanguageTag.samePrimary($0.language, source.language) }
    if targetLanguage == nil { targetLanguage = others.first.map { LanguageSubtag.primary(of: $0.language) } }
    guard let targetLanguage,
      let target = pick(from: others, targetLanguage, exactOnly: options.targetLanguage.map(LanguageTag.hasSubtags) ?? false)
    else {
      skipped.record(.noTargetVariant, line: line)
      return nil
    }
    guard TranslationUnit.hasContent(source.text, source.codes), TranslationUnit.hasContent(target.text, target.codes) else {
      skipped.record(.emptySegment, line: line)
      return nil
    }
    var unitAttributes: [String: String] = [:]
    for name in TMXVocabulary.unitAttributes {
      if let value = attributes.value(name) { unitAttributes[name] = value }
    }
    lineOfLastUnit = line
    return TranslationUnit(
      id: attributes.value("tuid"), sourceLanguage: source.language, targetLanguage: target.language,
      source: source.text, target: target.text,
      creationDate: attributes.value("creationdate").flatMap(TMXDate.parse) ?? target.creationDate ?? source.creationDate,
      changeDate: attributes.value("changedate").flatMap(TMXDate.parse) ?? target.changeDate ?? source.changeDate,
      properties: properties, notes: notes, sourceCodes: source.codes, targetCodes: target.codes,
      attributes: unitAttributes, sourceDetails: source.details, targetDetails: target.details)
  }

  /// The variant in `language`: the one with exactly that tag, else (unless `exactOnly`) the
  /// first of the same primary language ("en" finds "en-US", "en-US" finds "en"), counted
  /// as ambiguous when there are several.
  private func pick(from variants: [Variant], _ language: String, exactOnly: Bool) -> Variant? {
    if let exact = variants.first(where: { $0.language == language }) { return exact }
    guard !exactOnly else { return nil }
    let same = variants.filter { LanguageTag.samePrimary($0.language, language) }
    if same.count > 1 { ambiguousVariants += 1 }
    return same.first
  }

  /// Reads one `<tuv>` (its start tag already read): the `<seg>` and the dates.
  private func readVariant(
    _ language: String, _ attributes: [XMLAttribute], _ problem: inout SkippedUnits.Reason?
  ) throws(ExchangeError) -> Variant? {
    let depth = xml.depth
    var variant: Variant?
    var details = TranslationUnit.VariantDetails()
    for name in TMXVocabulary.variantAttributes {
      if let value = attributes.value(name) { details.attributes[name] = value }
    }
    while true {
      let event = try nextTag()
      if xml.depth < depth { break }
      guard details.notes.count + details.properties.count < 4096 else {
        throw notTMX("a <tuv> holds more notes and properties than any translation unit needs")
      }
      switch event {
      case .start("seg", _):
        let (text, codes) = try readSegment(&problem)
        variant = Variant(
          language: language, text: text, codes: codes,
          creationDate: attributes.value("creationdate").flatMap(TMXDate.parse),
          changeDate: attributes.value("changedate").flatMap(TMXDate.parse), details: details)
      case .start("note", _):
        details.notes.append(try elementText())
      case .start("prop", let attributes):
        details.properties.append(.init(type: attributes.value("type") ?? "", value: try elementText()))
      case .start:
        try skipElement()
      default:
        break
      }
    }
    variant?.details = details
    return variant
  }

  /// Reads a `<seg>` (its start tag already read) into text and inline codes.
  private func readSegment(_ problem: inout SkippedUnits.Reason?) throws(ExchangeError) -> (String, [InlineCode]) {
    segment.removeAll(keepingCapacity: true)
    segmentBudget = xml.textLimit
    var codes: [InlineCode] = []
    try readMixedContent(into: &segment, codes: &codes, &problem)
    return (try string(segment), codes)
  }

  /// Reads text and inline elements up to the end of the element whose start tag was just
  /// read (a `<seg>` or a `<sub>`).
  private func readMixedContent(
    into text: inout [UInt8], codes: inout [InlineCode], _ problem: inout SkippedUnits.Reason?
  ) throws(ExchangeError) {
    let depth = xml.depth
    let keep = options.inlineMarkup == .keep
    while true {
      let event = try xml.next()
      if xml.depth < depth { break }
      switch event {
      case .text:
        try appendText(to: &text)
      case .start("hi", let attributes):
        if keep { codes.append(InlineCode(.hiStart, offset: text.count, attributes: attributes.dictionary)) }
      case .end("hi"):
        if keep { codes.append(InlineCode(.hiEnd, offset: text.count)) }
      case .start(let name, let attributes):
        guard let element = InlineCode.Element(rawValue: name), element != .hiEnd else {
          problem = problem ?? .unexpectedMarkup
          try skipElement()
          continue
        }
        var code = InlineCode(element, offset: text.count, attributes: attributes.dictionary)
        try readCodeContent(&code, &problem)
        if keep {
          codes.append(code)
        } else {
          text.append(contentsOf: Self.flattened(code).utf8)
        }
      default:
        break
      }
    }
  }

  /// Appends the text just read to `bytes`, within the segment's budget.
  private func appendText(to bytes: inout [UInt8]) throws(ExchangeError) {
    let before = bytes.count
    xml.appendText(to: &bytes)
    segmentBudget -= bytes.count - before
    if segmentBudget < 0 { throw xml.tooLong() }
  }

  /// Reads the native code of an inline element (its start tag already read), with its `<sub>`s.
  private func readCodeContent(_ code: inout InlineCode, _ problem: inout SkippedUnits.Reason?) throws(ExchangeError) {
    var content: [UInt8] = []
    let depth = xml.depth
    while true {
      let event = try xml.next()
      if xml.depth < depth { break }
      switch event {
      case .text:
        try appendText(to: &content)
      case .start("sub", let attributes):
        guard xml.depth < 64 else { throw notTMX("<sub> elements nest deeper than 32 levels") }
        var text: [UInt8] = []
        var codes: [InlineCode] = []
        let offset = content.count
        try readMixedContent(into: &text, codes: &codes, &problem)
        code.subflows.append(
          InlineCode.Subflow(offset: offset, attributes: attributes.dictionary, text: try string(text), codes: codes))
      case .start:
        problem = problem ?? .unexpectedMarkup
        try skipElement()
      default:
        break
      }
    }
    code.content = try string(content)
  }

  /// The native code with the text of its subflows in place: what `flatten` puts into the text.
  static func flattened(_ code: InlineCode) -> String {
    guard !code.subflows.isEmpty else { return code.content }
    let content = Array(code.content.utf8)
    var result: [UInt8] = []
    var written = 0
    for sub in code.subflows {
      let offset = min(max(sub.offset, written), content.count)
      result.append(contentsOf: content[written..<offset])
      result.append(contentsOf: sub.text.utf8)
      written = offset
    }
    result.append(contentsOf: content[written...])
    return String(decoding: result, as: UTF8.self)
  }
}

/// The reader is a cursor over one file; one task uses it at a time.
@available(*, unavailable)
extension TMXReader: Sendable {}

extension [XMLAttribute] {
  func value(_ name: String) -> String? {
    first { $0.name == name }?.value
  }

  var dictionary: [String: String] {
    Dictionary(map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
  }
}
