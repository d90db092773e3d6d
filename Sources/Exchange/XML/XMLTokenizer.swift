/// A streaming, non-validating XML 1.0 reader that yields one event at a time.
///
/// It is written for untrusted input:
/// - a DTD is never loaded, from the network or the disk; the DOCTYPE is read only for
///   its internal entity declarations;
/// - an external entity is never resolved: a reference to it expands to nothing and is
///   counted in ``skippedExternalEntities``;
/// - internal entities expand within ``Limits`` (size per reference, nesting depth, and a
///   total that grows with the input), so a "billion laughs" file fails at once;
/// - memory is bounded by the chunk buffers and the largest single text or tag.
final class XMLTokenizer {
  enum Event: Equatable {
    /// A start tag; an empty-element tag `<x/>` is followed at once by its `.end` event.
    case start(name: String, attributes: [XMLAttribute])
    case end(name: String)
    /// Character data (entities resolved, CDATA sections merged); read it with ``takeText()``.
    case text
    case endOfDocument
  }

  struct Limits: Sendable {
    /// Bytes one entity reference may expand to.
    var bytesPerReference = 1 << 20
    /// How deeply entity references may nest.
    var nesting = 16
    /// All expansions together may produce this many bytes plus `amplification` times the input.
    var totalBytes = 8 << 20
    var amplification = 10
    /// Open elements at once.
    var elementDepth = 512
    /// Entities the DOCTYPE may declare (each value is at most `bytesPerReference` long).
    var entityDeclarations = 4096
    /// Bytes of one run of text or one attribute value (a TMX segment is never near this).
    var textBytes = 16 << 20
    /// Attributes of one element.
    var attributes = 256
  }

  private enum Entity {
    case `internal`([UInt8])
    case external
  }

  private let input: XMLInput
  private let limits: Limits
  var fileName: String { input.fileName }
  /// See ``XMLInput/declaredEncodingIgnored``.
  var declaredEncodingIgnored: String? { input.declaredEncodingIgnored }
  /// Line and column where the last event started.
  private(set) var line = 1
  private(set) var column = 1
  /// References to external entities that were dropped, not resolved.
  private(set) var skippedExternalEntities = 0
  private var entities: [String: Entity] = [:]
  private var expandedBytes = 0
  private var openElements: [String] = []
  private var pendingEnd: String?
  private var seenRoot = false
  /// Character data of the last `.text` event.
  private var text: [UInt8] = []
  private var scratch: [UInt8] = []

  init(source: any ByteSource, fileName: String, limits: Limits = Limits()) throws(ExchangeError) {
    input = try XMLInput(source: source, fileName: fileName)
    self.limits = limits
    text.reserveCapacity(4096)
  }

  var depth: Int { openElements.count }

  /// The text of the last `.text` event as a string.
  func takeText() throws(ExchangeError) -> String {
    guard let string = UTF8Validation.string(text) else {
      throw .invalidEncoding(file: fileName, line: line, column: column,
                             reason: "the text here is not valid UTF-8")
    }
    return string
  }

  /// Appends the UTF-8 bytes of the last `.text` event (validate them when done).
  func appendText(to out: inout [UInt8]) {
    out.append(contentsOf: text)
  }

  /// Whether the last `.text` event held only white space.
  var textIsWhitespace: Bool {
    text.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
  }

  func tooLong() -> ExchangeError {
    malformed("more than \(limits.textBytes >> 20) MiB of text in one run or one segment (with its inline codes); the file is probably broken")
  }

  /// The bound on one run of text, which readers also apply to what they collect per unit.
  var textLimit: Int { limits.textBytes }

  func malformed(_ reason: String) -> ExchangeError {
    .malformedXML(file: fileName, line: input.line, column: input.column, reason: reason)
  }

  // MARK: Events

