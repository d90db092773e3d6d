import Exchange
import FuzzDriver

/// The property every unit reader is fuzzed for: arbitrary bytes give units or an
/// `ExchangeError` (never a crash, a hang or unbounded memory), and the units it gives
/// survive a round trip — what Tandem writes in a format, Tandem reads back, unit for unit.
public func checkRoundTrip(_ format: UnitFormat, _ data: UnsafePointer<UInt8>, _ count: Int) {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  let units: [TranslationUnit]
  do {
    units = try format.reader(
      source: MemoryByteSource(bytes), fileName: "fuzz.\(format.rawValue)", sourceLanguage: "de",
      targetLanguage: "en"
    ).readAll()
  } catch {
    _ = error.description  // every error has a message
    return
  }
  let sink = MemoryByteSink()
  var writer = format.writer(sink: sink, header: TMXHeader(sourceLanguage: "de"))
  do {
    for unit in units { try writer.write(unit) }
    try writer.finish()
  } catch {
    preconditionFailure("writing units that were just read failed: \(error)")
  }
  do {
    let again = try format.reader(
      source: MemoryByteSource(sink.bytes), fileName: "again.\(format.rawValue)", sourceLanguage: "de",
      targetLanguage: "en"
    ).readAll()
    precondition(again.count == writer.unitCount, "wrote \(writer.unitCount) units, read back \(again.count)")
  } catch {
    preconditionFailure("Tandem cannot read back what it wrote: \(error)")
  }
}

/// The format ``fuzzRoundTrip(_:)`` tests: a C callback cannot capture it.
nonisolated(unsafe) private var fuzzedFormat = UnitFormat.tmx

/// Runs libFuzzer on `format`'s reader with ``checkRoundTrip(_:_:_:)`` as the property.
public func fuzzRoundTrip(_ format: UnitFormat) -> Never {
  fuzzedFormat = format
  runFuzzer { data, count in
    if let data { checkRoundTrip(fuzzedFormat, data, count) }
    return 0
  }
}
