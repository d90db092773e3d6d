import CICU

/// A failure reported by ICU, with the ICU function that reported it.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ICU's `UErrorCode`.
  public let code: Int32
  /// The ICU function that failed, e.g. `ubrk_open`.
  public let function: String

  public init(code: Int32, function: String) {
    self.code = code
    self.function = function
  }

  public var description: String {
    "ICU \(function) failed: \(String(cString: tandem_error_name(code))) (\(code))"
  }
}