  func next() throws(ExchangeError) -> Event {
    if let name = pendingEnd {
      pendingEnd = nil
      openElements.removeLast()
      return .end(name: name)
    }
    while true {
      line = input.line
      column = input.column
      guard let b = try input.peek() else {
        if let open = openElements.last { throw malformed("the file ends inside <\(open)>") }
        if !seenRoot { throw malformed("the file has no root element") }
        return .endOfDocument
      }
      if b == UInt8(ascii: "<") {
        input.advance()
        guard let c = try input.peek() else { throw malformed("the file ends after '<'") }
        switch c {
        case UInt8(ascii: "/"):
          input.advance()
          return try endTag()
        case UInt8(ascii: "?"):
          input.advance()
          try skipProcessingInstruction()
        case UInt8(ascii: "!"):
          input.advance()
          if let event = try markupDeclaration() { return event }
        default:
          return try startTag()
        }
      } else {
        text.removeAll(keepingCapacity: true)
        try readText()
        if openElements.isEmpty {
          guard textIsWhitespace else { throw malformed("text outside the root element") }
          continue
        }
        return .text
      }
    }
  }

  private func startTag() throws(ExchangeError) -> Event {
    if openElements.isEmpty && seenRoot { throw malformed("a second root element") }
    let name = try readName()
    var attributes: [XMLAttribute] = []
    while true {
      let hadSpace = try skipWhitespace()
      guard let b = try input.peek() else { throw malformed("the file ends inside the tag <\(name)>") }
      if b == UInt8(ascii: ">") {
        input.advance()
        break
      }
      if b == UInt8(ascii: "/") {
        input.advance()
        try expect(UInt8(ascii: ">"), "'>' after '/' in <\(name)/>")
        pendingEnd = name
        break
      }
      guard hadSpace else { throw malformed("expected white space before an attribute in <\(name)>") }
      let attribute = try readName()
      _ = try skipWhitespace()
      try expect(UInt8(ascii: "="), "'=' after the attribute '\(attribute)'")
      _ = try skipWhitespace()
      let value = try readAttributeValue()
      guard attributes.count < limits.attributes else { throw malformed("more than \(limits.attributes) attributes in <\(name)>") }
      if attributes.contains(where: { $0.name == attribute }) {
        throw malformed("the attribute '\(attribute)' appears twice in <\(name)>")
      }
      attributes.append(XMLAttribute(name: attribute, value: value))
    }
    guard openElements.count < limits.elementDepth else {
      throw malformed("elements nest deeper than \(limits.elementDepth)")
    }
    openElements.append(name)
    seenRoot = true
    return .start(name: name, attributes: attributes)
  }

  private func endTag() throws(ExchangeError) -> Event {
    let name = try readName()
    _ = try skipWhitespace()
    try expect(UInt8(ascii: ">"), "'>' to close </\(name)")
    guard let open = openElements.last, open == name else {
      let reason = openElements.last.map { "</\(name)> where </\($0)> was expected" } ?? "</\(name)> closes nothing"
      throw ExchangeError.malformedXML(file: fileName, line: line, column: column, reason: reason)
    }
    openElements.removeLast()
    return .end(name: name)
  }

  /// After "<!": a comment, a CDATA section (returned as text) or the DOCTYPE.
  private func markupDeclaration() throws(ExchangeError) -> Event? {
    guard let c = try input.peek() else { throw malformed("the file ends after '<!'") }
    if c == UInt8(ascii: "-") {
      try skipComment()
      return nil
    }
    if c == UInt8(ascii: "[") {
      try expectLiteral("[CDATA[")
      guard !openElements.isEmpty else { throw malformed("a CDATA section outside the root element") }
      text.removeAll(keepingCapacity: true)
      try readCDATA()
      return .text
    }
    try expectLiteral("DOCTYPE")
    guard !seenRoot else { throw malformed("a DOCTYPE after the root element") }
    try readDoctype()
    return nil
  }

  // MARK: Lexical pieces

