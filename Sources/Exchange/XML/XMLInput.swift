import Foundation

/// The encodings an XML file can arrive in.
enum XMLEncoding: Sendable, Equatable {
  case utf8, utf16LittleEndian, utf16BigEndian, latin1, windows1252

  /// Windows-1252 is Latin-1 except for 0x80–0x9F, where Latin-1 has C1 controls and
  /// Windows-1252 has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ (five bytes it
  /// leaves undefined stay the C1 controls, as browsers read them).
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// The Unicode scalar of `byte` in a single-byte encoding.
  @inline(__always)
  func scalar(_ byte: UInt8) -> UInt32 {
    if self == .windows1252, byte >= 0x80, byte < 0xA0 { return Self.windows1252High[Int(byte) - 0x80] }
    return UInt32(byte)
  }
}

/// Bytes of an XML document as UTF-8, a chunk at a time, with the line and column of the next byte.
///
/// Detects a byte order mark (UTF-8, UTF-16 LE/BE) or UTF-16 without one, and the
/// encoding named in the XML declaration (ISO-8859-1, Windows-1252),
/// and transcodes to UTF-8 as it reads, so memory stays at two chunk buffers.
final class XMLInput {
  static let chunkSize = 256 * 1024

  private var source: any ByteSource
  let fileName: String
  /// UTF-8 bytes ready to parse: `bytes[position..<end]`.
  let bytes: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  /// Raw bytes before transcoding (used for UTF-16 and the single-byte encodings only).
  private let raw: UnsafeMutableRawBufferPointer

  /// The read position, kept behind a pointer: stored properties of a class get a dynamic
  /// exclusivity check on every write, and these change for nearly every byte.
  private struct Cursor {
    var position = 0
    var end = 0
    var line = 1
    var column = 1
  }
  private let cursor: UnsafeMutablePointer<Cursor>

  var position: Int {
    @inline(__always) get { cursor.pointee.position }
    @inline(__always) set { cursor.pointee.position = newValue }
  }
  var end: Int {
    @inline(__always) get { cursor.pointee.end }
    @inline(__always) set { cursor.pointee.end = newValue }
  }
  /// 1-based line and column (in characters) of `bytes[position]`.
  var line: Int {
    @inline(__always) get { cursor.pointee.line }
    @inline(__always) set { cursor.pointee.line = newValue }
  }
  var column: Int {
    @inline(__always) get { cursor.pointee.column }
    @inline(__always) set { cursor.pointee.column = newValue }
  }
  private var rawCount = 0
  private(set) var encoding = XMLEncoding.utf8
  /// A UTF-16 encoding the declaration names although the bytes are ASCII-compatible
  /// (no byte order mark, the declaration readable as ASCII): the file was read as UTF-8.
  private(set) var declaredEncodingIgnored: String?
  private var sourceFinished = false
  /// Bytes handed out so far (for the entity amplification bound).
  private(set) var consumedBefore = 0

  init(source: any ByteSource, fileName: String) throws(ExchangeError) {
    self.source = source
    self.fileName = fileName
    capacity = Self.chunkSize * 3 + 16
    bytes = .allocate(capacity: capacity)
    raw = .allocate(byteCount: Self.chunkSize, alignment: 1)
    cursor = .allocate(capacity: 1)
    cursor.initialize(to: Cursor())
    try detectEncoding()
  }

  deinit {
    bytes.deallocate()
    raw.deallocate()
    cursor.deallocate()
  }

  /// Bytes consumed since the start of the document.
  var offset: Int { consumedBefore + position }

  /// Makes at least one byte available; false at the end of the input.
  @inline(__always)
  func ensure() throws(ExchangeError) -> Bool {
    if position < end { return true }
    return try refill()
  }

  /// The next byte without consuming it, or nil at the end.
  @inline(__always)
  func peek() throws(ExchangeError) -> UInt8? {
    if position < end { return bytes[position] }
    return try refill() ? bytes[position] : nil
  }

