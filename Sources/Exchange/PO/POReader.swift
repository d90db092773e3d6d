/// Reads gettext PO (and POT) files as translation units: `msgid` is the
/// source, `msgstr` the target (empty in a template or an untranslated entry).
///
/// - The header entry (empty `msgid`) is not a unit; its `Language:` names the
///   target language, `X-Source-Language:` the source language (gettext has
///   no standard field for it: pass `--source-lang` otherwise).
/// - `msgctxt` becomes the unit id; `#:` references and `#,` flags become
///   properties `x-po-reference` and `x-po-flags`; `#.` and `# ` comments notes.
/// - Plural entries give one unit per form: `msgid` with `msgstr[0]`, then
///   `msgid_plural` with each further `msgstr[n]`.
/// - Obsolete entries (`#~`) are left out.
public final class POReader: TranslationUnitReader {
  private var units: [TranslationUnit] = []
  private var position = 0

  public init(
    source: some ByteSource, fileName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
  ) throws(ExchangeError) {
    let bytes = ChunkedBytes(source)
    var entries: [Entry] = []
    var current = Entry()
    var field: WritableKeyPath<Entry, String>?
    var pluralIndex: Int?
    var line: [UInt8] = []
    var number = 0
    func finishEntry() {
      if current.hasContent { entries.append(current) }
      current = Entry()
      field = nil
      pluralIndex = nil
    }
    while try bytes.nextLine(into: &line) {
      number += 1
      guard let text = UTF8Validation.string(line) else {
        throw .invalidEncoding(file: fileName, line: number, column: 1, reason: "this line is not valid UTF-8")
      }
      let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
      if trimmed.isEmpty {
        finishEntry()
        continue
      }
      if trimmed.hasPrefix("#") {
        if current.hasMessage { finishEntry() }
        if trimmed.hasPrefix("#~") { current.obsolete = true; continue }
        let body = String(trimmed.dropFirst(2).drop(while: { $0 == " " }))
        if trimmed.hasPrefix("#:") { current.references.append(body) }
        else if trimmed.hasPrefix("#,") { current.flags.append(body) }
        else if trimmed.hasPrefix("#.") || trimmed.hasPrefix("# ") || trimmed == "#" { if !body.isEmpty { current.notes.append(body) } }
        continue
      }
      if trimmed.hasPrefix("\"") {
        guard let field else {
          throw .malformedRecord(file: fileName, line: number, reason: "a string continues no msgid or msgstr; put it after one")
        }
        let value = try Self.string(trimmed, file: fileName, line: number)
        if let pluralIndex { current.plurals[pluralIndex] += value } else { current[keyPath: field] += value }
        continue
      }
      let keyword = trimmed.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\"" })
      let rest = trimmed.dropFirst(keyword.count).drop(while: { $0 == " " || $0 == "\t" })
      let value = try Self.string(rest, file: fileName, line: number)
      pluralIndex = nil
      switch keyword {
      case "msgctxt":
        if current.hasMessage { finishEntry() }
        current.context = value
        current.hasContext = true
        field = \.context
      case "msgid":
        if current.hasMessage { finishEntry() }
        current.id = value
        current.hasID = true
        current.line = number
        field = \.id
      case "msgid_plural":
        current.plural = value
        field = \.plural
      case "msgstr":
        current.string = value
        field = \.string
      default:
        if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()),
          (0..<100).contains(index)
        {
          while current.plurals.count <= index { current.plurals.append("") }
          current.plurals[index] = value
          pluralIndex = index
          field = \.string
        } else {
          throw .malformedRecord(
            file: fileName, line: number,
            reason: "'\(keyword)' is not a PO keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[N]); fix or remove the line")
        }
      }
    }
    finishEntry()

    var sourceTag = sourceLanguage
    var targetTag = targetLanguage
    if let header = entries.first(where: { $0.hasID && $0.id.isEmpty && !$0.hasContext }) {
      for headerLine in header.string.split(separator: "\n") {
        let parts = headerLine.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
        guard parts.count == 2, !parts[1].isEmpty else { continue }
        if parts[0].lowercased() == "language" && targetTag == nil { targetTag = parts[1].replacingUnderscores }
        if parts[0].lowercased() == "x-source-language" && sourceTag == nil { sourceTag = parts[1].replacingUnderscores }
      }
    }
    let messages = entries.filter { $0.hasID && !$0.id.isEmpty && !$0.obsolete }
    guard messages.isEmpty || sourceTag != nil else { throw .missingLanguage(file: fileName, which: "source") }
    let translated = messages.contains { !$0.string.isEmpty || $0.plurals.contains { !$0.isEmpty } }
    guard !translated || targetTag != nil else { throw .missingLanguage(file: fileName, which: "target") }
    for entry in messages {
      var properties: [TranslationUnit.Property] = []
      if !entry.references.isEmpty { properties.append(.init(type: "x-po-reference", value: entry.references.joined(separator: " "))) }
      if !entry.flags.isEmpty { properties.append(.init(type: "x-po-flags", value: entry.flags.joined(separator: ", "))) }
      let id = entry.hasContext ? entry.context : nil
      let forms = entry.plurals.isEmpty ? [entry.string] : entry.plurals
      for (index, form) in forms.enumerated() {
        units.append(TranslationUnit(
          id: forms.count > 1 ? "\(id ?? entry.id)[\(index)]" : id,
          sourceLanguage: sourceTag ?? "", targetLanguage: targetTag ?? "",
          source: index == 0 ? entry.id : (entry.plural.isEmpty ? entry.id : entry.plural), target: form,
          properties: properties, notes: index == 0 ? entry.notes : []))
      }
    }
  }

  public func next() throws(ExchangeError) -> TranslationUnit? {
    guard position < units.count else { return nil }
    position += 1
    return units[position - 1]
  }

  private struct Entry {
    var context = "", id = "", plural = "", string = ""
    var plurals: [String] = []
    var hasContext = false, hasID = false, obsolete = false
    var references: [String] = [], flags: [String] = [], notes: [String] = []
    var line = 0
    var hasMessage: Bool { hasID }
    var hasContent: Bool { hasID || hasContext }
  }

  /// A quoted C string with its escapes resolved (read by scalars: a quote
  /// may carry a combining mark after it).
  static func string(_ quoted: Substring, file: String, line: Int) throws(ExchangeError) -> String {
    var scalars = Array(quoted.unicodeScalars)
    while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
    guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else {
      throw .malformedRecord(file: file, line: line, reason: "expected a string in double quotes; close the quote or escape it as \\\"")
    }
    var out = String.UnicodeScalarView()
    var escaping = false
    for c in scalars.dropFirst().dropLast() {
      if escaping {
        switch c {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "a", "b", "f", "v": break
        default: out.append(c)
        }
        escaping = false
      } else if c == "\\" {
        escaping = true
      } else {
        out.append(c)
      }
    }
    return String(out)
  }
}

@available(*, unavailable)
extension POReader: Sendable {}

extension Substring {
  fileprivate var trimmingSpaces: String {
    String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
  }
}

extension String {
  /// gettext writes "de_DE"; BCP 47 wants "de-DE".
  fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
