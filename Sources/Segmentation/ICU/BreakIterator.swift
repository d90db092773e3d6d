import CICU

/// An ICU break iterator over a private, stable UTF-16 copy of a string.
///
/// ICU keeps a pointer to the text it iterates, so the iterator owns a buffer
/// that lives exactly as long as the ICU handle (`&array` bridging is valid
/// for one call only). One task uses one iterator.
public final class BreakIterator {
  public enum Kind: Sendable { case sentence, word }

  private let handle: OpaquePointer
  private let text: UnsafeMutableBufferPointer<UInt16>

  /// Opens an iterator of `kind` for `locale` over `utf16`.
  public init<C: Collection>(_ kind: Kind, locale: String, utf16: C) throws(ICUError)
  where C.Element == UInt16 {
    let count = utf16.count
    let buffer = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(count, 1))
    let copied: Void? = utf16.withContiguousStorageIfAvailable { source in
      if let base = source.baseAddress { buffer.baseAddress!.initialize(from: base, count: count) }
    }
    if copied == nil { _ = buffer.initialize(fromContentsOf: utf16) }
    text = buffer
    var status: Int32 = 0
    let opened: OpaquePointer? =
      switch kind {
      case .sentence: tandem_sentence_breaker_open(locale, text.baseAddress!, Int32(count), &status)
      case .word: tandem_word_breaker_open(locale, text.baseAddress!, Int32(count), &status)
      }
    guard let opened, status <= 0 else {
      text.deallocate()
      throw ICUError(code: status, function: "ubrk_open")
    }
    handle = opened
  }

  public convenience init(_ kind: Kind, locale: String, text: String) throws(ICUError) {
    try self.init(kind, locale: locale, utf16: text.utf16)
  }

  deinit {
    tandem_breaker_close(handle)
    text.deallocate()
  }

  /// The next boundary as a UTF-16 offset, or nil at the end of the text.
  public func next() -> Int? {
    let boundary = tandem_breaker_next(handle)
    return boundary < 0 ? nil : Int(boundary)
  }

  /// ICU's rule status of the last boundary; for words, 100..<200 is a
  /// number and 200..<500 a word of letters, kana or ideographs.
  public var ruleStatus: Int32 { tandem_breaker_rule_status(handle) }

  /// All boundaries of `kind` in `units` after the start, in order (the last
  /// is the length), without copying the text: ICU reads `units` in place,
  /// which is safe because the iterator does not outlive this call.
  public static func boundaries(
    _ kind: Kind, locale: String, in units: UnsafeBufferPointer<UInt16>
  ) throws(ICUError) -> [Int] {
    guard let base = units.baseAddress, !units.isEmpty else { return [] }
    var status: Int32 = 0
    let opened: OpaquePointer? =
      switch kind {
      case .sentence: tandem_sentence_breaker_open(locale, base, Int32(units.count), &status)
      case .word: tandem_word_breaker_open(locale, base, Int32(units.count), &status)
      }
    guard let opened, status <= 0 else {
      tandem_breaker_close(opened)
      throw ICUError(code: status, function: "ubrk_open")
    }
    defer { tandem_breaker_close(opened) }
    var result: [Int] = []
    result.reserveCapacity(units.count / 64)
    while case let boundary = tandem_breaker_next(opened), boundary >= 0 { result.append(Int(boundary)) }
    return result
  }

  /// All boundaries after the start, in order (the last is the text length).
  public func boundaries() -> [Int] {
    var result: [Int] = []
    while let boundary = next() { result.append(boundary) }
    return result
  }
}
