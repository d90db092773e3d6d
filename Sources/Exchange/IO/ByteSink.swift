import Glibc


/// Somewhere bytes go: a file, a pipe, or memory. Writers buffer and hand it large chunks.
public protocol ByteSink {
  mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError)
}

/// Collects bytes in memory (tests, small outputs). Keep a reference to read them after `finish()`.
public final class MemoryByteSink: ByteSink {
  public private(set) var bytes: [UInt8] = []
  public init() {}
  public func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError) {
    self.bytes.append(contentsOf: bytes)
  }
  /// The bytes as UTF-8 text.
  public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes to a file descriptor it does not own (the caller opens and closes it).
public struct FileDescriptorSink: ByteSink, Sendable {
  public let descriptor: Int32
  /// The file's name, for messages.
  public let path: String

  public init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError) {
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
      }
      offset += n
    }
  }
}

/// Mutable storage shared with the writer that fills it; one writer uses it at a time.
@available(*, unavailable)
extension MemoryByteSink: Sendable {}
