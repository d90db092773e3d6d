/// Reads XLIFF 1.2 (`<trans-unit>`) and XLIFF 2.0 (`<unit>`/`<segment>`) files
/// as translation units, bilingual or monolingual (a unit without `<target>`
/// has an empty target).
///
/// - Ids: a 1.2 unit's `id`; a 2.0 unit's `id`, or `unit/segment` when the
///   unit has more than one segment.
/// - Inline elements (1.2: `g`, `x`, `bx`, `ex`, `bpt`, `ept`, `ph`, `it`,
///   `mrk`; 2.0: `pc`, `ph`, `sc`, `ec`, `sm`, `em`, `mrk`) are kept as
///   ``InlineCode``s whose `content` is the XLIFF markup itself (`<g id="1">`,
///   `</g>`, `<x id="2"/>`): their native code, as a TMX `bpt`/`ept`/`ph`
///   holds it, so `XLIFFWriter` writes them back unchanged. `<cp hex="…"/>` is
///   the character it names.
/// - Languages: `source-language`/`target-language` (1.2) or `srcLang`/`trgLang`
///   (2.0), unless given.
public final class XLIFFReader: TranslationUnitReader {
  public enum Version: String, Sendable { case v12 = "1.2", v20 = "2.0" }

  private let xml: XMLTokenizer
  private var sourceLanguage: String?
  private var targetLanguage: String?
  private let givenSource: Bool
  private let givenTarget: Bool
  /// The version the root element declares.
  public private(set) var version: Version = .v12
  private var pending: [TranslationUnit] = []
  private var done = false

  public init(
    source: some ByteSource, fileName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
  ) throws(ExchangeError) {
    xml = try XMLTokenizer(source: source, fileName: fileName)
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    givenSource = sourceLanguage != nil
    givenTarget = targetLanguage != nil
    try readRoot()
  }

  private func notXLIFF(_ reason: String) -> ExchangeError {
    .malformedRecord(file: xml.fileName, line: xml.line, reason: "not an XLIFF 1.2 or 2.0 document: \(reason)")
  }

  private func readRoot() throws(ExchangeError) {
    while true {
      switch try xml.next() {
      case .start(let name, let attributes):
        guard local(name) == "xliff" else { throw notXLIFF("the root element is <\(name)>, not <xliff>") }
        let declared = attributes.value("version") ?? "1.2"
        version = declared.hasPrefix("2") ? .v20 : .v12
        if version == .v20 {
          sourceLanguage = sourceLanguage ?? attributes.value("srcLang")
          targetLanguage = targetLanguage ?? attributes.value("trgLang")
        }
        return
      case .endOfDocument: throw notXLIFF("the file is empty")
      default: continue
      }
    }
  }

  private func local(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
  }

  public func next() throws(ExchangeError) -> TranslationUnit? {
    while pending.isEmpty {
      guard !done else { return nil }
      switch try xml.next() {
      case .start(let name, let attributes):
        switch local(name) {
        case "file" where version == .v12:
          if !givenSource { sourceLanguage = attributes.value("source-language") ?? sourceLanguage }
          if !givenTarget { targetLanguage = attributes.value("target-language") ?? targetLanguage }
        case "trans-unit": pending = try readTransUnit(attributes)
        case "unit" where version == .v20: pending = try readUnit(attributes)
        case "bin-unit", "header", "notes", "skeleton", "mda:metadata", "metadata": try skipElement()
        default: break
        }
      case .endOfDocument: done = true
      default: break
      }
    }
    return pending.removeFirst()
  }

  private func skipElement() throws(ExchangeError) {
    let depth = xml.depth
    while xml.depth >= depth {
      if try xml.next() == .endOfDocument { return }
    }
  }

  private func languages(line: Int, hasTarget: Bool) throws(ExchangeError) -> (String, String) {
    guard let sourceLanguage, !sourceLanguage.isEmpty else {
      throw .missingLanguage(file: xml.fileName, which: "source")
    }
    if let targetLanguage, !targetLanguage.isEmpty { return (sourceLanguage, targetLanguage) }
    if hasTarget { throw .missingLanguage(file: xml.fileName, which: "target") }
    return (sourceLanguage, "")
  }

