/// Bytes that cannot be read as a text document.
public enum DocumentError: Error, Sendable, Equatable {
  /// A byte sequence that is not UTF-8; `offset` is the 0-based offset of its first byte.
  case invalidUTF8(file: String, offset: Int)
  /// UTF-16 (announced by its byte order mark) with an odd number of bytes or
  /// an unpaired surrogate at byte `offset`.
  case invalidUTF16(file: String, offset: Int)
}

extension DocumentError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .invalidUTF8(file, offset):
      "\(file): byte \(offset): not UTF-8. Convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) "
        + "or save it as UTF-16 with a byte order mark."
    case let .invalidUTF16(file, offset):
      "\(file): byte \(offset): broken UTF-16 (odd length or unpaired surrogate). Check the file's encoding."
    }
  }
}
