/// Errors the aligner reports before it starts.
public enum AlignmentError: Error, Sendable, Equatable {
  /// A language tag that is not an ISO 639 code the aligner knows.
  case unknownLanguage(String)
  /// A binary dictionary cache that is truncated, of another version or corrupt.
  case invalidDictionaryCache(reason: String)
  /// gzip data (a dictd `.dict.dz` file) that zlib cannot decompress.
  case invalidCompressedData(zlibCode: Int32)
}

extension AlignmentError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unknownLanguage(let code):
      "unknown language code '\(code)'. Use a two-letter ISO 639-1 code such as 'de', 'en' or 'fr'."
    case .invalidDictionaryCache(let reason):
      "the dictionary cache is unusable (\(reason)). Delete it; it is rebuilt on the next run."
    case .invalidCompressedData(let code):
      "not valid gzip/dictzip data (zlib error \(code)). Reinstall the dictionary package, or pass --dictionary none."
    }
  }
}
