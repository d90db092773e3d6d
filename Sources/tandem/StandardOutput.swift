import Exchange
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
    buffer.withUnsafeBytes { StandardOutput.write($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `bytes` to standard output now.
  ///
  /// A reader that went away (`tandem … | head`) ends the process as SIGPIPE would
  /// (status 141, nothing printed), which is what pipelines expect. Any other failure
  /// (a full disk, `/dev/full`) is an `Error:` line on standard error and exit status 1;
  /// temporary files of outputs under way are removed first.
  static func write(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(1, base + offset, bytes.count - offset)
      if written >= 0 {
        offset += written
        continue
      }
      let code = errno
      if code == EINTR { continue }
      InterruptCleanup.removeAll()
      if code == EPIPE {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
      }
      StandardError.print("Error: standard output: write failed: \(String(cString: strerror(code))). Check free space, or where the output goes.")
      exit(1)
    }
  }

  static func write(_ text: String) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
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
