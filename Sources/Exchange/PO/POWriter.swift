/// Writes units as a gettext PO file: a header naming the languages, then one
/// entry per unit (`msgctxt` from the id, notes as `#.` comments).
public struct POWriter {
  private var sink: any ByteSink
  public private(set) var unitCount = 0
  private var buffer: [UInt8] = []
  private var started = false

  public init(sink: some ByteSink) { self.sink = sink }

  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    if !started {
      started = true
      header(source: unit.sourceLanguage, target: unit.targetLanguage)
    }
    unitCount += 1
    for note in unit.notes { append("#. \(Self.oneLine(note))\n") }
    if let reference = unit.property("x-po-reference") { append("#: \(reference)\n") }
    if let flags = unit.property("x-po-flags") { append("#, \(flags)\n") }
    if let id = unit.id { append("msgctxt \(Self.quoted(id))\n") }
    append("msgid \(Self.quoted(unit.source))\nmsgstr \(Self.quoted(unit.target))\n\n")
    if buffer.count >= 64 * 1024 { try sink.write(bufferedBytes: &buffer) }
  }

  private mutating func header(source: String, target: String) {
    append("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n")
    append("\"Language: \(target)\\n\"\n\"X-Source-Language: \(source)\\n\"\n\n")
  }

  private mutating func append(_ s: String) { buffer.append(contentsOf: s.utf8) }

  /// A C string in double quotes; by scalars, so that CRLF is two escapes.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }

  /// A comment on one line: line breaks become spaces.
  static func oneLine(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }

  public mutating func finish() throws(ExchangeError) {
    try sink.write(bufferedBytes: &buffer)
  }
}

extension POWriter: TranslationUnitWriter {}
