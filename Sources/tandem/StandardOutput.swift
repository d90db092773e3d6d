import Foundation
import Segmentation

/// Buffered standard output: text is collected as UTF-8 and written in large
/// chunks, not one write per line.
struct StandardOutput {
  private var buffer: [UInt8] = []
  private let chunkSize = 1 << 20

  init() { buffer.reserveCapacity(chunkSize + 4096) }

  mutating func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    flushIfFull()
  }

  /// Appends UTF-16 `units` as UTF-8. With `joiningLines`, every run of white
  /// space that contains a line break becomes one space, so that a sentence
  /// wrapped over lines prints on one line.
  mutating func append(_ units: ArraySlice<UInt16>, joiningLines: Bool) {
    appendEncoded(units, joiningLines: joiningLines, json: false)
    flushIfFull()
  }

  /// Appends `units` as a JSON string literal.
  mutating func appendJSONString(_ units: ArraySlice<UInt16>, joiningLines: Bool) {
    buffer.append(0x22)
    appendEncoded(units, joiningLines: joiningLines, json: true)
    buffer.append(0x22)
    flushIfFull()
  }

  private mutating func appendEncoded(_ units: ArraySlice<UInt16>, joiningLines: Bool, json: Bool) {
    var i = units.startIndex
    let end = units.endIndex
    while i < end {
      let unit = units[i]
      if joiningLines && (unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x20) {
        // A run of spaces and line breaks: one space if it holds a line break.
        var j = i, hasBreak = false
        while j < end, units[j] == 0x20 || units[j] == 0x09 || units[j] == 0x0A || units[j] == 0x0D
          || units[j] == 0x2028 || units[j] == 0x2029
        {
          if units[j] != 0x20 && units[j] != 0x09 { hasBreak = true }
          j += 1
        }
        if hasBreak {
          buffer.append(0x20)
          i = j
          continue
        }
      }
      if unit < 0x80 {
        let byte = UInt8(unit)
        if json && (byte < 0x20 || byte == 0x22 || byte == 0x5C) {
          appendJSONEscape(byte)
        } else {
          buffer.append(byte)
        }
        i += 1
      } else if unit < 0x800 {
        buffer.append(0xC0 | UInt8(unit >> 6))
        buffer.append(0x80 | UInt8(unit & 0x3F))
        i += 1
      } else if unit >= 0xD800 && unit <= 0xDBFF && i + 1 < end && units[i + 1] >= 0xDC00
        && units[i + 1] <= 0xDFFF
      {
        let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
        buffer.append(0xF0 | UInt8(scalar >> 18))
        buffer.append(0x80 | UInt8((scalar >> 12) & 0x3F))
        buffer.append(0x80 | UInt8((scalar >> 6) & 0x3F))
        buffer.append(0x80 | UInt8(scalar & 0x3F))
        i += 2
      } else {
        let scalar = (unit >= 0xD800 && unit <= 0xDFFF) ? 0xFFFD : unit  // unpaired surrogate
        buffer.append(0xE0 | UInt8(scalar >> 12))
        buffer.append(0x80 | UInt8((scalar >> 6) & 0x3F))
        buffer.append(0x80 | UInt8(scalar & 0x3F))
        i += 1
      }
    }
  }

  private mutating func appendJSONEscape(_ byte: UInt8) {
    switch byte {
    case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
    case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
    case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
    case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
    default:
      let hex: [UInt8] = Array("0123456789abcdef".utf8)
      buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
    }
  }

  private mutating func flushIfFull() {
    if buffer.count >= chunkSize { flush() }
  }

  /// Writes what is buffered.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
