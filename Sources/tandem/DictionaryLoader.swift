import Alignment
import Exchange
import Foundation
import Terminology

/// Finds, reads and caches the bilingual dictionary for `tandem align`,
/// `tandem glossary extract` and `tandem check`.
///
/// A dictionary file is parsed once; the result is stored under
/// `$XDG_CACHE_HOME/tandem` (or `~/.cache/tandem`) in a name derived from the
/// file's path, size and modification time and the language pair, so a
/// changed file is parsed again. The cache is written atomically.
enum DictionaryLoader {
  static let debianGermanEnglish = "/usr/share/trans/de-en"

  /// The dictionary for a language pair (tags such as "de" or "de-DE"): the
  /// file `argument`, none for 'none', or Debian's German–English dictionary
  /// for German and English when it is installed. `headwords: false` loads
  /// only the stems from the cache (enough for aligning, and faster).
  static func load(
    argument: String?, sourceLanguage sourceTag: String, targetLanguage targetTag: String, headwords: Bool = true
  ) throws -> BilingualDictionary? {
    if argument?.lowercased() == "none" { return nil }
    let sourceLanguage = try Language.primaryCode(of: sourceTag)
    let targetLanguage = try Language.primaryCode(of: targetTag)
    let path: String
    var reversed = false
    if let argument {
      path = argument
      reversed = argument == debianGermanEnglish && sourceLanguage == "en"
    } else {
      guard Set([sourceLanguage, targetLanguage]) == ["de", "en"],
            FileManager.default.fileExists(atPath: debianGermanEnglish) else { return nil }
      path = debianGermanEnglish
      reversed = sourceLanguage == "en"
    }
    let attributes: [FileAttributeKey: Any]
    do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
      throw InputFileError.notFound(path)
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let key = "\(absolute)|\(size)|\(Int(modified))|\(sourceLanguage)|\(targetLanguage)|\(reversed)"
    let cacheFile = cacheDirectory().appendingPathComponent("dict-\(fnv1a(key)).tdc")
    if let bytes = try? Data(contentsOf: cacheFile),
       let cached = try? BilingualDictionary(serialized: [UInt8](bytes), headwords: headwords) {
      return cached
    }
    StandardError.print("Reading dictionary \(path) (cached for later runs)...")
    let bytes = try InputFile(argument: path).readBytes()
    let isDing = bytes.prefix(200_000).split(separator: 0x0A).contains { line in
      line.first != 0x23 && String(decoding: line, as: UTF8.self).contains(" :: ")
    }
    let result = isDing
      ? BilingualDictionary.parseDing(
        bytes, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, reversed: reversed,
        targetContentWords: BilingualDictionary.contentWords)
      : BilingualDictionary.parseTSV(bytes, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    if result.malformedLines > 0 {
      StandardError.print("Warning: \(path): skipped \(result.malformedLines) malformed line(s), the first at line \(result.firstMalformedLine ?? 0).")
    }
    do {
      try FileManager.default.createDirectory(at: cacheDirectory(), withIntermediateDirectories: true)
      try AtomicFileSink.write(result.dictionary.serialized(), to: cacheFile.path)
    } catch {
      StandardError.print("Warning: could not cache the dictionary: \(error)")
    }
    return result.dictionary
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
