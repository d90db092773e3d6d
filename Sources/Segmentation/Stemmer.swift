import CStemmer

/// A Snowball stemmer from libstemmer for one language; the identity when
/// libstemmer has none (see `isAvailable`).
///
/// Not `Sendable` and not thread-safe: libstemmer keeps its result buffer in
/// the stemmer, so one task owns one instance.
public final class Stemmer {
  private let handle: OpaquePointer?

  /// The stemmer for a language tag ("de", "en-GB") or a Snowball name ("german").
  public init(language: String) {
    let code = String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    handle = code.isEmpty ? nil : tandem_stemmer_open(code)
  }

  deinit { tandem_stemmer_close(handle) }

  /// Whether libstemmer has a stemmer for the language.
  public var isAvailable: Bool { handle != nil }

  /// The stem of a lowercase word; the word itself when there is no stemmer
  /// or the stemmer gives nothing.
  public func stem(_ word: String) -> String {
    guard let handle else { return word }
    var word = word
    return word.withUTF8 { bytes -> String in
      guard let base = bytes.baseAddress else { return "" }
      var length: Int32 = 0
      guard let result = tandem_stemmer_stem(handle, base, Int32(bytes.count), &length), length > 0 else {
        return String(decoding: bytes, as: UTF8.self)
      }
      return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF8.self)
    }
  }
}
