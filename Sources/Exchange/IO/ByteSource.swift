import Glibc


/// Somewhere bytes come from, a chunk at a time: a file, a pipe, or memory.
///
/// Readers pull from a source in chunks, so they never hold a whole file.
public protocol ByteSource {
  /// Fills the start of `buffer` and returns how many bytes were written; 0 at the end.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int
}

/// Bytes held in memory (tests, small inputs).
public struct MemoryByteSource: ByteSource, Sendable {
  private let bytes: [UInt8]
  private var position = 0

  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  public init(_ string: String) { self.bytes = Array(string.utf8) }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int {
    let count = min(buffer.count, bytes.count - position)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { all in
      buffer.baseAddress!.copyMemory(from: all.baseAddress! + position, byteCount: count)
    }
    position += count
    return count
  }
}

/// A file (or standard input) read through its descriptor.
///
/// A file that starts as gzip does (a `.tmx.gz`, a `.tsv.gz`, or any name, standard input
/// too) is decompressed as it is read, in bounded memory.
///
/// Owns the descriptor it opened and closes it when released; standard input is left open.
public final class FileByteSource: ByteSource {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// The path as given, for messages.
  public let path: String
  /// Bytes read from the file but not handed on yet (`pending[pendingStart..<pendingEnd]`):
  /// the probe for gzip's magic bytes, and the compressed input of `gzip`.
  private let pending = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
  private var pendingStart = 0
  private var pendingEnd = 0
  private var probed = false
  private var fileEnded = false
  private var gzip: GzipStream?
  private var gzipEnded = false

  /// Opens `path` for reading; "-" means standard input.
  public init(path: String) throws(ExchangeError) {
    self.path = path
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw .cannotOpen(path: path, reason: "it is a directory")
    }
    descriptor = fd
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
    pending.deallocate()
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int {
    if !probed { try probe() }
    if let gzip { return try inflate(gzip, into: buffer) }
    if pendingStart < pendingEnd {
      let count = min(buffer.count, pendingEnd - pendingStart)
      buffer.baseAddress!.copyMemory(from: pending.baseAddress! + pendingStart, byteCount: count)
      pendingStart += count
      return count
    }
    return try readFile(into: buffer)
  }

  /// Reads the first bytes and decides whether the file is gzip.
  private func probe() throws(ExchangeError) {
    probed = true
    while pendingEnd < GzipStream.magic.count {
      let n = try readFile(into: UnsafeMutableRawBufferPointer(rebasing: pending[pendingEnd...]))
      if n == 0 { break }
      pendingEnd += n
    }
    if pending[..<pendingEnd].starts(with: GzipStream.magic) { gzip = try GzipStream(.decompress, path: path) }
  }

  private func inflate(_ gzip: GzipStream, into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int {
    while !gzipEnded {
      if pendingStart == pendingEnd, !fileEnded {
        pendingStart = 0
        pendingEnd = try readFile(into: pending)
        fileEnded = pendingEnd == 0
      }
      let step = try gzip.run(UnsafeRawBufferPointer(rebasing: pending[pendingStart..<pendingEnd]), into: buffer)
      pendingStart += step.consumed
      let inputLeft = pendingStart < pendingEnd || !fileEnded
      if step.ended, !inputLeft { gzipEnded = true }
      if step.produced > 0 { return step.produced }
      if !step.ended, !inputLeft {
        throw .readFailed(path: path, reason: "the gzip data ends early (the file is truncated)")
      }
    }
    return 0
  }

  private func readFile(into buffer: UnsafeMutableRawBufferPointer) throws(ExchangeError) -> Int {
    while true {
      let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if n >= 0 { return n }
      if errno == EINTR { continue }
      throw .readFailed(path: path, reason: String(cString: strerror(errno)))
    }
  }
}

/// A file source is a resource with a position; one reader uses it at a time.
@available(*, unavailable)
extension FileByteSource: Sendable {}
