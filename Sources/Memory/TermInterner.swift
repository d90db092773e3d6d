/// Numbers distinct byte strings 0, 1, 2, … in order of first sight.
///
/// An import meets tens of millions of words; keyed by `String`, every
/// lookup would hash through Unicode normalization. This table hashes the
/// raw UTF-8 bytes (FNV-1a) and keeps them in one arena.
struct TermInterner {
  private(set) var arena: [UInt8] = []
  /// Term `i` is `arena[starts[i]..<starts[i + 1]]`.
  private(set) var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Open addressing, linear probing: the high 32 bits of the term's hash and
  /// its number + 1 in the low 32 bits, or 0 for an empty slot. The hash bits
  /// let a probe skip other terms without touching their bytes.
  private var table = [UInt64](repeating: 0, count: 1024)

  var count: Int { starts.count - 1 }

  /// The number of `bytes`, new or known.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash &*= 0x0000_0100_0000_01B3
    }
    let mask = table.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while case let entry = table[slot], entry != 0 {
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let term = Int(entry & 0xFFFF_FFFF) - 1
        if equals(term, bytes) { return term }
      }
      slot = (slot + 1) & mask
    }
    let term = count
    table[slot] = tag | UInt64(term + 1)
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    starts.append(arena.count)
    if count * 2 > table.count { grow() }
    return term
  }

  func string(_ term: Int) -> String {
    arena.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[starts[term]..<starts[term + 1]]), as: UTF8.self)
    }
  }

  /// Calls `body` with the UTF-8 bytes of `term`.
  func withBytes<R>(_ term: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[starts[term]..<starts[term + 1]])) }
  }

  /// Whether term `a` sorts before term `b` byte by byte, as SQLite's BINARY collation does.
  func precedes(_ a: Int, _ b: Int) -> Bool {
    arena.withUnsafeBufferPointer { bytes in
      let x = bytes[starts[a]..<starts[a + 1]]
      let y = bytes[starts[b]..<starts[b + 1]]
      return x.lexicographicallyPrecedes(y)
    }
  }

  private func equals(_ term: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[term]
    guard starts[term + 1] - start == bytes.count else { return false }
    return arena.withUnsafeBufferPointer { arena in
      for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
      return true
    }
  }

  private mutating func grow() {
    table = [UInt64](repeating: 0, count: table.count * 2)
    let mask = table.count - 1
    for (term, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while table[slot] != 0 { slot = (slot + 1) & mask }
      table[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(term + 1)
    }
  }
}
