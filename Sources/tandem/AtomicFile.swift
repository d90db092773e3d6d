import Foundation

/// Writes files through a temporary file in the same directory and a rename,
/// so that readers never see half a file.
enum AtomicFile {
  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(bytes).write(to: temporary)
      if FileManager.default.fileExists(atPath: url.path) {
        _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
      } else {
        try FileManager.default.moveItem(at: temporary, to: url)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw OutputFileError.unwritable(path, reason: (error as NSError).localizedDescription)
    }
  }
}

enum OutputFileError: Error, CustomStringConvertible {
  case unwritable(String, reason: String)

  var description: String {
    switch self {
    case .unwritable(let path, let reason): "\(path): cannot write: \(reason). Check that the folder exists and is writable."
    }
  }
}
