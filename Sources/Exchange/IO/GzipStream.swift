import CZlibShim

/// gzip a chunk at a time, over the system zlib: what lets every reader take a `.tmx.gz`
/// or `.tsv.gz` (``FileByteSource`` recognizes gzip by its first bytes, whatever the
/// name) and every output named `*.gz` be written compressed (``AtomicFileSink``).
final class GzipStream {
  enum Direction { case compress, decompress }

  /// What one ``run(_:into:finish:)`` did.
  struct Step {
    var consumed: Int
    var produced: Int
    /// zlib ended the stream (compressing: the trailer is written; decompressing: the last member ended).
    var ended: Bool
  }

  /// The two bytes every gzip stream starts with.
  static let magic: [UInt8] = [0x1F, 0x8B]

  private let stream: OpaquePointer
  private let path: String

  /// - Parameter path: The file, for messages.
  init(_ direction: Direction, path: String) throws(ExchangeError) {
    guard let stream = tandem_gzip_stream_new(direction == .compress ? 1 : 0) else {
      throw .readFailed(path: path, reason: "zlib could not allocate a gzip stream")
    }
    self.stream = stream
    self.path = path
  }

  deinit { tandem_gzip_stream_free(stream) }

  /// Runs over `input`, writing into `output`. `finish` (compressing) ends the stream once
  /// all input is in; call again with empty input until ``Step/ended``.
  func run(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer, finish: Bool = false)
    throws(ExchangeError) -> Step
  {
    var consumed = 0, produced = 0
    let status = tandem_gzip_stream_run(
      stream, input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count, &consumed,
      output.baseAddress!.assumingMemoryBound(to: UInt8.self), output.count, &produced, finish ? 1 : 0)
    let noProgress: Int32 = -5  // Z_BUF_ERROR: not an error, the caller brings more input or room
    guard status >= 0 || status == noProgress else {
      throw .readFailed(path: path, reason: "the gzip data is damaged (zlib error \(status)); check the file with `gzip -t`")
    }
    return Step(consumed: consumed, produced: produced, ended: status == 1)
  }
}
