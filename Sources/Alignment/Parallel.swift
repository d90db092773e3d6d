import Dispatch

/// Splits 0..<count into contiguous chunks and runs `body` on them on all
/// cores. Callers write only to their own chunk's slots.
enum Parallel {
  static func forEachChunk(count: Int, minimumChunk: Int = 2048, _ body: @Sendable (Range<Int>) -> Void) {
    let chunks = max(1, min(8, count / minimumChunk))
    guard chunks > 1 else {
      body(0..<count)
      return
    }
    DispatchQueue.concurrentPerform(iterations: chunks) { k in
      body((count * k / chunks)..<(count * (k + 1) / chunks))
    }
  }

  /// `transform` applied to every element, in order, computed in parallel.
  static func map<T: Sendable, U>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    var results = [U?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      forEachChunk(count: items.count) { range in
        for k in range { output[k] = transform(items[k]) }
      }
    }
    return results.map { $0! }
  }
}
