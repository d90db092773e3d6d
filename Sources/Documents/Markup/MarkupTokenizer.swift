/// A small tokenizer for HTML and for the XML inside DOCX and ODT files.
///
/// It yields start tags, end tags and text with entities decoded; comments,
/// processing instructions and DOCTYPEs are skipped. In `.html` mode it is
/// tolerant as browsers are: names are lowercased, the content of `<script>`
/// and `<style>` is raw text, an unknown entity stays as written, and a stray
/// `<` is text. In `.xml` mode only broken markup an editor would refuse is
/// an error, with line and column: a tag, comment or CDATA section that is
/// never closed, an end tag that does not match.
struct MarkupTokenizer {
  enum Mode { case html, xml }

  enum Token: Equatable {
    /// `raw` is the tag as written, for keeping it as an inline code.
    case start(name: String, attributes: [String: String], selfClosing: Bool, raw: String)
    case end(name: String, raw: String)
    case text(String)
  }

  private let bytes: [UInt8]
  private let mode: Mode
  private let file: String
  private let entry: String?
  private var position = 0
  private var lineStarts: [Int] = [0]
  private var lineCounted = 0
  private var open: [String] = []
  private var rawTextElement: String?

  init(_ text: String, mode: Mode, file: String, entry: String? = nil) {
    bytes = Array(text.utf8)
    self.mode = mode
    self.file = file
    self.entry = entry
  }

