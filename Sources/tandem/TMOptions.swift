import ArgumentParser
import Foundation
import Memory

/// Errors about the memory file named by --tm or the default location.
enum TMStoreError: Error, CustomStringConvertible {
  case missing(String)
  case cannotCreateDirectory(String, reason: String)
  case ambiguousLanguages(sources: [String], targets: [String])

  var description: String {
    switch self {
    case .missing(let path):
      "\(path): no translation memory here. Import into it first (tandem tm import), or pass --tm PATH."
    case .cannotCreateDirectory(let path, let reason):
      "\(path): cannot create the directory for the memory: \(reason). Pass --tm PATH."
    case .ambiguousLanguages(let sources, let targets):
      "the memory holds source languages [\(sources.joined(separator: ", "))] and target languages "
        + "[\(targets.joined(separator: ", "))]. Pass --source-lang and --target-lang."
    }
  }
}

/// The --tm option shared by every `tandem tm` command.
struct TMOptions: ParsableArguments {
  @Option(
    name: .customLong("tm"),
    help: ArgumentHelp(
      "The memory: a SQLite file, or a team memory at postgresql://USER@HOST:PORT/DATABASE.",
      discussion: "Default: $TANDEM_TM, else $XDG_DATA_HOME/tandem/memory.sqlite, else ~/.local/share/tandem/memory.sqlite."),
    completion: .file())
  var path: String?

  /// --tm, else $TANDEM_TM, else the default file.
  var resolvedPath: String {
    Self.resolve(path)
  }

  /// `location`, else $TANDEM_TM, else the default file.
  static func resolve(_ location: String?) -> String {
    if let location { return location }
    let environment = ProcessInfo.processInfo.environment
    if let memory = environment["TANDEM_TM"], !memory.isEmpty { return memory }
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
      return data + "/tandem/memory.sqlite"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/tandem/memory.sqlite"
  }

  /// Opens the memory to write (creating it and its directory when needed) when `create`
  /// is set, else to read only.
  func open(create: Bool = false) throws -> TranslationMemory {
    try Self.open(resolvedPath, create: create)
  }

  /// Opens the memory at `path` (a file or a PostgreSQL URL); see ``open(create:)``.
  static func open(_ path: String, create: Bool) throws -> TranslationMemory {
    let access: TranslationMemory.Access = create ? .readWrite : .readOnly
    let waiting: @Sendable () -> Void = {
      StandardError.print("\(path): another process is writing to this memory; waiting for it to finish (Ctrl-C stops).")
    }
    if TranslationMemory.isPostgresURL(path) {
      return try TranslationMemory(postgres: path, access: access, whenWaiting: waiting)
    }
    if !FileManager.default.fileExists(atPath: path) {
      guard create else { throw TMStoreError.missing(path) }
      let directory = (path as NSString).deletingLastPathComponent
      if !directory.isEmpty {
        do {
          try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
          throw TMStoreError.cannotCreateDirectory(directory, reason: (error as NSError).localizedDescription)
        }
      }
    }
    return try TranslationMemory(path: path, access: access, whenWaiting: waiting)
  }
}

/// --source-lang and --target-lang; when omitted, the memory's only pair.
struct LanguageOptions: ParsableArguments {
  @Option(name: .customLong("source-lang"), help: "Source language, e.g. 'de' (every variety) or 'de-CH' (only that).")
  var sourceLanguage: String?
  @Option(name: .customLong("target-lang"), help: "Target language, e.g. 'en' (every variety) or 'en-GB' (only that).")
  var targetLanguage: String?

  func resolve(in memory: TranslationMemory) throws -> (source: String, target: String) {
    if let sourceLanguage, let targetLanguage { return (sourceLanguage, targetLanguage) }
    let indexed = try memory.languages()
    guard let source = sourceLanguage ?? (indexed.sources.count == 1 ? indexed.sources.first : nil),
      let target = targetLanguage ?? (indexed.targets.count == 1 ? indexed.targets.first : nil)
    else { throw TMStoreError.ambiguousLanguages(sources: indexed.sources, targets: indexed.targets) }
    return (source, target)
  }
}
