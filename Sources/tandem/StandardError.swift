import Foundation

/// Messages for the user that are not output: warnings and progress.
enum StandardError {
  static func print(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
