import CStemmer

/// A Snowball stemmer for one language. Not thread-safe: libstemmer keeps
/// its result buffer in the stemmer, so one task uses one instance.
final class Stemmer {
  private let handle: OpaquePointer

  /// The stemmer for a BCP 47 language ("de", "en-GB"), nil if Snowball has none.
  init?(language: String) {
    guard let h = tandem_stemmer_open(SegmentText.primaryLanguage(language)) else { return nil }
    handle = h
  }

  deinit { tandem_stemmer_close(handle) }

  /// The stem of a lowercased word.
  func stem(_ word: String) -> String {
    var word = word
    return word.withUTF8 { bytes -> String in
      guard let base = bytes.baseAddress else { return "" }
      var length: Int32 = 0
      guard let result = tandem_stemmer_stem(handle, base, Int32(bytes.count), &length) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF8.self)
    }
  }
}
