import Alignment
import Exchange
import Foundation
import Synchronization
import Terminology

/// Finds, reads and caches the bilingual dictionaries for `tandem align`,
/// `tandem tm add`, `tandem glossary extract` and `tandem check`.
///
/// Without `--dictionary` (or with `--dictionary auto`) the installed
/// dictionaries of the language pair are used, either way round: Debian's
/// trans-de-en (`/usr/share/trans/de-en`) and the FreeDict dictd packages
/// (`/usr/share/dictd/freedict-deu-fra.index`, …). Each file is parsed once;
/// the result is stored under `$XDG_CACHE_HOME/tandem` (or `~/.cache/tandem`)
/// in a name derived from the file's path, size and modification time and
/// the language pair, so a changed file is parsed again. The cache is
/// written atomically. Next to a trans-de-en style or TSV file, FreeDict
/// only fills its gaps (`BilingualDictionary.merging(_:fallbacks:from:to:)`).
enum DictionaryLoader {
  static let debianGermanEnglish = "/usr/share/trans/de-en"
  static let dictdFolder = "/usr/share/dictd"

  /// The dictionaries for a language pair (tags such as "de" or "de-DE"),
  /// merged: the files of `arguments`, the installed ones for no argument
  /// or 'auto', none for 'none'. `headwords: false` loads only the stems
  /// from the cache (enough for aligning, and faster).
  static func load(
    arguments: [String], sourceLanguage sourceTag: String, targetLanguage targetTag: String, headwords: Bool = true
  ) throws -> BilingualDictionary? {
    let source = try Language.primaryCode(of: sourceTag)
    let target = try Language.primaryCode(of: targetTag)
    let files = try chosen(arguments: arguments, from: source, to: target)
    // Side by side: a first run parses every file (trans-de-en and two FreeDict files take
    // 63 s of CPU one after the other), and each parse is single-threaded.
    let results = Mutex([Result<BilingualDictionary, any Error>?](repeating: nil, count: files.count))
    DispatchQueue.concurrentPerform(iterations: files.count) { k in
      let result = Result { try read(files[k], from: source, to: target, headwords: headwords) }
      results.withLock { $0[k] = result }
    }
    var primary: [BilingualDictionary] = [], fallbacks: [BilingualDictionary] = []
    for (file, result) in zip(files, results.withLock { $0 }) {
      guard let dictionary = try result?.get() else { continue }
      if fillsGaps(file, among: files) { fallbacks.append(dictionary) } else { primary.append(dictionary) }
    }
    if primary.count + fallbacks.count == 0 { return nil }
    if primary.count == 1, fallbacks.isEmpty, primary[0].sourceLanguage == source { return primary[0] }
    return BilingualDictionary.merging(primary, fallbacks: fallbacks, from: source, to: target)
  }

  /// Whether `file` only fills the gaps of the others: FreeDict (dictd) is
  /// larger but noisier than trans-de-en, and lowered the German–English
  /// books' F1 when it counted as much; next to a Ding or TSV file it adds
  /// only pairs of words these lack.
  static func fillsGaps(_ file: DictionaryFile, among files: [DictionaryFile]) -> Bool {
    file.format == .dictd && files.contains { $0.format != .dictd }
  }

  /// The files `arguments` ask for, in order.
  static func chosen(arguments: [String], from source: String, to target: String) throws -> [DictionaryFile] {
    if arguments.contains(where: { $0.lowercased() == "none" }) { return [] }
    var files: [DictionaryFile] = []
    for argument in arguments.isEmpty ? ["auto"] : arguments {
      if argument.lowercased() == "auto" {
        files += installed().filter { $0.serves(source, target) }
      } else {
        files.append(try DictionaryFile(argument: argument, from: source, to: target))
      }
    }
    return files
  }

