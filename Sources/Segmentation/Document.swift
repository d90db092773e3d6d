/// A decoded text document: its text as UTF-16, with one line ending (LF).
///
/// Reading is a pure function of the bytes: UTF-8 with or without a byte
/// order mark, or UTF-16 LE/BE with one. CRLF and lone CR become LF, so
/// offsets of sentences refer to ``utf16`` (equivalently ``text``), the decoded
/// text without its byte order mark and with LF line endings.
///
/// ```swift
/// let document = try Document(decoding: bytes, name: "article.txt")
/// let sentences = try SentenceSegmenter(language: "de").sentences(in: document)
/// ```
public struct Document: Sendable, Equatable {
  /// How the bytes were encoded.
  public enum Encoding: String, Sendable {
    case utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian
  }

  /// The line endings found in the bytes (before they became LF).
  public enum LineEndings: String, Sendable {
    case none, lf, crlf, cr, mixed
  }

  /// The name used in error messages, usually the path.
  public let name: String
  /// The decoded text as UTF-16 code units, LF line endings, no byte order mark.
  public let utf16: [UInt16]
  public let encoding: Encoding
  public let lineEndings: LineEndings

  /// The decoded text.
  public var text: String { String(decoding: utf16, as: UTF16.self) }

  /// Decodes `bytes`.
  /// - Throws: ``DocumentError`` with `name` and the byte offset of the first
  ///   byte that is not UTF-8 (or of broken UTF-16).
  /// - Complexity: O(*n*) in the number of bytes.
  public init(decoding bytes: [UInt8], name: String) throws(DocumentError) {
    self.name = name
    var decoder = LineEndingNormalizer()
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      encoding = .utf16LittleEndian
      utf16 = try Self.decodeUTF16(bytes, bigEndian: false, name: name, into: &decoder)
    } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      encoding = .utf16BigEndian
      utf16 = try Self.decodeUTF16(bytes, bigEndian: true, name: name, into: &decoder)
    } else if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      encoding = .utf8WithBOM
      utf16 = try Self.decodeUTF8(bytes, from: 3, name: name, into: &decoder)
    } else {
      encoding = .utf8
      utf16 = try Self.decodeUTF8(bytes, from: 0, name: name, into: &decoder)
    }
    lineEndings = decoder.lineEndings
  }

  /// A document from text already in memory; line endings become LF.
  public init(text: String, name: String = "<text>") {
    self.name = name
    var decoder = LineEndingNormalizer()
    decoder.output.reserveCapacity(text.utf16.count)
    for unit in text.utf16 { decoder.append(unit) }
    utf16 = decoder.output
    encoding = .utf8
    lineEndings = decoder.lineEndings
  }

  /// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
  private static func decodeUTF8(
    _ bytes: [UInt8], from start: Int, name: String, into decoder: inout LineEndingNormalizer
  ) throws(DocumentError) -> [UInt16] {
    var error: Int? = nil
    var sawLF = false, sawCRLF = false, sawCR = false
    let units = bytes.withUnsafeBufferPointer { b in
      [UInt16](unsafeUninitializedCapacity: b.count - start) { out, initialized in
        let count = b.count
        var i = start, o = 0
        decoding: while i < count {
          // Eight ASCII bytes without CR at a time.
          if i + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
            if word & 0x8080_8080_8080_8080 == 0 && !(word ^ 0x0D0D_0D0D_0D0D_0D0D).hasZeroByte {
              let target = out.baseAddress! + o
              target[0] = UInt16(truncatingIfNeeded: word)
              target[1] = UInt16(truncatingIfNeeded: word >> 8) & 0xFF
              target[2] = UInt16(truncatingIfNeeded: word >> 16) & 0xFF
              target[3] = UInt16(truncatingIfNeeded: word >> 24) & 0xFF
              target[4] = UInt16(truncatingIfNeeded: word >> 32) & 0xFF
              target[5] = UInt16(truncatingIfNeeded: word >> 40) & 0xFF
              target[6] = UInt16(truncatingIfNeeded: word >> 48) & 0xFF
              target[7] = UInt16(truncatingIfNeeded: word >> 56)
              target[0] &= 0xFF
              if !sawLF && (word ^ 0x0A0A_0A0A_0A0A_0A0A).hasZeroByte { sawLF = true }
              o += 8
              i += 8
              continue
            }
          }
          let b0 = b[i]
          if b0 < 0x80 {
            if b0 == 0x0D {  // CR and CRLF become LF
              out[o] = CodeUnit.newline
              o += 1
              i += 1
              if i < count && b[i] == 0x0A {
                i += 1
                sawCRLF = true
              } else {
                sawCR = true
              }
              continue
            }
            if b0 == 0x0A { sawLF = true }
            out[o] = UInt16(b0)
            o += 1
            i += 1
            continue
          }
          var scalar: UInt32
          let length: Int, minimum: UInt32
          switch b0 {
          case 0xC2...0xDF: scalar = UInt32(b0 & 0x1F); length = 2; minimum = 0x80
          case 0xE0...0xEF: scalar = UInt32(b0 & 0x0F); length = 3; minimum = 0x800
          case 0xF0...0xF4: scalar = UInt32(b0 & 0x07); length = 4; minimum = 0x10000
          default: error = i; break decoding
          }
          guard i + length <= count else { error = i; break decoding }
          for k in 1..<length {
            let next = b[i + k]
            guard next & 0xC0 == 0x80 else { error = i; break decoding }
            scalar = scalar << 6 | UInt32(next & 0x3F)
          }
          guard scalar >= minimum, scalar <= 0x10FFFF, scalar < 0xD800 || scalar > 0xDFFF else {
            error = i; break decoding
          }
          if scalar < 0x10000 {
            out[o] = UInt16(scalar)
            o += 1
          } else {
            let v = scalar - 0x10000
            out[o] = UInt16(0xD800 + (v >> 10))
            out[o + 1] = UInt16(0xDC00 + (v & 0x3FF))
            o += 2
          }
          i += length
        }
        initialized = o
      }
    }
    if let error { throw .invalidUTF8(file: name, offset: error) }
    decoder.note(lf: sawLF, crlf: sawCRLF, cr: sawCR)
    return units
  }

  /// UTF-16 after a byte order mark; surrogates must pair.
  private static func decodeUTF16(
    _ bytes: [UInt8], bigEndian: Bool, name: String, into decoder: inout LineEndingNormalizer
  ) throws(DocumentError) -> [UInt16] {
    guard bytes.count % 2 == 0 else { throw .invalidUTF16(file: name, offset: bytes.count - 1) }
    decoder.output.reserveCapacity(bytes.count / 2)
    var pendingHigh: Int? = nil
    var i = 2
    while i < bytes.count {
      let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
      if (0xD800...0xDBFF).contains(unit) {
        if let pendingHigh { throw .invalidUTF16(file: name, offset: pendingHigh) }
        pendingHigh = i
      } else if (0xDC00...0xDFFF).contains(unit) {
        guard pendingHigh != nil else { throw .invalidUTF16(file: name, offset: i) }
        pendingHigh = nil
      } else if let pendingHigh {
        throw .invalidUTF16(file: name, offset: pendingHigh)
      }
      decoder.append(unit)
      i += 2
    }
    if let pendingHigh { throw .invalidUTF16(file: name, offset: pendingHigh) }
    return decoder.output
  }
}

