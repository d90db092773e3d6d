/// Writes units in Tandem's TSV format (see `TSVFormat`): a `#src<TAB>tgt` line, then
/// `source<TAB>target[<TAB>id]` lines. Dates, properties, notes and inline codes are not written.
public struct TSVWriter {
  /// The sink is called once per 64 KiB, so an existential costs nothing and keeps the writer code concrete.
  private var sink: any ByteSink
  public private(set) var unitCount = 0
  private var buffer: [UInt8] = []
  private var started = false

  public init(sink: some ByteSink) {
    self.sink = sink
  }

  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    if !started {
      started = true
      buffer.append(UInt8(ascii: "#"))
      TSVFormat.escape(LanguageTag.normalized(unit.sourceLanguage), into: &buffer)
      buffer.append(0x09)
      TSVFormat.escape(LanguageTag.normalized(unit.targetLanguage), into: &buffer)
      buffer.append(0x0A)
    }
    unitCount += 1
    TSVFormat.escape(unit.source, into: &buffer)
    buffer.append(0x09)
    TSVFormat.escape(unit.target, into: &buffer)
    if let id = unit.id {
      buffer.append(0x09)
      TSVFormat.escape(id, into: &buffer)
    }
    buffer.append(0x0A)
    if buffer.count >= 64 * 1024 { try flush() }
  }

  public mutating func write<S: Sequence<TranslationUnit>>(contentsOf units: S) throws(ExchangeError) {
    for unit in units { try write(unit) }
  }

  /// Hands what is buffered to the sink. Call it once, at the end.
  public mutating func finish() throws(ExchangeError) {
    try flush()
  }

  private mutating func flush() throws(ExchangeError) {
    try sink.write(bufferedBytes: &buffer)
  }
}

extension ByteSink {
  /// Writes `bytes` and empties the array (keeping its capacity).
  mutating func write(bufferedBytes bytes: inout [UInt8]) throws(ExchangeError) {
    var failure: ExchangeError?
    bytes.withUnsafeBytes { raw in
      do throws(ExchangeError) { try write(raw) } catch { failure = error }
    }
    bytes.removeAll(keepingCapacity: true)
    if let failure { throw failure }
  }
}

/// A writer owns its sink's position in the output; one task writes at a time.
@available(*, unavailable)
extension TSVWriter: Sendable {}
