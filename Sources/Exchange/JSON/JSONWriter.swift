import Foundation

/// Writes units as JSON: an array of objects (``Style/array``, `.json`) or one object a
/// line (``Style/lines``, JSON Lines, `.jsonl`). See `JSONRecord` for the object.
public struct JSONWriter {
  public enum Style: Sendable {
    case array, lines
  }

  /// The sink is called once per 64 KiB, so an existential costs nothing and keeps the writer code concrete.
  private var sink: any ByteSink
  public private(set) var unitCount = 0
  private let style: Style
  private let encoder: JSONEncoder
  private var buffer: [UInt8] = []

  public init(sink: some ByteSink, style: Style = .array) {
    self.sink = sink
    self.style = style
    encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  }

  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    if style == .array { buffer.append(contentsOf: unitCount == 0 ? Array("[\n".utf8) : Array(",\n".utf8)) }
    unitCount += 1
    do {
      buffer.append(contentsOf: try encoder.encode(JSONRecord(unit)))
    } catch {
      throw .writeFailed(path: "JSON", reason: "unit \(unitCount) cannot be encoded: \(error)")
    }
    if style == .lines { buffer.append(0x0A) }
    if buffer.count >= 64 * 1024 { try sink.write(bufferedBytes: &buffer) }
  }

  public mutating func write<S: Sequence<TranslationUnit>>(contentsOf units: S) throws(ExchangeError) {
    for unit in units { try write(unit) }
  }

  /// Closes the array and hands what is buffered to the sink. Call it once, at the end.
  public mutating func finish() throws(ExchangeError) {
    if style == .array { buffer.append(contentsOf: Array((unitCount == 0 ? "[]\n" : "\n]\n").utf8)) }
    try sink.write(bufferedBytes: &buffer)
  }
}

/// A writer owns its sink's position in the output; one task writes at a time.
@available(*, unavailable)
extension JSONWriter: Sendable {}