  /// The dictionaries installed in the Debian locations, sorted by path.
  static func installed() -> [DictionaryFile] {
    var found: [DictionaryFile] = []
    if FileManager.default.fileExists(atPath: debianGermanEnglish) {
      found.append(DictionaryFile(path: debianGermanEnglish, format: .ding, sourceLanguage: "de", targetLanguage: "en"))
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dictdFolder)) ?? []
    for name in names.sorted() where name.hasSuffix(".index") {
      let path = "\(dictdFolder)/\(name)"
      guard let pair = Language.pair(inFileName: name),
            FileManager.default.fileExists(atPath: DictionaryFile.dataPath(ofIndex: path)) else { continue }
      found.append(DictionaryFile(path: path, format: .dictd, sourceLanguage: pair.source, targetLanguage: pair.target))
    }
    return found
  }

  /// Reads one file (through the cache) as evidence from `source` to `target`.
  private static func read(
    _ file: DictionaryFile, from source: String, to target: String, headwords: Bool
  ) throws -> BilingualDictionary {
    // Ding is read in the direction asked for, so that its headword view (terminology) is too;
    // the other formats are read as they are and turned round when merged.
    let reversed = file.format == .ding && file.sourceLanguage == target
    let (first, second) = reversed ? (source, target) : (file.sourceLanguage, file.targetLanguage)
    let key = try [file.path] + file.inputs.map(fingerprint) + ["\(file.format)", first, second, "\(reversed)"]
    let cacheFile = cacheDirectory().appendingPathComponent("dict-\(fnv1a(key.joined(separator: "|"))).tdc")
    if let bytes = try? Data(contentsOf: cacheFile),
       let cached = try? BilingualDictionary(serialized: [UInt8](bytes), headwords: headwords) {
      return cached
    }
    StandardError.print("Reading dictionary \(file.path) (cached for later runs)...")
    let result: DictionaryParseResult
    switch file.format {
    case .ding:
      result = BilingualDictionary.parseDing(
        try InputFile(argument: file.path).readBytes(), sourceLanguage: first, targetLanguage: second,
        reversed: reversed, targetContentWords: BilingualDictionary.contentWords)
    case .tsv:
      result = BilingualDictionary.parseTSV(
        try InputFile(argument: file.path).readBytes(), sourceLanguage: first, targetLanguage: second)
    case .dictd:
      let compressed = try InputFile(argument: DictionaryFile.dataPath(ofIndex: file.path)).readBytes()
      let data: [UInt8]
      do { data = try Gzip.decompress(compressed) } catch {
        throw DictionaryError.unreadableData(DictionaryFile.dataPath(ofIndex: file.path), error)
      }
      result = BilingualDictionary.parseDictd(
        index: try InputFile(argument: file.path).readBytes(), data: data, sourceLanguage: first, targetLanguage: second)
    }
    if result.malformedLines > 0 {
      StandardError.print("Warning: \(file.path): skipped \(result.malformedLines) malformed line(s), the first at line \(result.firstMalformedLine ?? 0).")
    }
    do {
      try FileManager.default.createDirectory(at: cacheDirectory(), withIntermediateDirectories: true)
      try AtomicFileSink.write(result.dictionary.serialized(), to: cacheFile.path)
    } catch {
      StandardError.print("Warning: could not cache the dictionary: \(error)")
    }
    return result.dictionary
  }

  /// Path, size and modification time of a file, for the cache key.
  private static func fingerprint(_ path: String) throws -> String {
    let attributes: [FileAttributeKey: Any]
    do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
      throw InputFileError.notFound(path)
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(URL(fileURLWithPath: path).standardizedFileURL.path)|\(size)|\(Int(modified))"
  }

  private static func cacheDirectory() -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      return URL(fileURLWithPath: xdg).appendingPathComponent("tandem")
    }
    let home = environment["HOME"] ?? NSTemporaryDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/tandem")
  }

  /// A stable 64-bit FNV-1a hash, in hex (Swift's `Hasher` is seeded per process).
  private static func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}

/// One dictionary file: its format and the language of each side.
struct DictionaryFile: Equatable {
  enum Format: String { case ding, tsv, dictd }

  /// The file; for dictd its `.index`, next to the `.dict.dz`.
  var path: String
  var format: Format
  /// The language of the headwords (the first column).
  var sourceLanguage: String
  var targetLanguage: String

  /// The files read: the path, and for dictd also the data file.
  var inputs: [String] { format == .dictd ? [path, Self.dataPath(ofIndex: path)] : [path] }

  /// Whether the file gives evidence for `source` → `target`, either way round.
  func serves(_ source: String, _ target: String) -> Bool {
    Set([sourceLanguage, targetLanguage]) == Set([source, target])
  }

  /// A `--dictionary` argument: a dictd dictionary (its `.index` or
  /// `.dict.dz`), a Ding file (lines with " :: ") or a TSV file. Its
  /// languages come from its name ("…-deu-fra…", "…de-en…") when that names
  /// the pair asked for, either way round; otherwise it is taken as
  /// `source` → `target`.
  init(argument: String, from source: String, to target: String) throws {
    let named = Language.pair(inFileName: argument)
    let reversed = named.map { ($0.source, $0.target) == (target, source) } ?? false
    (sourceLanguage, targetLanguage) = reversed ? (target, source) : (source, target)
    if argument.hasSuffix(".index") || argument.hasSuffix(".dict.dz") {
      path = argument.hasSuffix(".dict.dz") ? String(argument.dropLast(".dict.dz".count)) + ".index" : argument
      format = .dictd
      for input in inputs where !FileManager.default.fileExists(atPath: input) {
        throw DictionaryError.missingPart(input, dictionary: argument)
      }
      return
    }
    path = argument
    let head = try InputFile(argument: argument).readBytes().prefix(200_000)
    let isDing = head.split(separator: 0x0A).contains { line in
      line.first != 0x23 && String(decoding: line, as: UTF8.self).contains(" :: ")
    }
    format = isDing ? .ding : .tsv
  }

  init(path: String, format: Format, sourceLanguage: String, targetLanguage: String) {
    self.path = path
    self.format = format
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
  }

  /// The `.dict.dz` next to a dictd `.index`.
  static func dataPath(ofIndex path: String) -> String {
    (path.hasSuffix(".index") ? String(path.dropLast(".index".count)) : path) + ".dict.dz"
  }
}

/// Errors of reading a dictionary file.
enum DictionaryError: Error, CustomStringConvertible {
  case missingPart(String, dictionary: String)
  case unreadableData(String, any Error)

  var description: String {
    switch self {
    case .missingPart(let path, let dictionary):
      "\(path): no such file (needed for the dictd dictionary \(dictionary)). A dictd dictionary is a .index and a .dict.dz side by side; pass the .index."
    case .unreadableData(let path, let cause): "\(path): \(cause)"
    }
  }
}
