import FuzzDriver
import Documents

/// The formats the first byte of an input picks; the rest of the input is the file.
let formats: [DocumentFormat] = [.html, .markdown, .text, .docx, .odt]

/// Arbitrary bytes are read as a document (or refused with a `DocumentReadError`): every
/// markup code sits inside its block's text, and an open code has its close.
func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data, count > 0 else { return 0 }
  let format = formats[Int(data[0]) % formats.count]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: count - 1))
  guard let blocks = try? DocumentReader.blocks(bytes, name: "fuzz", format: format) else { return 0 }
  for block in blocks {
    let length = block.text.utf16.count
    var open: [Int: Int] = [:]
    for code in block.codes {
      precondition((0...length).contains(code.offset), "code at \(code.offset) outside a text of \(length)")
      switch code.role {
      case .open: open[code.pair, default: 0] += 1
      case .close: open[code.pair, default: 0] -= 1
      case .standalone: break
      }
    }
    precondition(open.values.allSatisfy { $0 == 0 }, "unbalanced markup codes in \(format) block \(block.line)")
  }
  return 0
}

runFuzzer(fuzz)
