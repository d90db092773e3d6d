import Foundation

/// Writes translation units as TMX 1.4b, one at a time, to a byte sink.
///
/// The output is UTF-8 without a byte order mark and valid against the TMX 1.4 DTD:
/// the header carries every required attribute; each `<tu>` has a `tuid` and a
/// `creationdate` (UTC, `YYYYMMDDThhmmssZ`); notes come before properties, which come
/// before the two `<tuv xml:lang="…">` (BCP 47 tags); text is escaped, and characters XML
/// 1.0 forbids are removed and counted in ``removedCharacters``. For example:
///
/// ```swift
/// var writer = TMXWriter(sink: FileDescriptorSink(descriptor: fd, path: "out.tmx"))
/// try writer.write(contentsOf: units)
/// try writer.finish()
/// ```
///
/// A unit whose source or target is empty (an aligner's 1-0 or 0-1 link) is not written:
/// CAT tools cannot use it, and readers skip it. It is counted in ``skippedEmptyUnits``.
///
/// Property types that do not start with `x-` get that prefix, as TMX asks of
/// user-defined types. Inline codes (``TranslationUnit/sourceCodes``) are written back as
/// TMX inline elements.
///
/// Memory stays at one buffer of about 64 KiB however many units pass through.
public struct TMXWriter {
  /// The sink is called once per 64 KiB, so an existential costs nothing and keeps the writer code concrete.
  private var sink: any ByteSink
  public private(set) var header: TMXHeader
  /// Units written so far.
  public private(set) var unitCount = 0
  /// Units left out because their source or target segment is empty.
  public private(set) var skippedEmptyUnits = 0
  /// Inline codes written otherwise than they came, to keep the file valid against the DTD
  /// (see `segment`); report them as a warning.
  public private(set) var repairedCodes = 0
  /// Characters dropped because XML 1.0 forbids them (report them as a warning).
  public var removedCharacters: Int { escaper.removed }

  private var buffer: [UInt8] = []
  private var escaper = XMLEscaper()
  private var started = false
  private var finished = false
  private let defaultDate: String

  /// - Parameters:
  ///   - header: The header; its `sourceLanguage`, when nil, comes from the first unit.
  ///   - date: The `creationdate` of units that have none, and of the header.
  public init(sink: some ByteSink, header: TMXHeader = TMXHeader(), date: Date = Date()) {
    self.sink = sink
    self.header = header
    self.defaultDate = TMXDate.format(header.creationDate ?? date)
    buffer.reserveCapacity(Self.flushSize + 4096)
  }

  private static var flushSize: Int { 64 * 1024 }

  /// The longest text (segment, note, property, inline code) that Tandem's TMX reader
  /// takes; a unit holds at most four times as much. A longer one is refused here rather
  /// than written into a file that no reader takes back.
  public static let maximumTextBytes = XMLTokenizer.Limits().textBytes