  /// A 1.2 `<trans-unit>` (its start tag read).
  private func readTransUnit(_ attributes: [XMLAttribute]) throws(ExchangeError) -> [TranslationUnit] {
    let line = xml.line
    let depth = xml.depth
    var source: (String, [InlineCode])?
    var target: (String, [InlineCode])?
    var notes: [String] = []
    while true {
      let event = try xml.next()
      if xml.depth < depth || event == .endOfDocument { break }
      guard case .start(let name, _) = event else { continue }
      switch local(name) {
      case "source": source = try readInline()
      case "target": target = try readInline()
      case "note": notes.append(try readInline().0)
      default: try skipElement()
      }
    }
    guard let source else {
      throw .malformedRecord(file: xml.fileName, line: line, reason: "<trans-unit> without <source>; add one or remove the unit")
    }
    let (sourceTag, targetTag) = try languages(line: line, hasTarget: target != nil)
    return [TranslationUnit(
      id: attributes.value("id"), sourceLanguage: sourceTag, targetLanguage: targetTag,
      source: source.0, target: target?.0 ?? "", notes: notes,
      sourceCodes: source.1, targetCodes: target?.1 ?? [])]
  }

  /// A 2.0 `<unit>` (its start tag read): one translation unit per `<segment>`.
  private func readUnit(_ attributes: [XMLAttribute]) throws(ExchangeError) -> [TranslationUnit] {
    let line = xml.line
    let depth = xml.depth
    var segments: [(id: String?, source: (String, [InlineCode]), target: (String, [InlineCode])?)] = []
    var notes: [String] = []
    while true {
      let event = try xml.next()
      if xml.depth < depth || event == .endOfDocument { break }
      guard case .start(let name, let segmentAttributes) = event else { continue }
      switch local(name) {
      case "segment":
        let segmentDepth = xml.depth
        var source: (String, [InlineCode])?
        var target: (String, [InlineCode])?
        while true {
          let inner = try xml.next()
          if xml.depth < segmentDepth || inner == .endOfDocument { break }
          guard case .start(let innerName, _) = inner else { continue }
          switch local(innerName) {
          case "source": source = try readInline()
          case "target": target = try readInline()
          default: try skipElement()
          }
        }
        guard let source else {
          throw .malformedRecord(file: xml.fileName, line: xml.line, reason: "<segment> without <source>; add one or remove the segment")
        }
        segments.append((segmentAttributes.value("id"), source, target))
      case "notes":
        let notesDepth = xml.depth
        while true {
          let inner = try xml.next()
          if xml.depth < notesDepth || inner == .endOfDocument { break }
          if case .start(let innerName, _) = inner, local(innerName) == "note" { notes.append(try readInline().0) }
        }
      default: try skipElement()
      }
    }
    let unitID = attributes.value("id")
    let (sourceTag, targetTag) = try languages(line: line, hasTarget: segments.contains { $0.target != nil })
    return segments.enumerated().map { index, segment in
      let id = segments.count == 1 ? unitID : "\(unitID ?? "")/\(segment.id ?? String(index + 1))"
      return TranslationUnit(
        id: id, sourceLanguage: sourceTag, targetLanguage: targetTag,
        source: segment.source.0, target: segment.target?.0 ?? "", notes: index == 0 ? notes : [],
        sourceCodes: segment.source.1, targetCodes: segment.target?.1 ?? [])
    }
  }

