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
      guard rename(temporary.path, url.path) == 0 else {
        throw OutputFileError.unwritable(path, reason: String(cString: strerror(errno)))
      }
    } catch let error as OutputFileError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
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