  /// - Throws: ``ExchangeError/unitTooLarge(unit:id:part:bytes:limit:)``, or what the sink throws.
  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    guard unit.isTranslation else {
      skippedEmptyUnits += 1
      return
    }
    try checkSize(of: unit)
    if !started { writeHeader(sourceLanguage: unit.sourceLanguage) }
    unitCount += 1
    ascii("    <tu tuid=\"")
    escaped(unit.id ?? String(unitCount), attribute: true)
    ascii("\"")
    let attributes = TMXVocabulary.valid(unit.attributes, TMXVocabulary.unitAttributes, on: "tu")
    for (name, value) in attributes where name != "srclang" { attribute(name, value) }
    attribute("creationdate", unit.creationDate.map(TMXDate.format) ?? defaultDate)
    if let changed = unit.changeDate { attribute("changedate", TMXDate.format(changed)) }
    if let srclang = unit.attributes["srclang"] {
      attribute("srclang", srclang == "*all*" ? srclang : LanguageTag.normalized(srclang))
    }
    ascii(">\n")
    notesAndProperties(unit.notes, unit.properties, indent: "      ")
    variant(unit.sourceLanguage, unit.source, unit.sourceCodes, unit.sourceDetails)
    variant(unit.targetLanguage, unit.target, unit.targetCodes, unit.targetDetails)
    ascii("    </tu>\n")
    if buffer.count >= Self.flushSize { try flush() }
  }

  /// Refuses a unit that Tandem's reader would refuse to read back.
  private func checkSize(of unit: TranslationUnit) throws(ExchangeError) {
    let limit = Self.maximumTextBytes
    var total = 0
    func measure(_ bytes: Int, _ part: @autoclosure () -> String) throws(ExchangeError) {
      total += bytes
      if bytes > limit { throw .unitTooLarge(unit: unitCount + 1, id: unit.id, part: part(), bytes: bytes, limit: limit) }
    }
    try measure(Self.segmentBytes(unit.source, unit.sourceCodes), "source")
    try measure(Self.segmentBytes(unit.target, unit.targetCodes), "target")
    for note in unit.notes + unit.sourceDetails.notes + unit.targetDetails.notes { try measure(note.utf8.count, "note") }
    for property in unit.properties + unit.sourceDetails.properties + unit.targetDetails.properties {
      try measure(property.value.utf8.count, "property '\(property.type)'")
    }
    if total > 4 * limit {
      throw .unitTooLarge(unit: unitCount + 1, id: unit.id, part: "text in all", bytes: total, limit: 4 * limit)
    }
  }

  /// A segment's bytes as the reader counts them: its text and its inline codes' content,
  /// with the text and codes of their sub-flows.
  private static func segmentBytes(_ text: String, _ codes: [InlineCode]) -> Int {
    codes.reduce(text.utf8.count) { sum, code in
      code.subflows.reduce(sum + code.content.utf8.count) { $0 + segmentBytes($1.text, $1.codes) }
    }
  }

  /// `<note>`s, then `<prop>`s (property types get the `x-` prefix TMX asks of user-defined types).
  private mutating func notesAndProperties(_ notes: [String], _ properties: [TranslationUnit.Property], indent: String) {
    for note in notes {
      ascii(indent)
      ascii("<note>")
      escaped(note, attribute: false)
      ascii("</note>\n")
    }
    for property in properties {
      ascii(indent)
      ascii("<prop type=\"")
      if !property.type.hasPrefix("x-") { ascii("x-") }
      escaped(property.type, attribute: true)
      ascii("\">")
      escaped(property.value, attribute: false)
      ascii("</prop>\n")
    }
  }

  public mutating func write<S: Sequence<TranslationUnit>>(contentsOf units: S) throws(ExchangeError) {
    for unit in units { try write(unit) }
  }

  /// Closes `<body>` and `<tmx>` and hands the rest to the sink. Call it once, at the end.
  public mutating func finish() throws(ExchangeError) {
    guard !finished else { return }
    if !started { writeHeader(sourceLanguage: "*all*") }
    ascii("  </body>\n</tmx>\n")
    finished = true
    try flush()
  }

  private mutating func flush() throws(ExchangeError) {
    try sink.write(bufferedBytes: &buffer)
  }

  private mutating func writeHeader(sourceLanguage: String) {
    started = true
    if header.sourceLanguage == nil { header.sourceLanguage = sourceLanguage }
    let source = header.sourceLanguage.map { $0 == "*all*" ? $0 : LanguageTag.normalized($0) } ?? "*all*"
    ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header")
    attribute("creationtool", header.creationTool)
    attribute("creationtoolversion", header.creationToolVersion)
    attribute("segtype", TMXVocabulary.segmentTypes.contains(header.segmentType) ? header.segmentType : "sentence")
    attribute("o-tmf", header.originalFormat)
    attribute("adminlang", LanguageTag.normalized(header.adminLanguage))
    attribute("srclang", source)
    attribute("datatype", header.dataType)
    attribute("creationdate", defaultDate)
    for (name, value) in TMXVocabulary.valid(header.attributes, TMXVocabulary.headerAttributes, on: "header") {
      attribute(name, value)
    }
    if header.notes.isEmpty && header.properties.isEmpty {
      ascii("/>\n  <body>\n")
    } else {
      ascii(">\n")
      notesAndProperties(header.notes, header.properties, indent: "    ")
      ascii("  </header>\n  <body>\n")
    }
  }

  private mutating func attribute(_ name: String, _ value: String) {
    ascii(" ")
    ascii(name)
    ascii("=\"")
    escaped(value, attribute: true)
    ascii("\"")
  }

  private mutating func variant(
    _ language: String, _ text: String, _ codes: [InlineCode], _ details: TranslationUnit.VariantDetails
  ) {
    ascii("      <tuv xml:lang=\"")
    escaped(LanguageTag.normalized(language), attribute: true)
    ascii("\"")
    for (name, value) in TMXVocabulary.valid(details.attributes, TMXVocabulary.variantAttributes, on: "tuv") {
      attribute(name, value)
    }
    if details.notes.isEmpty && details.properties.isEmpty {
      ascii("><seg>")
    } else {
      ascii(">\n")
      notesAndProperties(details.notes, details.properties, indent: "        ")
      ascii("        <seg>")
    }
    segment(text, codes)
    ascii("</seg></tuv>\n")
  }

  /// Text with inline elements put back at their offsets. Codes are written as the DTD
  /// allows them: unknown attributes dropped; a `bpt`/`ept` without `i`, or an `it` without a
  /// valid `pos`, becomes an `it` or a `ph` (counted in ``repairedCodes``); a `hi` end without a
  /// start is dropped, and a `hi` left open is closed at the end.
  private mutating func segment(_ text: String, _ codes: [InlineCode]) {
    guard !codes.isEmpty else {
      escaped(text, attribute: false)
      return
    }
    let utf8 = Array(text.utf8)
    var written = 0
    var openHi = 0
    for code in codes {
      var offset = min(max(code.offset, written), utf8.count)
      while offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset += 1 }  // a character boundary
      if offset > written {
        escaped(String(decoding: utf8[written..<offset], as: UTF8.self), attribute: false)
        written = offset
      }
      switch code.element {
      case .hiEnd:
        if openHi > 0 {
          ascii("</hi>")
          openHi -= 1
        } else {
          repairedCodes += 1
        }
      case .hiStart:
        ascii("<hi")
        for (name, value) in TMXVocabulary.valid(code.attributes, TMXVocabulary.inlineAttributes(.hiStart), on: "hi") {
          attribute(name, value)
        }
        ascii(">")
        openHi += 1
      default:
        inline(code)
      }
    }
    if written < utf8.count { escaped(String(decoding: utf8[written...], as: UTF8.self), attribute: false) }
    while openHi > 0 {
      ascii("</hi>")
      openHi -= 1
      repairedCodes += 1
    }
  }

  /// One paired, isolated or placeholder element with its native code and `<sub>`s.
  private mutating func inline(_ code: InlineCode) {
    var element = code.element
    var attributes = code.attributes
    if (element == .bpt || element == .ept) && (attributes["i"] ?? "").isEmpty {
      attributes["pos"] = element == .bpt ? "begin" : "end"
      element = .it
      repairedCodes += 1
    }
    if element == .it, !["begin", "end"].contains(attributes["pos"] ?? "") {
      element = .ph
      repairedCodes += 1
    }
    let name = element.rawValue
    ascii("<")
    ascii(name)
    for (key, value) in TMXVocabulary.valid(attributes, TMXVocabulary.inlineAttributes(element), on: name) {
      attribute(key, value)
    }
    ascii(">")
    let content = Array(code.content.utf8)
    var written = 0
    for sub in code.subflows {
      var offset = min(max(sub.offset, written), content.count)
      while offset < content.count && content[offset] & 0xC0 == 0x80 { offset += 1 }
      if offset > written {
        escaped(String(decoding: content[written..<offset], as: UTF8.self), attribute: false)
        written = offset
      }
      ascii("<sub")
      for (key, value) in TMXVocabulary.valid(sub.attributes, TMXVocabulary.subflowAttributes, on: "sub") {
        attribute(key, value)
      }
      ascii(">")
      segment(sub.text, sub.codes)
      ascii("</sub>")
    }
    if written < content.count { escaped(String(decoding: content[written...], as: UTF8.self), attribute: false) }
    ascii("</")
    ascii(name)
    ascii(">")
  }

  private mutating func ascii(_ s: StaticString) {
    buffer.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  private mutating func ascii(_ s: String) {
    buffer.append(contentsOf: s.utf8)
  }

  private mutating func escaped(_ s: String, attribute: Bool) {
    escaper.append(s, to: &buffer, attribute: attribute)
  }
}

/// A writer owns its sink's position in the output; one task writes at a time.
@available(*, unavailable)
extension TMXWriter: Sendable {}
