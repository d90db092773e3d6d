import Glibc

/// An output file that appears complete or not at all.
///
/// Bytes go to a temporary file beside the destination; ``commit()`` renames it into
/// place. If the sink is released without a commit (an error on the way), the
/// temporary file is removed and the destination is untouched. "-" writes to standard
/// output, and a destination that is not a regular file (`/dev/null`, a pipe) is written
/// directly, since it cannot be renamed over.
public final class AtomicFileSink: ByteSink {
  public let path: String
  private var descriptor: Int32
  private var temporaryPath: String?
  private var committed = false

  public init(path: String) throws(ExchangeError) {
    self.path = path
    if path == "-" {
      descriptor = 1
      return
    }
    var info = stat()
    if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw .cannotOpen(path: path, reason: "it is a directory") }
      descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
      return
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(directory).\(name).tmp-XXXXXX".utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
    }
    fchmod(descriptor, 0o644)
    temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    if let temporaryPath, !committed {
      close(descriptor)
      unlink(temporaryPath)
    } else if descriptor > 2 && !committed {
      close(descriptor)
    }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError) {
    var sink = FileDescriptorSink(descriptor: descriptor, path: path)
    try sink.write(bytes)
  }

  /// Makes the file visible under its name (flushes it to disk first).
  public func commit() throws(ExchangeError) {
    guard !committed else { return }
    committed = true
    guard let temporaryPath else {
      if descriptor > 2 { close(descriptor) }
      return
    }
    let synced = fsync(descriptor) == 0
    let closed = close(descriptor) == 0
    guard synced && closed, rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw .writeFailed(path: path, reason: reason)
    }
  }
}

/// The sink owns a descriptor and a temporary file; one writer uses it at a time.
@available(*, unavailable)
extension AtomicFileSink: Sendable {}

extension AtomicFileSink {
  /// Writes `bytes` to `path` ("-" for standard output) so that the file
  /// appears complete or not at all.
  public static func write(_ bytes: [UInt8], to path: String) throws(ExchangeError) {
    let sink = try AtomicFileSink(path: path)
    let result: Result<Void, ExchangeError> = bytes.withUnsafeBytes { buffer in
      Result { () throws(ExchangeError) in try sink.write(buffer) }
    }
    try result.get()
    try sink.commit()
  }
}
