/// Sorted unit ids as stored in the `posting` table: each id as the
/// LEB128 varint of its difference to the one before (the first from 0).
enum PostingList {
  static func encode(_ ids: some Sequence<Int64>, into bytes: inout [UInt8]) {
    var previous: Int64 = 0
    for id in ids {
      var delta = UInt64(bitPattern: id &- previous)
      previous = id
      while delta >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: delta) | 0x80)
        delta >>= 7
      }
      bytes.append(UInt8(delta))
    }
  }

  /// Appends the ids in `bytes` to `ids`. Stops at a truncated varint.
  static func decode(_ bytes: UnsafeRawBufferPointer, into ids: inout [Int64]) {
    let start = ids.count
    // Each id takes at least one byte: reserve that many, then write without checks.
    ids.append(contentsOf: repeatElement(0, count: bytes.count))
    let written = ids.withUnsafeMutableBufferPointer { output -> Int in
      var k = start
      var previous: Int64 = 0
      var value: UInt64 = 0
      var shift: UInt64 = 0
      for b in bytes {
        value |= UInt64(b & 0x7F) << shift
        if b & 0x80 != 0 {
          shift += 7
          if shift > 63 { break }
          continue
        }
        previous &+= Int64(bitPattern: value)
        output[k] = previous
        k += 1
        value = 0
        shift = 0
      }
      return k
    }
    ids.removeLast(ids.count - written)
  }
}
