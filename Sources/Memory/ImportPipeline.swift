import Exchange
import Foundation

/// Reads and prepares (normalizes, keys, numbers the words of) batches of
/// units on worker threads, while the importing thread stores the batches
/// before them, in input order.
///
/// Preparing costs more than storing, so one worker per core prepares
/// batches side by side. They take turns calling `next`, which need not be
/// thread-safe: one call at a time, and ``stop()`` returns only once no
/// worker holds it any more.
final class ImportPipeline: @unchecked Sendable {  // all mutable state is guarded by `condition`
  /// Batches read ahead of the one being stored; workers wait beyond that.
  static let depth = 4

  /// The terms of the prepared units.
  let vocabulary = Vocabulary()
  private let batchSize: Int
  private let condition = NSCondition()
  /// Held while a worker reads a batch: `next` is called by one thread at a time.
  private let readLock = NSLock()
  /// Prepared batches (or what preparing them threw), by batch number.
  private var ready: [Int: Result<[PreparedUnit], any Error>] = [:]
  /// The number of the next batch to read, and of the next one to hand out.
  private var nextToRead = 0
  private var nextToStore = 0
  /// The number of batches, once the input (or an error) ended them.
  private var end: Int?
  private var workers: Int
  private var stopped = false
  /// The caller's reader: dropped by ``stop()``, so that no reference to it
  /// outlives the import (which `withoutActuallyEscaping` checks).
  private var source: (() throws -> TranslationUnit?)?

  /// Starts the workers. `next` must stay valid until ``stop()`` returns.
  init(
    batchSize: Int, document: String?, now: Int64, next: @escaping () throws -> TranslationUnit?
  ) {
    self.batchSize = batchSize
    source = next
    workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
    // Threads of its own, not the global dispatch queue: callers that run several imports
    // from that queue (each blocked in its storage's write lock) would starve the workers.
    for _ in 0..<workers {
      Thread { [self] in
        produce(document: document, now: now)
        condition.lock()
        workers -= 1
        condition.broadcast()
        condition.unlock()
      }.start()
    }
  }

  /// The next prepared batch, in input order; nil at the end of the input.
  /// Throws what reading or preparing threw, after the batches before it.
  func nextBatch() throws -> [PreparedUnit]? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result = ready.removeValue(forKey: nextToStore) {
        nextToStore += 1
        condition.broadcast()
        return try result.get()
      }
      if let end, nextToStore >= end { return nil }
      condition.wait()
    }
  }

  /// Stops the workers after their current batches and waits until none reads.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    while workers > 0 { condition.wait() }
    source = nil
    condition.unlock()
  }

  /// Reads and prepares batches until the end of the input, an error, or
  /// ``stop()``; its reference to the reader ends when it returns.
  private func produce(document: String?, now: Int64) {
    while true {
      // Read the next batch and take its number, one worker at a time.
      readLock.lock()
      condition.lock()
      while nextToRead - nextToStore >= Self.depth && !stopped && end == nil { condition.wait() }
      guard !stopped, end == nil, let next = source else {
        condition.unlock()
        readLock.unlock()
        return
      }
      let number = nextToRead
      nextToRead += 1
      condition.unlock()
      var raw: [TranslationUnit] = []
      raw.reserveCapacity(batchSize)
      var failure: (any Error)?
      do {
        while raw.count < batchSize, let unit = try next() { raw.append(unit) }
      } catch {
        failure = error
      }
      if failure != nil || raw.count < batchSize {
        condition.lock()
        end = number + (raw.isEmpty && failure == nil ? 0 : 1)
        condition.broadcast()
        condition.unlock()
      }
      readLock.unlock()
      if let failure {
        deliver(number, .failure(failure))
        return
      }
      if raw.isEmpty { return }
      deliver(number, Result { try prepare(raw, first: number * batchSize + 1, document: document, now: now) })
    }
  }

  private func prepare(_ raw: [TranslationUnit], first: Int, document: String?, now: Int64) throws -> [PreparedUnit] {
    var units: [PreparedUnit] = []
    units.reserveCapacity(raw.count)
    for (k, unit) in raw.enumerated() {
      units.append(try PreparedUnit(unit, number: first + k, document: document, now: now))
    }
    vocabulary.number(&units, firstNumber: first)
    return units
  }

  private func deliver(_ number: Int, _ result: Result<[PreparedUnit], any Error>) {
    condition.lock()
    ready[number] = result
    condition.broadcast()
    condition.unlock()
  }
}
