/// A byte source read one byte at a time through a 64 KiB buffer, counting lines.
final class ChunkedBytes {
  private var source: any ByteSource
  private var buffer: [UInt8]
  private var position = 0
  private var end = 0
  /// 1-based line of the next byte.
  private(set) var line = 1

  init(_ source: any ByteSource) {
    self.source = source
    buffer = [UInt8](repeating: 0, count: 64 * 1024)
  }

  /// The next byte, or nil at the end.
  @inline(__always)
  func next() throws(ExchangeError) -> UInt8? {
    if position == end {
      var failure: ExchangeError?
      let n = buffer.withUnsafeMutableBytes { raw in
        do throws(ExchangeError) { return try source.read(into: raw) } catch { failure = error; return 0 }
      }
      if let failure { throw failure }
      guard n > 0 else { return nil }
      position = 0
      end = n
    }
    let b = buffer[position]
    position += 1
    if b == 0x0A { line += 1 }
    return b
  }

  /// The next line without its "\n" or "\r\n"; nil at the end.
  func nextLine(into line: inout [UInt8]) throws(ExchangeError) -> Bool {
    line.removeAll(keepingCapacity: true)
    var any = false
    while let b = try next() {
      any = true
      if b == 0x0A {
        if line.last == 0x0D { line.removeLast() }
        return true
      }
      line.append(b)
    }
    return any
  }
}

/// A cursor over one source; one reader uses it at a time.
@available(*, unavailable)
extension ChunkedBytes: Sendable {}
