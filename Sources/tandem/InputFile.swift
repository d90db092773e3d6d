import Foundation

/// Errors reading the files named on the command line.
enum InputFileError: Error, CustomStringConvertible {
  case notFound(String)
  case isDirectory(String)
  case unreadable(String, reason: String)
  case notADirectory(String, source: String)
  case malformedJSONLine(line: Int)

  var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file. Check the path, or pass '-' to read standard input."
    case .isDirectory(let path): "\(path): is a directory. Pass a text file."
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)."
    case .notADirectory(let path, let source):
      "\(path) (from \(source)): not a directory. Point it to a directory holding LANG.abbreviations.txt and LANG.words.txt."
    case .malformedJSONLine(let line):
      "<stdin>:\(line): not a JSON object with a \"text\" string. Send one {\"id\": ..., \"text\": \"...\"} a line."
    }
  }
}

/// A file argument: a path, or "-" for standard input.
struct InputFile {
  let argument: String

  /// The name to use in messages.
  var displayName: String { argument == "-" ? "<stdin>" : argument }

  /// All bytes of the file (or of standard input, read to its end).
  func readBytes() throws -> [UInt8] {
    if argument == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
      throw InputFileError.notFound(argument)
    }
    if isDirectory.boolValue { throw InputFileError.isDirectory(argument) }
    return try readFile()
  }

  /// Reads the file with read(2) straight into the array: no intermediate `Data`.
  private func readFile() throws -> [UInt8] {
    let fd = open(argument, O_RDONLY)
    guard fd >= 0 else { throw InputFileError.unreadable(argument, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw InputFileError.unreadable(argument, reason: String(cString: strerror(errno)))
    }
    // A regular file in one read into uninitialised storage; then whatever
    // more there is (a growing file, a pipe named on the command line).
    let size = max(Int(info.st_size), 0)
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let n = read(fd, buffer.baseAddress! + count, size - count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { failure = errno; return }
        if n == 0 { return }
        count += n
      }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while failure == 0 {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { failure = errno }
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[..<n])
    }
    if failure != 0 { throw InputFileError.unreadable(argument, reason: String(cString: strerror(failure))) }
    return bytes
  }
}
