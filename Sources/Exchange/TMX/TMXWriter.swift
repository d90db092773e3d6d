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

  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    guard !(unit.source.isEmpty && unit.sourceCodes.isEmpty), !(unit.target.isEmpty && unit.targetCodes.isEmpty) else {
      skippedEmptyUnits += 1
      return
    }
    if !started { writeHeader(sourceLanguage: unit.sourceLanguage) }
    unitCount += 1
    ascii("    <tu tuid=\"")
    escaped(unit.id ?? String(unitCount), attribute: true)
    ascii("\" creationdate=\"")
    ascii(unit.creationDate.map(TMXDate.format) ?? defaultDate)
    if let changed = unit.changeDate {
      ascii("\" changedate=\"")
      ascii(TMXDate.format(changed))
    }
    ascii("\">\n")
    for note in unit.notes {
      ascii("      <note>")
      escaped(note, attribute: false)
      ascii("</note>\n")
    }
    for property in unit.properties {
      ascii("      <prop type=\"")
      if !property.type.hasPrefix("x-") { ascii("x-") }
      escaped(property.type, attribute: true)
      ascii("\">")
      escaped(property.value, attribute: false)
      ascii("</prop>\n")
    }
    variant(unit.sourceLanguage, unit.source, unit.sourceCodes)
    variant(unit.targetLanguage, unit.target, unit.targetCodes)
    ascii("    </tu>\n")
    if buffer.count >= Self.flushSize { try flush() }
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
    attribute("segtype", header.segmentType)
    attribute("o-tmf", header.originalFormat)
    attribute("adminlang", LanguageTag.normalized(header.adminLanguage))
    attribute("srclang", source)
    attribute("datatype", header.dataType)
    attribute("creationdate", defaultDate)
    ascii("/>\n  <body>\n")
  }

  private mutating func attribute(_ name: StaticString, _ value: String) {
    ascii(" ")
    ascii(name)
    ascii("=\"")
    escaped(value, attribute: true)
    ascii("\"")
  }

  private mutating func variant(_ language: String, _ text: String, _ codes: [InlineCode]) {
    ascii("      <tuv xml:lang=\"")
    escaped(LanguageTag.normalized(language), attribute: true)
    ascii("\"><seg>")
    if codes.isEmpty {
      escaped(text, attribute: false)
    } else {
      segment(text, codes)
    }
    ascii("</seg></tuv>\n")
  }

  /// Text with inline elements put back at their offsets.
  private mutating func segment(_ text: String, _ codes: [InlineCode]) {
    let utf8 = Array(text.utf8)
    var written = 0
    for code in codes {
      var offset = min(max(code.offset, written), utf8.count)
      while offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset += 1 }  // a character boundary
      if offset > written {
        escaped(String(decoding: utf8[written..<offset], as: UTF8.self), attribute: false)
        written = offset
      }
      if code.element == .hiEnd {
        ascii("</hi>")
        continue
      }
      let name = code.element == .hiStart ? "hi" : code.element.rawValue
      ascii("<")
      escaped(name, attribute: false)
      for key in code.attributes.keys.sorted() {
        ascii(" ")
        escaped(key, attribute: false)
        ascii("=\"")
        escaped(code.attributes[key] ?? "", attribute: true)
        ascii("\"")
      }
      if code.element == .hiStart {
        ascii(">")
      } else {
        ascii(">")
        escaped(code.content, attribute: false)
        ascii("</")
        escaped(name, attribute: false)
        ascii(">")
      }
    }
    if written < utf8.count { escaped(String(decoding: utf8[written...], as: UTF8.self), attribute: false) }
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
