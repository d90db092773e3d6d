import Dispatch
import Exchange
import Foundation

/// Reads and prepares (normalizes, keys, numbers the words of) batches of
/// units on a worker thread, while the importing thread stores the batches before them.
///
/// The worker calls `next`, which need not be thread-safe: only the worker
/// calls it, and ``stop()`` returns only once the worker is done with it.
final class ImportPipeline: @unchecked Sendable {  // all mutable state is guarded by `condition`
  /// Prepared batches waiting to be stored; the worker waits when this many are.
  static let depth = 2

  /// The terms of the prepared units.
  let vocabulary = Vocabulary()
  private let condition = NSCondition()
  private var ready: [[PreparedUnit]] = []
  private var error: (any Error)?
  private var running = true
  private var stopped = false
  /// The caller's reader: dropped by ``stop()``, so that no reference to it
  /// outlives the import (which `withoutActuallyEscaping` checks).
  private var source: (() throws -> TranslationUnit?)?

  /// Starts the worker. `next` must stay valid until ``stop()`` returns.
  init(
    batchSize: Int, document: String?, now: Int64, next: @escaping () throws -> TranslationUnit?
  ) {
    source = next
    DispatchQueue.global().async { [self] in
      work(batchSize: batchSize, document: document, now: now)
    }
  }

  /// The next prepared batch, in input order; nil at the end of the input.
  /// Throws what reading or preparing threw, after the batches before it.
  func nextBatch() throws -> [PreparedUnit]? {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty && running { condition.wait() }
    if !ready.isEmpty {
      condition.broadcast()
      return ready.removeFirst()
    }
    if let error { throw error }
    return nil
  }

  /// Stops the worker after its current batch and waits until it no longer reads.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    while running { condition.wait() }
    source = nil
    condition.unlock()
  }

  private func work(batchSize: Int, document: String?, now: Int64) {
    let failure = produce(batchSize: batchSize, document: document, now: now)
    condition.lock()
    error = failure
    running = false
    condition.broadcast()
    condition.unlock()
  }

  /// Reads and prepares batches until the end of the input, an error, or
  /// ``stop()``; its reference to the reader ends when it returns.
  private func produce(batchSize: Int, document: String?, now: Int64) -> (any Error)? {
    condition.lock()
    let source = source
    condition.unlock()
    guard let next = source else { return nil }
    var read = 0
    while true {
      condition.lock()
      while ready.count >= Self.depth && !stopped { condition.wait() }
      let stop = stopped
      condition.unlock()
      if stop { return nil }
      do {
        var units: [PreparedUnit] = []
        units.reserveCapacity(batchSize)
        var exhausted = false
        while units.count < batchSize {
          guard let unit = try next() else {
            exhausted = true
            break
          }
          read += 1
          units.append(try PreparedUnit(unit, number: read, document: document, now: now))
        }
        if !units.isEmpty {
          vocabulary.number(&units, firstNumber: read - units.count + 1)
          condition.lock()
          ready.append(units)
          condition.broadcast()
          condition.unlock()
        }
        if exhausted { return nil }
      } catch {
        return error
      }
    }
  }
}
