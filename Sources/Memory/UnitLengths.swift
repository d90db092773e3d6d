
/// The `unit_length` table: each unit's token count (words and numbers, the `m` of the score),
/// stored by id in chunks of 4096 two-byte counts, so that a lookup bounds a candidate's score
/// by its length before fetching it (see ``ScoreBound``).
struct UnitLengths {
  static let chunkShift = 12
  private var pending: [(id: Int64, length: Int)] = []

  mutating func append(id: Int64, length: Int) {
    pending.append((id, length))
  }

  /// Writes the pending counts into their chunks (read, updated, written back).
  mutating func store(_ writer: any MemoryWriter) throws {
    guard !pending.isEmpty else { return }
    var index = 0
    while index < pending.count {
      let chunk = pending[index].id >> Self.chunkShift
      var bytes = try writer.unitLengths(chunk: chunk) ?? []
      if bytes.count < 2 << Self.chunkShift { bytes += [UInt8](repeating: 0, count: (2 << Self.chunkShift) - bytes.count) }
      while index < pending.count, pending[index].id >> Self.chunkShift == chunk {
        let k = Int(pending[index].id & ((1 << Self.chunkShift) - 1)) * 2
        let clamped = UInt16(min(pending[index].length, Int(UInt16.max)))
        bytes[k] = UInt8(clamped & 0xFF)
        bytes[k + 1] = UInt8(clamped >> 8)
        index += 1
      }
      try writer.storeUnitLengths(chunk: chunk, bytes)
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// Reads counts for a lookup, a chunk at a time, keeping the chunks it has read.
  final class Reader {
    private let reader: any MemoryReader
    private var chunks: [Int64: [UInt16]] = [:]

    init(_ reader: any MemoryReader) { self.reader = reader }

    /// Reads the chunks that hold `ids` at once, where the storage prefers that.
    func prefetch(_ ids: some Sequence<Int64>) throws {
      guard reader.unitBatchSize > 1 else { return }
      let wanted = Set(ids.map { $0 >> UnitLengths.chunkShift }).filter { chunks[$0] == nil }
      guard !wanted.isEmpty else { return }
      let read = try reader.unitLengths(chunks: wanted.sorted())
      for chunk in wanted { chunks[chunk] = read[chunk].map(Self.counts) ?? [] }
    }

    /// The token count of unit `id`; nil when it is not recorded.
    func length(of id: Int64) throws -> Int? {
      let chunk = id >> UnitLengths.chunkShift
      if chunks[chunk] == nil { chunks[chunk] = try reader.unitLengths(chunk: chunk).map(Self.counts) ?? [] }
      let k = Int(id & ((1 << UnitLengths.chunkShift) - 1))
      guard let counts = chunks[chunk], k < counts.count else { return nil }
      return Int(counts[k])
    }

    private static func counts(_ data: [UInt8]) -> [UInt16] {
      data.withUnsafeBytes { raw in
        stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) | UInt16(raw[$0 + 1]) << 8 }
      }
    }
  }
}
