/// Writes units as SubRip subtitles: the unit's id as cue number (or its
/// position), the times from `x-srt-start`/`x-srt-end` (00:00:00,000 when
/// absent), and the target text (or the source when the target is empty)
/// with its inline codes (`<i>`…) back in place.
public struct SRTWriter {
  private var sink: any ByteSink
  public private(set) var unitCount = 0
  private var buffer: [UInt8] = []

  public init(sink: some ByteSink) { self.sink = sink }

  public mutating func write(_ unit: TranslationUnit) throws(ExchangeError) {
    unitCount += 1
    let number = unit.id.flatMap { Int($0) }.map(String.init) ?? String(unitCount)
    let start = unit.property("x-srt-start") ?? "00:00:00,000"
    let end = unit.property("x-srt-end") ?? "00:00:00,000"
    let useSource = unit.target.isEmpty
    let text = Array((useSource ? unit.source : unit.target).utf8)
    let codes = useSource ? unit.sourceCodes : unit.targetCodes
    buffer.append(contentsOf: "\(number)\n\(start) --> \(end)\n".utf8)
    var written = 0
    for code in codes.sorted(by: { $0.offset < $1.offset }) {  // tags back at their places
      var offset = min(max(code.offset, written), text.count)
      while offset < text.count && text[offset] & 0xC0 == 0x80 { offset += 1 }
      buffer.append(contentsOf: text[written..<offset])
      buffer.append(contentsOf: code.content.utf8)
      written = offset
    }
    buffer.append(contentsOf: text[written...])
    buffer.append(contentsOf: "\n\n".utf8)
    if buffer.count >= 64 * 1024 { try sink.write(bufferedBytes: &buffer) }
  }

  public mutating func finish() throws(ExchangeError) {
    try sink.write(bufferedBytes: &buffer)
  }
}

extension SRTWriter: TranslationUnitWriter {}
