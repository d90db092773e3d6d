import Foundation

/// Messages for the user that are not output: warnings and progress.
///
/// Each message goes out in one `write(2)` (never a byte at a time, however long), and a
/// failure to write it is ignored: there is nowhere left to report it.
enum StandardError {
  static func print(_ message: String, terminator: String = "\n") {
    var line = message + terminator
    line.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}
