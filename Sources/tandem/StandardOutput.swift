import Foundation

/// Buffered standard output: text is collected as UTF-8 and written in large
/// chunks, not one write per line.
struct StandardOutput {
  /// What is not written yet.
  private(set) var buffer: [UInt8] = []
  private let chunkSize = 1 << 20

  init() { buffer.reserveCapacity(chunkSize + 4096) }

  mutating func append<S: StringProtocol>(_ text: S) {
    if text.utf8.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil {
      buffer.append(contentsOf: text.utf8)
    }
    if buffer.count >= chunkSize { flush() }
  }

  /// Appends `text` as a JSON string literal.
  mutating func appendJSONString<S: StringProtocol>(_ text: S) {
    buffer.append(0x22)
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x22 || byte == 0x5C {
        appendJSONEscape(byte)
      } else {
        buffer.append(byte)
      }
    }
    buffer.append(0x22)
    if buffer.count >= chunkSize { flush() }
  }

  private mutating func appendJSONEscape(_ byte: UInt8) {
    switch byte {
    case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
    case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
    case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
    case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
    default:
      let hex = Array("0123456789abcdef".utf8)
      buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
    }
  }

  /// Writes what is buffered.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}

extension Substring {
  /// The text on one line: each run of white space that holds a line break
  /// (LF or CR) becomes one space, as for a sentence wrapped over lines.
  var joiningLines: Substring {
    var text = self
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress,
        memchr(base, 0x0A, bytes.count) != nil || memchr(base, 0x0D, bytes.count) != nil
      else { return self }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else {
          result.append(byte)
          i += 1
          continue
        }
        var end = i, hasBreak = false
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0A || bytes[end] == 0x0D {
          hasBreak = hasBreak || bytes[end] == 0x0A || bytes[end] == 0x0D
          end += 1
        }
        if hasBreak { result.append(0x20) } else { result.append(contentsOf: bytes[i..<end]) }
        i = end
      }
      return String(decoding: result, as: UTF8.self)[...]
    }
  }
}