  /// Text and inline codes up to the end of the element whose start tag was just read.
  private func readInline() throws(ExchangeError) -> (String, [InlineCode]) {
    var text: [UInt8] = []
    var codes: [InlineCode] = []
    var pairs: [(name: String, number: Int)] = []
    var nextNumber = 1
    let depth = xml.depth
    while true {
      let event = try xml.next()
      if xml.depth < depth || event == .endOfDocument { break }
      switch event {
      case .text:
        xml.appendText(to: &text)
        if text.count > xml.textLimit { throw xml.tooLong() }
      case .start(let name, let attributes):
        let raw = Self.startTag(name, attributes)
        switch local(name) {
        case "g", "pc", "mrk":
          pairs.append((name, nextNumber))
          codes.append(InlineCode(.bpt, offset: text.count, attributes: ["i": String(nextNumber)], content: raw))
          nextNumber += 1
        case "cp":
          if let hex = attributes.value("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
            text.append(contentsOf: String(scalar).utf8)
          }
          try skipElement()
        case "bpt", "ept", "ph", "it", "x", "bx", "ex", "sc", "ec", "sm", "em", "sub":
          // The element with all it holds (1.2's bpt/ept/ph/it carry native code) is one code.
          let rest = try elementMarkup(name)
          let whole = rest.isEmpty ? String(raw.dropLast()) + "/>" : raw + rest
          let element: InlineCode.Element
          switch local(name) {
          case "bpt", "bx", "sc", "sm": element = .bpt
          case "ept", "ex", "ec", "em": element = .ept
          case "it": element = .it
          default: element = .ph
          }
          let key = element == .ph || element == .it ? "x" : "i"
          codes.append(InlineCode(element, offset: text.count, attributes: [key: String(nextNumber)], content: whole))
          nextNumber += 1
        default:
          throw .malformedRecord(
            file: xml.fileName, line: xml.line,
            reason: "<\(name)> is not an XLIFF inline element; remove it or escape it as text")
        }
      case .end(let name):
        if let index = pairs.lastIndex(where: { $0.name == name }) {
          let number = pairs[index].number
          pairs.remove(at: index)
          codes.append(InlineCode(.ept, offset: text.count, attributes: ["i": String(number)], content: "</\(name)>"))
        }
      default: break
      }
    }
    guard let string = UTF8Validation.string(text) else {
      throw .invalidEncoding(file: xml.fileName, line: xml.line, column: xml.column, reason: "the text here is not valid UTF-8")
    }
    return (string, codes)
  }

  /// The rest of an element whose start tag was just read, as XML: its content and end tag
  /// (nothing for an empty element, which the caller writes as `<x …/>`).
  private func elementMarkup(_ name: String) throws(ExchangeError) -> String {
    var out: [UInt8] = []
    var escaper = XMLEscaper()
    let depth = xml.depth
    var empty = true
    var previousStart: String?
    while true {
      let event = try xml.next()
      if xml.depth < depth || event == .endOfDocument {
        if empty { return "" }
        out.append(contentsOf: "</\(name)>".utf8)
        break
      }
      empty = false
      switch event {
      case .text:
        var bytes: [UInt8] = []
        xml.appendText(to: &bytes)
        escaper.append(String(decoding: bytes, as: UTF8.self), to: &out, attribute: false)
        previousStart = nil
      case .start(let inner, let attributes):
        out.append(contentsOf: Self.startTag(inner, attributes).utf8)
        previousStart = inner
      case .end(let inner):
        if previousStart == inner, out.last == UInt8(ascii: ">") {
          out.removeLast()
          out.append(contentsOf: "/>".utf8)
        } else {
          out.append(contentsOf: "</\(inner)>".utf8)
        }
        previousStart = nil
      case .endOfDocument: break
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func startTag(_ name: String, _ attributes: [XMLAttribute]) -> String {
    var out: [UInt8] = Array("<\(name)".utf8)
    var escaper = XMLEscaper()
    for attribute in attributes {
      out.append(contentsOf: " \(attribute.name)=\"".utf8)
      escaper.append(attribute.value, to: &out, attribute: true)
      out.append(UInt8(ascii: "\""))
    }
    out.append(UInt8(ascii: ">"))
    return String(decoding: out, as: UTF8.self)
  }
}

@available(*, unavailable)
extension XLIFFReader: Sendable {}