  /// Consumes the byte at `position` (which must exist), keeping line and column.
  @inline(__always)
  func advance() {
    let b = bytes[position]
    position += 1
    if b == 0x0A {
      line += 1
      column = 1
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Consumes `bytes[position..<p]`, keeping line and column.
  @inline(__always)
  func consume(upTo p: Int) {
    var line = self.line
    var column = self.column
    var i = position
    while i < p {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    self.line = line
    self.column = column
    position = p
  }

  private func readRaw(into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int {
    if sourceFinished { return 0 }
    let n = try source.read(into: buffer)
    if n == 0 { sourceFinished = true }
    return n
  }

  /// Replaces the consumed buffer with the next chunk of UTF-8.
  private func refill() throws(ExchangeError) -> Bool {
    consumedBefore += end
    position = 0
    end = 0
    while end == 0 {
      switch encoding {
      case .utf8:
        let n = try readRaw(into: UnsafeMutableRawBufferPointer(start: bytes, count: Self.chunkSize))
        if n == 0 { return false }
        end = n
      case .latin1, .windows1252:
        let n = try readRaw(into: raw)
        if n == 0 { return false }
        for i in 0..<n { appendScalar(encoding.scalar(raw[i])) }
      case .utf16LittleEndian, .utf16BigEndian:
        let n = try readRaw(into: UnsafeMutableRawBufferPointer(rebasing: raw[rawCount...]))
        rawCount += n
        if n == 0 {
          if rawCount != 0 {
            throw .invalidEncoding(file: fileName, line: line, column: column, reason: "the UTF-16 input ends in the middle of a character")
          }
          return false
        }
        try transcodeUTF16()
      }
    }
    return true
  }

  @inline(__always)
  private func appendScalar(_ v: UInt32) {
    if v < 0x80 {
      bytes[end] = UInt8(v); end += 1
    } else if v < 0x800 {
      bytes[end] = UInt8(0xC0 | (v >> 6)); bytes[end + 1] = UInt8(0x80 | (v & 0x3F)); end += 2
    } else if v < 0x10000 {
      bytes[end] = UInt8(0xE0 | (v >> 12)); bytes[end + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
      bytes[end + 2] = UInt8(0x80 | (v & 0x3F)); end += 3
    } else {
      bytes[end] = UInt8(0xF0 | (v >> 18)); bytes[end + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
      bytes[end + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); bytes[end + 3] = UInt8(0x80 | (v & 0x3F)); end += 4
    }
  }

  /// Transcodes whole UTF-16 code units (and surrogate pairs) from `raw`, keeping an incomplete tail.
  private func transcodeUTF16() throws(ExchangeError) {
    let little = encoding == .utf16LittleEndian
    var i = 0
    func unit(_ at: Int) -> UInt32 {
      little ? UInt32(raw[at]) | UInt32(raw[at + 1]) << 8 : UInt32(raw[at]) << 8 | UInt32(raw[at + 1])
    }
    while i + 1 < rawCount {
      let u = unit(i)
      if u >= 0xD800 && u < 0xDC00 {
        guard i + 3 < rawCount else { break }
        let low = unit(i + 2)
        guard low >= 0xDC00 && low < 0xE000 else {
          throw .invalidEncoding(file: fileName, line: line, column: column, reason: "invalid UTF-16 surrogate pair")
        }
        appendScalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
        i += 4
      } else if u >= 0xDC00 && u < 0xE000 {
        throw .invalidEncoding(file: fileName, line: line, column: column, reason: "lone UTF-16 low surrogate")
      } else {
        appendScalar(u)
        i += 2
      }
    }
    let rest = rawCount - i
    if rest > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + i, byteCount: rest) }
    rawCount = rest
  }

  /// Reads the first chunk, skips a byte order mark, and picks the encoding.
  private func detectEncoding() throws(ExchangeError) {
    // Read the first raw chunk into `raw`, completely enough to see the XML declaration.
    while rawCount < 512 {
      let n = try readRaw(into: UnsafeMutableRawBufferPointer(rebasing: raw[rawCount...]))
      if n == 0 { break }
      rawCount += n
    }
    var skip = 0
    if rawCount >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
      skip = 3
    } else if rawCount >= 2 && raw[0] == 0xFF && raw[1] == 0xFE {
      encoding = .utf16LittleEndian; skip = 2
    } else if rawCount >= 2 && raw[0] == 0xFE && raw[1] == 0xFF {
      encoding = .utf16BigEndian; skip = 2
    } else if rawCount >= 4 && raw[0] == 0x3C && raw[1] == 0 && raw[2] == 0x3F && raw[3] == 0 {
      encoding = .utf16LittleEndian
    } else if rawCount >= 4 && raw[0] == 0 && raw[1] == 0x3C && raw[2] == 0 && raw[3] == 0x3F {
      encoding = .utf16BigEndian
    } else if let declared = declaredEncoding() {
      switch declared {
      // A declaration we can read as ASCII without a byte order mark is not UTF-16, whatever it says.
      case "utf-8", "utf8", "us-ascii", "ascii": break
      case "utf-16", "utf16", "ucs-2", "utf-16le", "utf-16be": declaredEncodingIgnored = declared
      case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "iso_8859-1", "l1": encoding = .latin1
      case "windows-1252", "cp1252", "x-cp1252": encoding = .windows1252
      default: throw .unsupportedEncoding(file: fileName, encoding: declared)
      }
    }
    rawCount -= skip
    if rawCount > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + skip, byteCount: rawCount) }
    // Hand the first chunk to the buffer.
    switch encoding {
    case .utf8:
      UnsafeMutableRawPointer(bytes).copyMemory(from: raw.baseAddress!, byteCount: rawCount)
      end = rawCount
      rawCount = 0
    case .latin1, .windows1252:
      for i in 0..<rawCount { appendScalar(encoding.scalar(raw[i])) }
      rawCount = 0
    case .utf16LittleEndian, .utf16BigEndian:
      try transcodeUTF16()
    }
  }

  /// The lowercased `encoding` of an ASCII XML declaration at the start of `raw`.
  private func declaredEncoding() -> String? {
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<rawCount]), as: UTF8.self)
    guard text.hasPrefix("<?xml"), let close = text.range(of: "?>") else { return nil }
    let declaration = text[..<close.lowerBound]
    guard let key = declaration.range(of: "encoding") else { return nil }
    var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    rest = rest.dropFirst()
    return String(rest.prefix { $0 != quote }).lowercased()
  }
}
