import Foundation

/// Lines of a file or of standard input, without their line ends, read one
/// at a time (never the whole file).
final class LineReader {
  private let file: UnsafeMutablePointer<FILE>
  private let ownsFile: Bool
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0
  /// The number of the line last returned, from 1.
  private(set) var lineNumber = 0

  init(path: String) throws {
    ownsFile = path != "-"
    var isDirectory: ObjCBool = false
    if ownsFile, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw InputFileError.isDirectory(path)
    }
    guard let opened = ownsFile ? fopen(path, "r") : fdopen(0, "r") else {
      if errno == ENOENT { throw InputFileError.notFound(path) }
      throw InputFileError.unreadable(path, reason: String(cString: strerror(errno)))
    }
    file = opened
  }

  deinit {
    free(buffer)
    if ownsFile { fclose(file) }
  }

  func next() -> String? {
    withNextLine { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the bytes of the next line (without its line end),
  /// valid only during the call; nil at the end of the input.
  func withNextLine<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
    let length = getline(&buffer, &capacity, file)
    guard length >= 0, let buffer else { return nil }
    lineNumber += 1
    var count = length
    let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
    while count > 0, bytes[count - 1] == 0x0A || bytes[count - 1] == 0x0D { count -= 1 }
    return try body(UnsafeBufferPointer(start: bytes, count: count))
  }
}
