import Glibc

/// An output file that appears complete or not at all.
///
/// Bytes go to a temporary file beside the destination; ``commit()`` renames it into
/// place. If the sink is released without a commit (an error on the way), the
/// temporary file is removed and the destination is untouched. "-" writes to standard
/// output, and a destination that is not a regular file (`/dev/null`, a pipe) is written
/// directly, since it cannot be renamed over.
///
/// The file keeps the permissions of the file it replaces; a new file gets 0666 less the
/// umask, as `open(2)` would give it. An interrupting signal removes the temporary file
/// (``InterruptCleanup``). A destination that is one of the command's inputs (the same
/// file by device and inode, under any name) is refused before anything is written.
/// A destination named `*.gz` is written gzip-compressed.
public final class AtomicFileSink: ByteSink {
  public let path: String
  private var descriptor: Int32
  /// Compresses what is written, for a destination named `*.gz`.
  private let gzip: GzipStream?
  /// zlib's output, before it goes to the file.
  private let compressed: UnsafeMutableRawBufferPointer
  private var temporaryPath: String?
  private var cleanupSlot: Int?
  private var committed = false

  /// - Parameter inputs: the files the command reads; writing over one of them is refused
  ///   with ``ExchangeError/outputIsInput(path:input:)``.
  public init(path: String, inputs: [String] = []) throws(ExchangeError) {
    self.path = path
    gzip = path.lowercased().hasSuffix(".gz") ? try GzipStream(.compress, path: path) : nil
    compressed = .allocate(byteCount: gzip == nil ? 0 : 1 << 16, alignment: 1)
    if path == "-" {
      descriptor = 1
      return
    }
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists {
      for input in inputs where input != "-" {
        var inputInfo = stat()
        if stat(input, &inputInfo) == 0, inputInfo.st_dev == info.st_dev, inputInfo.st_ino == info.st_ino {
          throw .outputIsInput(path: path, input: input)
        }
      }
    }
    if exists && (info.st_mode & S_IFMT) != S_IFREG {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw .cannotOpen(path: path, reason: "it is a directory") }
      descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
      return
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let created = InterruptCleanup.makeTemporaryFile(template: "\(directory).\(name).tmp-XXXXXX")
    guard let created else {
      throw .cannotOpen(path: path, reason: "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
    }
    descriptor = created.descriptor
    temporaryPath = created.path
    cleanupSlot = created.slot
    fchmod(descriptor, exists ? info.st_mode & 0o7777 : 0o666 & ~Self.processUmask())
  }

  deinit {
    compressed.deallocate()
    if let cleanupSlot { InterruptCleanup.unregister(cleanupSlot) }
    if let temporaryPath, !committed {
      close(descriptor)
      unlink(temporaryPath)
    } else if descriptor > 2 && !committed {
      close(descriptor)
    }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) throws(ExchangeError) {
    var sink = FileDescriptorSink(descriptor: descriptor, path: path)
    guard let gzip else { return try sink.write(bytes) }
    try deflate(gzip, bytes, finish: false, into: &sink)
  }

  /// Compresses `bytes` and writes what zlib gives back; with `finish`, also the end of the stream.
  private func deflate(
    _ gzip: GzipStream, _ bytes: UnsafeRawBufferPointer, finish: Bool, into sink: inout FileDescriptorSink
  ) throws(ExchangeError) {
    var offset = 0
    while true {
      let step = try gzip.run(UnsafeRawBufferPointer(rebasing: bytes[offset...]), into: compressed, finish: finish)
      offset += step.consumed
      if step.produced > 0 { try sink.write(UnsafeRawBufferPointer(rebasing: compressed[..<step.produced])) }
      // Done when zlib took everything and had room to spare (or, finishing, wrote the trailer).
      if finish ? step.ended : offset == bytes.count && step.produced < compressed.count { return }
    }
  }

  /// Makes the file visible under its name (flushes it to disk first).
  public func commit() throws(ExchangeError) {
    guard !committed else { return }
    if let gzip {
      var sink = FileDescriptorSink(descriptor: descriptor, path: path)
      try deflate(gzip, UnsafeRawBufferPointer(start: nil, count: 0), finish: true, into: &sink)
    }
    committed = true
    guard let temporaryPath else {
      if descriptor > 2 { close(descriptor) }
      return
    }
    let synced = fsync(descriptor) == 0
    let closed = close(descriptor) == 0
    let renamed = synced && closed && rename(temporaryPath, path) == 0
    let reason = String(cString: strerror(errno))
    if let cleanupSlot { InterruptCleanup.unregister(cleanupSlot) }
    cleanupSlot = nil
    guard renamed else {
      unlink(temporaryPath)
      throw .writeFailed(path: path, reason: reason)
    }
  }

  /// The process's file-creation mask. Read from /proc (no window in which another
  /// thread would create files with a zero mask); `umask(2)` twice where /proc is absent.
  private static func processUmask() -> mode_t {
    if let file = fopen("/proc/self/status", "r") {
      defer { fclose(file) }
      var line = [CChar](repeating: 0, count: 256)
      while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        if fields.count == 2, fields[0] == "Umask:", let mask = mode_t(fields[1], radix: 8) { return mask }
      }
    }
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}

/// The sink owns a descriptor and a temporary file; one writer uses it at a time.
@available(*, unavailable)
extension AtomicFileSink: Sendable {}

extension AtomicFileSink {
  /// Writes `bytes` to `path` ("-" for standard output) so that the file
  /// appears complete or not at all.
  public static func write(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(ExchangeError) {
    let sink = try AtomicFileSink(path: path, inputs: inputs)
    let result: Result<Void, ExchangeError> = bytes.withUnsafeBytes { buffer in
      Result { () throws(ExchangeError) in try sink.write(buffer) }
    }
    try result.get()
    try sink.commit()
  }
}
