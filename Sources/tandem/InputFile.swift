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
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: argument), options: .mappedIfSafe))
    } catch {
      throw InputFileError.unreadable(argument, reason: (error as NSError).localizedDescription)
    }
  }
}
