import CStemmer

/// A Snowball stemmer from libstemmer for one language, or the identity when
/// libstemmer has none. Not thread-safe: one alignment run owns one.
final class Stemmer {
  private let handle: OpaquePointer?

  init(language: String) {
    handle = tandem_stemmer_open(language)
  }

  deinit { tandem_stemmer_close(handle) }

  /// Whether libstemmer knows the language.
  var isAvailable: Bool { handle != nil }

  /// The stem of a lowercase word.
  func stem(_ word: String) -> String {
    guard let handle else { return word }
    var utf8 = Array(word.utf8)
    var length: Int32 = 0
    let result = utf8.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress,
            let stemmed = tandem_stemmer_stem(handle, base, Int32(buffer.count), &length)
      else { return nil }
      return String(decoding: UnsafeBufferPointer(start: stemmed, count: Int(length)), as: UTF8.self)
    }
    return result ?? word
  }
}
