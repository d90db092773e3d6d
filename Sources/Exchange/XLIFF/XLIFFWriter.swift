/// Writes units as a bilingual XLIFF 1.2 or 2.0 file, one `<trans-unit>`
/// (1.2) or `<unit>` with one `<segment>` (2.0) per unit, ids kept (units
/// without an id are numbered), languages from the first unit.
///
/// Inline codes read from XLIFF of the same version (their `content` is the
/// XLIFF markup, see `XLIFFReader`) are written back as they were. Other codes
/// (a TMX file's native code such as `<b>`) are written as 1.2 `bpt`/`ept`/`ph`
/// with the native code as content, or as 2.0 `ph` with the code in `disp`.
public struct XLIFFWriter {
  private var sink: any ByteSink
  private let version: XLIFFReader.Version
  private let original: String
  public private(set) var unitCount = 0
  private var buffer: [UInt8] = []
  private var escaper = XMLEscaper()
  private var started = false

  public init(sink: some ByteSink, version: XLIFFReader.Version = .v12, original: String = "tandem") {
    self.sink = sink
    self.version = version
    self.original = original
  }

  private mutating func text(_ s: String) { escaper.append(s, to: &buffer, attribute: false) }
  private mutating func attribute(_ s: String) { escaper.append(s, to: &buffer, attribute: true) }
  private mutating func raw(_ s: String) { buffer.append(contentsOf: s.utf8) }

  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    if !started {
      started = true
      raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
      let source = LanguageTag.normalized(unit.sourceLanguage), target = LanguageTag.normalized(unit.targetLanguage)
      switch version {
      case .v12:
        raw("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n  <file original=\"")
        attribute(original)
        raw("\" datatype=\"plaintext\" source-language=\"")
        attribute(source)
        raw("\" target-language=\"")
        attribute(target)
        raw("\">\n    <body>\n")
      case .v20:
        raw("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"")
        attribute(source)
        raw("\" trgLang=\"")
        attribute(target)
        raw("\">\n  <file id=\"f1\" original=\"")
        attribute(original)
        raw("\">\n")
      }
    }
    unitCount += 1
    let id = unit.id ?? String(unitCount)
    switch version {
    case .v12:
      raw("      <trans-unit id=\"")
      attribute(id)
      raw("\">\n")
      sourceAndTarget(unit)
      for note in unit.notes {
        raw("        <note>")
        text(note)
        raw("</note>\n")
      }
      raw("      </trans-unit>\n")
    case .v20:
      raw("    <unit id=\"")
      attribute(id)
      raw("\">\n")
      if !unit.notes.isEmpty {
        raw("      <notes>\n")
        for note in unit.notes {
          raw("        <note>")
          text(note)
          raw("</note>\n")
        }
        raw("      </notes>\n")
      }
      raw("      <segment>\n")
      sourceAndTarget(unit)
      raw("      </segment>\n    </unit>\n")
    }
    if buffer.count >= 64 * 1024 { try sink.write(bufferedBytes: &buffer) }
  }

  /// `<source>` and, unless the unit has none, `<target>`.
  private mutating func sourceAndTarget(_ unit: TranslationUnit) {
    raw("        <source>")
    segment(unit.source, unit.sourceCodes)
    raw("</source>\n")
    if !unit.target.isEmpty || !unit.targetCodes.isEmpty {
      raw("        <target>")
      segment(unit.target, unit.targetCodes)
      raw("</target>\n")
    }
  }

  /// XLIFF elements of this version, which a code read from XLIFF holds as its content.
  private var ownElements: Set<String> {
    version == .v12
      ? ["g", "x", "bx", "ex", "bpt", "ept", "ph", "it", "mrk", "sub"]
      : ["pc", "ph", "sc", "ec", "sm", "em", "mrk"]
  }

  /// Whether `content` is an XLIFF inline tag of this version: an end tag of
  /// a paired element (`</g>`, `</pc>`, `</mrk>`), or a start or empty tag
  /// with the attribute XLIFF requires (`id`, `startRef`, `mtype`). HTML's
  /// `<em>` or `<b>` is not, and is wrapped as native code.
  private func isOwnMarkup(_ content: String) -> Bool {
    guard content.hasPrefix("<"), content.hasSuffix(">") else { return false }
    let closing = content.hasPrefix("</")
    let name = content.dropFirst(closing ? 2 : 1).prefix(while: { $0.isLetter || $0 == ":" })
    let local = String(name.split(separator: ":").last ?? name)
    guard ownElements.contains(local) else { return false }
    if closing { return ["g", "pc", "mrk"].contains(local) }
    return content.contains(" id=\"") || content.contains(" startRef=\"") || content.contains(" mtype=\"")
  }

  private mutating func segment(_ string: String, _ codes: [InlineCode]) {
    let utf8 = Array(string.utf8)
    var written = 0
    var number = 0
    for code in codes.sorted(by: { $0.offset < $1.offset }) {
      var offset = min(max(code.offset, written), utf8.count)
      while offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset += 1 }
      if offset > written {
        text(String(decoding: utf8[written..<offset], as: UTF8.self))
        written = offset
      }
      number += 1
      if isOwnMarkup(code.content) {
        raw(code.content)
        continue
      }
      let id = code.attributes["i"] ?? code.attributes["x"] ?? String(number)
      switch version {
      case .v12:
        let name: String
        switch code.element {
        case .bpt, .hiStart: name = "bpt"
        case .ept, .hiEnd: name = "ept"
        case .it: name = "it"
        case .ph, .ut: name = "ph"
        }
        raw("<\(name) id=\"")
        attribute(id)
        if name == "it" {
          raw("\" pos=\"")
          attribute(code.attributes["pos"] ?? "open")
        }
        raw("\">")
        text(code.content)
        raw("</\(name)>")
      case .v20:
        raw("<ph id=\"")
        attribute(String(number))
        raw("\" disp=\"")
        attribute(code.content)
        raw("\"/>")
      }
    }
    if written < utf8.count { text(String(decoding: utf8[written...], as: UTF8.self)) }
  }

  /// Ends the document and hands every buffered byte to the sink. Call it once, at the end.
  public mutating func finish() throws(ExchangeError) {
    if !started {
      raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
      raw(version == .v12
        ? "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n  <file original=\"tandem\" datatype=\"plaintext\" source-language=\"und\">\n    <body>\n"
        : "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"und\">\n  <file id=\"f1\">\n")
    }
    raw(version == .v12 ? "    </body>\n  </file>\n</xliff>\n" : "  </file>\n</xliff>\n")
    try sink.write(bufferedBytes: &buffer)
  }
}

extension XLIFFWriter: TranslationUnitWriter {}