  @inline(__always)
  private static func isNameByte(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"),
      UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
      true
    default: false
    }
  }

  private func readName() throws(ExchangeError) -> String {
    // Fast path: an ASCII name that ends inside the buffer (nearly every name).
    if input.position < input.end {
      let bytes = input.bytes
      let start = input.position
      var p = start
      let end = input.end
      var ascii = true
      while p < end, case let b = bytes[p], Self.isNameByte(b) {
        ascii = ascii && b < 0x80
        p += 1
      }
      if p < end && p > start && ascii {
        let first = bytes[start]
        guard !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), first != UInt8(ascii: "-"), first != UInt8(ascii: ".")
        else { throw malformed("expected a name") }
        input.position = p
        input.column += p - start
        return String(decoding: UnsafeBufferPointer(start: bytes + start, count: p - start), as: UTF8.self)
      }
    }
    scratch.removeAll(keepingCapacity: true)
    while try input.ensure() {
      let bytes = input.bytes
      let start = input.position
      var p = start
      let end = input.end
      while p < end && Self.isNameByte(bytes[p]) { p += 1 }
      scratch.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: p - start))
      input.consume(upTo: p)
      if p < end { break }
    }
    guard let first = scratch.first,
      !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), first != UInt8(ascii: "-"), first != UInt8(ascii: ".")
    else {
      throw malformed("expected a name")
    }
    guard let name = UTF8Validation.string(scratch) else {
      throw .invalidEncoding(file: fileName, line: input.line, column: input.column, reason: "a name here is not valid UTF-8")
    }
    return name
  }

  @discardableResult
  private func skipWhitespace() throws(ExchangeError) -> Bool {
    var skipped = false
    while try input.ensure() {
      let bytes = input.bytes
      var p = input.position
      let end = input.end
      while p < end, case let b = bytes[p], b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { p += 1 }
      if p > input.position { skipped = true }
      input.consume(upTo: p)
      if p < end { break }
    }
    return skipped
  }

  /// `what` is built only when the byte is missing (an interpolation per tag would cost).
  private func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(ExchangeError) {
    guard try input.peek() == byte else { throw malformed("expected \(what())") }
    input.advance()
  }

  private func expectLiteral(_ literal: StaticString) throws(ExchangeError) {
    let p = literal.utf8Start
    for i in 0..<literal.utf8CodeUnitCount {
      guard try input.peek() == p[i] else { throw malformed("expected '\(literal)'") }
      input.advance()
    }
  }

  /// Character data up to the next '<', with references resolved and line ends normalized.
  private func readText() throws(ExchangeError) {
    while try input.ensure() {
      // Fast path over the buffered bytes.
      let bytes = input.bytes
      var p = input.position
      let end = input.end
      var line = input.line
      var column = input.column
      var stop = false
      while p < end {
        let b = bytes[p]
        if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") || b == UInt8(ascii: "]") || (b < 0x20 && b != 0x0A && b != 0x09) {
          stop = true
          break
        }
        if b == 0x0A {
          line += 1
          column = 1
        } else if b & 0xC0 != 0x80 {
          column += 1
        }
        p += 1
      }
      text.append(contentsOf: UnsafeBufferPointer(start: bytes + input.position, count: p - input.position))
      input.position = p
      input.line = line
      input.column = column
      if text.count > limits.textBytes { throw tooLong() }
      guard stop else { continue }
      let b = bytes[p]
      switch b {
      case UInt8(ascii: "<"): return
      case UInt8(ascii: "&"):
        input.advance()
        try readReference(into: &text)
      case 0x0D:
        input.advance()
        text.append(0x0A)
        if try input.peek() == 0x0A { input.advance() }
      case UInt8(ascii: "]"):
        input.advance()
        text.append(b)
        if try input.peek() == UInt8(ascii: "]") {
          input.advance()
          text.append(b)
          while try input.peek() == UInt8(ascii: "]") {
            input.advance()
            text.append(b)
          }
          if try input.peek() == UInt8(ascii: ">") { throw malformed("']]>' is not allowed in text; write ']]&gt;'") }
        }
      default:
        throw malformed("the control character U+\(hex(b)) is not allowed in XML 1.0")
      }
    }
  }

  private func readCDATA() throws(ExchangeError) {
    var brackets = 0
    while let b = try input.peek() {
      input.advance()
      if text.count > limits.textBytes { throw tooLong() }
      if b == UInt8(ascii: ">") && brackets >= 2 {
        text.removeLast(2)
        return
      }
      brackets = b == UInt8(ascii: "]") ? brackets + 1 : 0
      if b == 0x0D {
        text.append(0x0A)
        if try input.peek() == 0x0A { input.advance() }
      } else if b < 0x20 && b != 0x09 && b != 0x0A {
        throw malformed("the control character U+\(hex(b)) is not allowed in XML 1.0")
      } else {
        text.append(b)
      }
    }
    throw malformed("the file ends inside a CDATA section")
  }

  private func readAttributeValue() throws(ExchangeError) -> String {
    guard let quote = try input.peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw malformed("expected a quoted attribute value")
    }
    input.advance()
    var value: [UInt8] = []
    while true {
      // Fast path: plain bytes up to the quote or anything that needs care.
      if input.position < input.end {
        let bytes = input.bytes
        let start = input.position
        var p = start
        let end = input.end
        while p < end, case let b = bytes[p], b != quote, b != UInt8(ascii: "&"), b != UInt8(ascii: "<"), b >= 0x20 { p += 1 }
        value.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: p - start))
        input.consume(upTo: p)
        if value.count > limits.textBytes { throw tooLong() }
      }
      guard let b = try input.peek() else { throw malformed("the file ends inside an attribute value") }
      input.advance()
      switch b {
      case quote:
        guard let string = UTF8Validation.string(value) else {
          throw .invalidEncoding(file: fileName, line: input.line, column: input.column, reason: "an attribute value here is not valid UTF-8")
        }
        return string
      case UInt8(ascii: "<"): throw malformed("'<' is not allowed in an attribute value; write '&lt;'")
      case UInt8(ascii: "&"): try readReference(into: &value)
      case 0x0D:
        value.append(0x20)
        if try input.peek() == 0x0A { input.advance() }
      case 0x09, 0x0A: value.append(0x20)
      case 0..<0x20: throw malformed("the control character U+\(hex(b)) is not allowed in XML 1.0")
      default: value.append(b)
      }
    }
  }

  /// After '&': a character reference or an entity reference, appended to `out`.
  private func readReference(into out: inout [UInt8]) throws(ExchangeError) {
    if try input.peek() == UInt8(ascii: "#") {
      input.advance()
      scratch.removeAll(keepingCapacity: true)
      while let b = try input.peek(), b != UInt8(ascii: ";") {
        guard scratch.count < 12 else { throw malformed("a character reference without ';'") }
        scratch.append(b)
        input.advance()
      }
      try expect(UInt8(ascii: ";"), "';' to end the character reference")
      try appendCharacterReference(scratch, to: &out)
      return
    }
    let name = try readName()
    try expect(UInt8(ascii: ";"), "';' after '&\(name)'")
    do {
      try expand(name, into: &out, depth: 0, budget: limits.bytesPerReference)
    } catch .entityExpansionLimit {
      throw expansionLimit(name)  // name the entity the document refers to, not the innermost one
    }
  }

  /// Appends the character named by the digits of `&#…;` (`x…` for hexadecimal).
  private func appendCharacterReference<C: Collection<UInt8>>(_ digits: C, to out: inout [UInt8]) throws(ExchangeError) {
    var value: UInt32 = 0
    var iterator = digits.makeIterator()
    var radix: UInt32 = 10
    var first = iterator.next()
    if first == UInt8(ascii: "x") {
      radix = 16
      first = iterator.next()
    }
    var digit = first
    var count = 0
    while let d = digit {
      let v: UInt32
      switch d {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(d - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: v = UInt32(d - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: v = UInt32(d - UInt8(ascii: "A") + 10)
      default: throw malformed("'\(String(decoding: digits, as: UTF8.self))' is not a character reference")
      }
      value = value * radix + v
      count += 1
      guard value <= 0x10FFFF else { throw malformed("a character reference beyond U+10FFFF") }
      digit = iterator.next()
    }
    guard count > 0 else { throw malformed("an empty character reference") }
    guard XMLCharacters.isAllowed(value), let scalar = Unicode.Scalar(value) else {
      throw malformed("the character reference &#\(String(decoding: digits, as: UTF8.self)); names a character XML 1.0 forbids")
    }
    out.append(contentsOf: UTF8.encode(scalar)!)
  }

  /// Appends the replacement text of the general entity `name`, within the limits.
  private func expand(_ name: String, into out: inout [UInt8], depth: Int, budget: Int) throws(ExchangeError) {
    switch name {
    case "amp": out.append(UInt8(ascii: "&")); return
    case "lt": out.append(UInt8(ascii: "<")); return
    case "gt": out.append(UInt8(ascii: ">")); return
    case "quot": out.append(UInt8(ascii: "\"")); return
    case "apos": out.append(UInt8(ascii: "'")); return
    default: break
    }
    guard let entity = entities[name] else {
      throw malformed("the entity '&\(name);' is not defined; replace it with the character it stands for, or write '&amp;\(name);'")
    }
    switch entity {
    case .external:
      skippedExternalEntities += 1
    case .internal(let replacement):
      guard depth < limits.nesting else { throw expansionLimit(name) }
      var remaining = budget
      var i = 0
      while i < replacement.count {
        let b = replacement[i]
        if b == UInt8(ascii: "&") {
          guard let semicolon = replacement[i...].firstIndex(of: UInt8(ascii: ";")) else {
            throw malformed("the entity '&\(name);' contains a '&' without ';'")
          }
          let reference = replacement[(i + 1)..<semicolon]
          if reference.first == UInt8(ascii: "#") {
            try appendCharacterReference(reference.dropFirst(), to: &out)
            remaining -= 1
          } else {
            let before = out.count
            try expand(String(decoding: reference, as: UTF8.self), into: &out, depth: depth + 1, budget: remaining)
            remaining -= out.count - before
          }
          i = semicolon + 1
        } else if b == UInt8(ascii: "<") {
          throw malformed("the entity '&\(name);' contains markup; Tandem expands only text entities")
        } else {
          out.append(b)
          remaining -= 1
          i += 1
        }
        expandedBytes += 1
        if remaining < 0 || expandedBytes > limits.totalBytes + limits.amplification * input.offset {
          throw expansionLimit(name)
        }
      }
    }
  }

  private func expansionLimit(_ name: String) -> ExchangeError {
    .entityExpansionLimit(file: fileName, line: input.line, column: input.column, entity: name, limit: limits.bytesPerReference)
  }

  private func skipComment() throws(ExchangeError) {
    try expectLiteral("--")
    var dashes = 0
    while let b = try input.peek() {
      input.advance()
      if b == UInt8(ascii: ">") && dashes >= 2 { return }
      dashes = b == UInt8(ascii: "-") ? dashes + 1 : 0
    }
    throw malformed("the file ends inside a comment")
  }

  private func skipProcessingInstruction() throws(ExchangeError) {
    var question = false
    while let b = try input.peek() {
      input.advance()
      if b == UInt8(ascii: ">") && question { return }
      question = b == UInt8(ascii: "?")
    }
    throw malformed("the file ends inside a processing instruction '<?…?>'")
  }

  // MARK: DOCTYPE

  /// Reads `<!DOCTYPE name ExternalID? [internal subset]? >` and records internal entities.
  /// The external DTD named by a SYSTEM or PUBLIC identifier is never loaded.
  private func readDoctype() throws(ExchangeError) {
    guard try skipWhitespace() else { throw malformed("expected white space after '<!DOCTYPE'") }
    _ = try readName()
    _ = try skipWhitespace()
    if let b = try input.peek(), b == UInt8(ascii: "S") || b == UInt8(ascii: "P") {
      _ = try readExternalID()
      _ = try skipWhitespace()
    }
    if try input.peek() == UInt8(ascii: "[") {
      input.advance()
      try readInternalSubset()
      _ = try skipWhitespace()
    }
    try expect(UInt8(ascii: ">"), "'>' to close the DOCTYPE")
  }

  /// `SYSTEM "uri"` or `PUBLIC "id" "uri"`; the literals are read and dropped.
  private func readExternalID() throws(ExchangeError) {
    let keyword = try readName()
    switch keyword {
    case "SYSTEM":
      _ = try skipWhitespace()
      _ = try readQuoted()
    case "PUBLIC":
      _ = try skipWhitespace()
      _ = try readQuoted()
      _ = try skipWhitespace()
      if let b = try input.peek(), b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { _ = try readQuoted() }
    default: throw malformed("expected SYSTEM or PUBLIC, found '\(keyword)'")
    }
  }

  private func readQuoted() throws(ExchangeError) -> [UInt8] {
    guard let quote = try input.peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw malformed("expected a quoted literal")
    }
    input.advance()
    var value: [UInt8] = []
    while let b = try input.peek() {
      input.advance()
      if b == quote { return value }
      guard value.count < limits.bytesPerReference else { throw malformed("a literal in the DOCTYPE longer than \(limits.bytesPerReference) bytes") }
      value.append(b)
    }
    throw malformed("the file ends inside a quoted literal")
  }

  private func readInternalSubset() throws(ExchangeError) {
    while true {
      _ = try skipWhitespace()
      guard let b = try input.peek() else { throw malformed("the file ends inside the DOCTYPE") }
      input.advance()
      switch b {
      case UInt8(ascii: "]"): return
      case UInt8(ascii: "%"):  // a parameter-entity reference: never expanded
        _ = try readName()
        try expect(UInt8(ascii: ";"), "';' after a parameter-entity reference")
      case UInt8(ascii: "<"):
        guard let c = try input.peek() else { throw malformed("the file ends inside the DOCTYPE") }
        if c == UInt8(ascii: "?") {
          input.advance()
          try skipProcessingInstruction()
          continue
        }
        try expect(UInt8(ascii: "!"), "a declaration '<!…>' in the DOCTYPE")
        if try input.peek() == UInt8(ascii: "-") {
          try skipComment()
          continue
        }
        let keyword = try readName()
        if keyword == "ENTITY" {
          try readEntityDeclaration()
        } else {
          try skipDeclaration()
        }
      default:
        throw malformed("unexpected '\(Character(Unicode.Scalar(b)))' in the DOCTYPE")
      }
    }
  }

  /// `<!ENTITY name "value">`, `<!ENTITY name SYSTEM "uri">` or a parameter entity (ignored).
  private func readEntityDeclaration() throws(ExchangeError) {
    guard try skipWhitespace() else { throw malformed("expected white space after '<!ENTITY'") }
    var parameter = false
    if try input.peek() == UInt8(ascii: "%") {
      input.advance()
      parameter = true
      _ = try skipWhitespace()
    }
    let name = try readName()
    _ = try skipWhitespace()
    let entity: Entity
    if let b = try input.peek(), b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
      let literal = try readQuoted()
      entity = .internal(try resolveCharacterReferences(literal))
    } else {
      try readExternalID()
      entity = .external
    }
    try skipDeclaration()  // an optional NDATA, then '>'
    guard entities.count < limits.entityDeclarations else {
      throw malformed("more than \(limits.entityDeclarations) entity declarations in the DOCTYPE")
    }
    if !parameter && entities[name] == nil { entities[name] = entity }
  }

  /// Character references in an entity value are replaced when it is declared (XML 1.0 §4.5).
  private func resolveCharacterReferences(_ literal: [UInt8]) throws(ExchangeError) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i < literal.count {
      if literal[i] == UInt8(ascii: "&"), i + 1 < literal.count, literal[i + 1] == UInt8(ascii: "#"),
        let semicolon = literal[i...].firstIndex(of: UInt8(ascii: ";"))
      {
        try appendCharacterReference(literal[(i + 2)..<semicolon], to: &out)
        i = semicolon + 1
      } else {
        out.append(literal[i])
        i += 1
      }
    }
    return out
  }

  /// Skips to the '>' that ends a markup declaration, stepping over quoted literals.
  private func skipDeclaration() throws(ExchangeError) {
    var quote: UInt8? = nil
    while let b = try input.peek() {
      input.advance()
      if let q = quote {
        if b == q { quote = nil }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: ">") {
        return
      }
    }
    throw malformed("the file ends inside a declaration in the DOCTYPE")
  }
}

/// A name and its value, in document order.
struct XMLAttribute: Equatable, Sendable {
  var name: String
  var value: String
}

@inline(never)
private func hex(_ b: UInt8) -> String {
  let s = String(b, radix: 16, uppercase: true)
  return s.count == 1 ? "000" + s : "00" + s
}

/// The tokenizer is a cursor over one input; one reader uses it at a time.
@available(*, unavailable)
extension XMLTokenizer: Sendable {}
