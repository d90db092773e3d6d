import ArgumentParser
import Exchange

extension UnitFormat {
  /// The format named by a `--from`/`--to` option, else the one `path`'s
  /// extension asks for, else `fallback`.
  /// - Parameters:
  ///   - role: "input" or "output" in messages, when a command has both.
  /// - Throws: `ValidationError` saying which names are valid, or that the
  ///   option is needed.
  static func chosen(
    named name: String?, option: String, path: String, role: String? = nil, fallback: UnitFormat? = nil
  ) throws -> UnitFormat {
    let kind = role.map { "\($0) format" } ?? "format"
    if let name {
      guard let format = UnitFormat(rawValue: name.lowercased()) else {
        throw ValidationError("unknown \(kind) '\(name)'; use \(UnitFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      return format
    }
    if let format = UnitFormat(path: path) ?? fallback { return format }
    throw ValidationError(
      "cannot tell the \(kind) of '\(path)' from its extension; name it with \(option) (\(UnitFormat.allCases.map(\.rawValue).joined(separator: ", "))).")
  }
}