  /// 1-based line of a byte offset.
  mutating func line(at offset: Int) -> Int {
    while lineCounted < min(offset, bytes.count) {
      if bytes[lineCounted] == 0x0A { lineStarts.append(lineCounted + 1) }
      lineCounted += 1
    }
    var low = 0, high = lineStarts.count
    while low + 1 < high {
      let mid = (low + high) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid }
    }
    return low + 1
  }

  /// Line of the token returned last.
  private(set) var tokenLine = 1

  private mutating func error(_ reason: String, at offset: Int) -> DocumentReadError {
    let line = line(at: offset)
    let prefix = bytes[lineStarts[line - 1]..<min(offset, bytes.count)]
    let column = String(decoding: prefix, as: UTF8.self).count + 1
    return .malformedMarkup(file: file, entry: entry, line: line, column: column, reason: reason)
  }

  /// The next token, or nil at the end.
  mutating func next() throws(DocumentReadError) -> Token? {
    while position < bytes.count {
      let start = position
      tokenLine = line(at: start)
      if let element = rawTextElement {
        rawTextElement = nil
        let close = Array("</\(element)".utf8)
        var end = position
        while end < bytes.count && !matchesIgnoringCase(close, at: end) { end += 1 }
        position = end
        if end > start { return .text(String(decoding: bytes[start..<end], as: UTF8.self)) }
        continue
      }
      if bytes[position] != UInt8(ascii: "<") {
        var end = position
        while end < bytes.count && bytes[end] != UInt8(ascii: "<") { end += 1 }
        position = end
        return .text(decodeEntities(bytes[start..<end]))
      }
      if matches("<!--", at: position) {
        guard let end = find("-->", from: position + 4) else { throw error("a comment '<!--' is never closed with '-->'", at: start) }
        position = end + 3
        continue
      }
      if matches("<![CDATA[", at: position) {
        guard let end = find("]]>", from: position + 9) else { throw error("a CDATA section is never closed with ']]>'", at: start) }
        position = end + 3
        return .text(String(decoding: bytes[start + 9..<end], as: UTF8.self))
      }
      if matches("<!", at: position) || matches("<?", at: position) {
        guard let end = find(">", from: position + 2) else { throw error("a declaration '<!' or '<?' is never closed with '>'", at: start) }
        position = end + 1
        continue
      }
      let next = position + 1 < bytes.count ? bytes[position + 1] : 0
      let isEnd = next == UInt8(ascii: "/")
      let nameStart = isEnd ? position + 2 : position + 1
      guard nameStart < bytes.count, isNameStart(bytes[nameStart]) else {
        if mode == .xml { throw error("'<' that starts no tag; write it as &lt;", at: start) }
        position += 1
        return .text("<")
      }
      return try tag(from: start, nameStart: nameStart, isEnd: isEnd)
    }
    if mode == .xml, let unclosed = open.last {
      throw error("<\(unclosed)> is never closed", at: bytes.count)
    }
    return nil
  }

  private mutating func tag(from start: Int, nameStart: Int, isEnd: Bool) throws(DocumentReadError) -> Token {
    var i = nameStart
    while i < bytes.count && isNameCharacter(bytes[i]) { i += 1 }
    var name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
    if mode == .html { name = name.lowercased() }
    var attributes: [String: String] = [:]
    var selfClosing = false
    while true {
      while i < bytes.count && isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count else { throw error("the tag <\(name) is never closed with '>'", at: start) }
      if bytes[i] == UInt8(ascii: ">") { i += 1; break }
      if bytes[i] == UInt8(ascii: "/") {
        selfClosing = true
        i += 1
        continue
      }
      let attributeStart = i
      while i < bytes.count && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: "=") && bytes[i] != UInt8(ascii: ">")
        && !(bytes[i] == UInt8(ascii: "/") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">"))
      {
        i += 1
      }
      var attribute = String(decoding: bytes[attributeStart..<i], as: UTF8.self)
      if mode == .html { attribute = attribute.lowercased() }
      while i < bytes.count && isSpace(bytes[i]) { i += 1 }
      var value = ""
      if i < bytes.count && bytes[i] == UInt8(ascii: "=") {
        i += 1
        while i < bytes.count && isSpace(bytes[i]) { i += 1 }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")) {
          let quote = bytes[i]
          let valueStart = i + 1
          i = valueStart
          while i < bytes.count && bytes[i] != quote { i += 1 }
          guard i < bytes.count else { throw error("an attribute value of <\(name)> is never closed", at: attributeStart) }
          value = decodeEntities(bytes[valueStart..<i])
          i += 1
        } else {
          if mode == .xml { throw error("the value of attribute '\(attribute)' is not quoted", at: i) }
          let valueStart = i
          while i < bytes.count && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: ">") { i += 1 }
          value = decodeEntities(bytes[valueStart..<i])
        }
      }
      if !attribute.isEmpty { attributes[attribute] = value }
    }
    position = i
    let raw = String(decoding: bytes[start..<i], as: UTF8.self)
    if isEnd {
      if mode == .xml {
        guard let last = open.popLast() else { throw error("</\(name)> closes no element", at: start) }
        guard last == name else { throw error("</\(name)> where </\(last)> was expected", at: start) }
      }
      return .end(name: name, raw: raw)
    }
    if mode == .xml && !selfClosing { open.append(name) }
    if mode == .html && !selfClosing && (name == "script" || name == "style" || name == "textarea" || name == "title") {
      rawTextElement = name
    }
    return .start(name: name, attributes: attributes, selfClosing: selfClosing, raw: raw)
  }

  // MARK: Bytes

  private func matches(_ literal: StaticString, at offset: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard offset + count <= bytes.count else { return false }
    return literal.withUTF8Buffer { buffer in
      for k in 0..<count where bytes[offset + k] != buffer[k] { return false }
      return true
    }
  }

  private func matchesIgnoringCase(_ literal: [UInt8], at offset: Int) -> Bool {
    guard offset + literal.count <= bytes.count else { return false }
    for k in 0..<literal.count where bytes[offset + k] | 0x20 != literal[k] | 0x20 { return false }
    return true
  }

  private func find(_ literal: StaticString, from offset: Int) -> Int? {
    var i = offset
    while i < bytes.count {
      if matches(literal, at: i) { return i }
      i += 1
    }
    return nil
  }

  private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
  private func isNameStart(_ b: UInt8) -> Bool {
    (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "_") || b >= 0x80
  }
  private func isNameCharacter(_ b: UInt8) -> Bool {
    isNameStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
      || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
  }

  /// Text with character and entity references replaced. An unknown or
  /// unterminated reference stays as written.
  private func decodeEntities(_ slice: ArraySlice<UInt8>) -> String {
    guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(slice.count)
    var i = slice.startIndex
    while i < slice.endIndex {
      let b = slice[i]
      guard b == UInt8(ascii: "&") else { out.append(b); i += 1; continue }
      var end = i + 1
      while end < slice.endIndex && end - i <= 32 && slice[end] != UInt8(ascii: ";") && slice[end] != UInt8(ascii: "&")
        && !isSpace(slice[end])
      {
        end += 1
      }
      if end < slice.endIndex && slice[end] == UInt8(ascii: ";"),
        let scalar = HTMLEntities.scalar(for: String(decoding: slice[(i + 1)..<end], as: UTF8.self))
      {
        out.append(contentsOf: String(scalar).utf8)
        i = end + 1
      } else {
        out.append(b)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