/// Collects code units, turning CRLF and lone CR into LF and noting which endings it saw.
struct LineEndingNormalizer {
  var output: [UInt16] = []
  private var afterCR = false
  private var sawLF = false, sawCRLF = false, sawCR = false

  @inline(__always) mutating func append(_ unit: UInt16) {
    if afterCR {
      afterCR = false
      if unit == CodeUnit.newline {  // CRLF: the CR already became the LF
        sawCRLF = true
        return
      }
      sawCR = true
    }
    if unit == CodeUnit.carriageReturn {
      afterCR = true
      output.append(CodeUnit.newline)
      return
    }
    if unit == CodeUnit.newline { sawLF = true }
    output.append(unit)
  }

  /// Records line endings seen by a decoder that normalised them itself.
  mutating func note(lf: Bool, crlf: Bool, cr: Bool) {
    sawLF = sawLF || lf
    sawCRLF = sawCRLF || crlf
    sawCR = sawCR || cr
  }

  var lineEndings: Document.LineEndings {
    let lone = sawCR || afterCR  // a CR at the very end is a lone CR
    switch (sawLF, sawCRLF, lone) {
    case (false, false, false): return .none
    case (true, false, false): return .lf
    case (false, true, false): return .crlf
    case (false, false, true): return .cr
    default: return .mixed
    }
  }
}

extension UInt64 {
  /// Whether one of the eight bytes is zero.
  fileprivate var hasZeroByte: Bool {
    (self &- 0x0101_0101_0101_0101) & ~self & 0x8080_8080_8080_8080 != 0
  }
}
