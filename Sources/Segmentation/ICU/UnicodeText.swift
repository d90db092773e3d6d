import CICU

/// Unicode normalization and case folding through the system ICU.
public enum UnicodeText {
  public enum Form: Sendable {
    case nfc, nfkc, nfkcCaseFold
    var c: tandem_normal_form {
      switch self {
      case .nfc: TANDEM_NFC
      case .nfkc: TANDEM_NFKC
      case .nfkcCaseFold: TANDEM_NFKC_CASEFOLD
      }
    }
  }

  /// `text` in normalization form `form`.
  public static func normalize(_ text: String, _ form: Form) throws(ICUError) -> String {
    try transform(text, function: "unorm2_normalize") { src, length, dest, capacity, status in
      tandem_normalize(form.c, src, length, dest, capacity, &status)
    }
  }

  /// Full Unicode case folding ("Straße" → "strasse").
  public static func foldCase(_ text: String) throws(ICUError) -> String {
    try transform(text, function: "u_strFoldCase") { src, length, dest, capacity, status in
      tandem_fold_case(src, length, dest, capacity, &status)
    }
  }

  private static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

  /// Runs an ICU preflighting function: first with a guessed capacity, again
  /// with the exact one when ICU reports an overflow.
  private static func transform(
    _ text: String, function: String,
    _ call: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> String {
    let source = Array(text.utf16)
    if source.isEmpty { return "" }
    var capacity = source.count + source.count / 4 + 8
    while true {
      var status: Int32 = 0
      var output = [UInt16](repeating: 0, count: capacity)
      let length = source.withUnsafeBufferPointer { src in
        output.withUnsafeMutableBufferPointer { dest in
          call(src.baseAddress!, Int32(src.count), dest.baseAddress!, Int32(capacity), &status)
        }
      }
      if status == bufferOverflow, Int(length) > capacity {
        capacity = Int(length)
        continue
      }
      guard status <= 0 else { throw ICUError(code: status, function: function) }
      return String(decoding: output[..<Int(length)], as: UTF16.self)
    }
  }
}

/// A compiled ICU transliterator such as `Any-Latin; Latin-ASCII`.
/// Not thread-safe: one task uses one transliterator.
public final class Transliterator {
  private let handle: OpaquePointer

  public init(_ id: String) throws(ICUError) {
    var status: Int32 = 0
    guard let handle = tandem_transliterator_open(id, &status), status <= 0 else {
      throw ICUError(code: status, function: "utrans_openU")
    }
    self.handle = handle
  }

  deinit { tandem_transliterator_close(handle) }

  /// `text` transliterated.
  public func callAsFunction(_ text: String) throws(ICUError) -> String {
    var buffer = Array(text.utf16)
    var capacity = buffer.count * 2 + 16
    while true {
      var length = Int32(buffer.count)
      var status: Int32 = 0
      var work = buffer + [UInt16](repeating: 0, count: capacity - buffer.count)
      work.withUnsafeMutableBufferPointer { p in
        tandem_transliterate(handle, p.baseAddress!, &length, Int32(capacity), &status)
      }
      if status == 15 {  // U_BUFFER_OVERFLOW_ERROR: retry with room for the result
        capacity = Int(length) + 16
        buffer = Array(text.utf16)
        continue
      }
      guard status <= 0 else { throw ICUError(code: status, function: "utrans_transUChars") }
      return String(decoding: work[..<Int(length)], as: UTF16.self)
    }
  }
}
