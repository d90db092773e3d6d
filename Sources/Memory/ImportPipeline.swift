import Dispatch
import Exchange
import Foundation

/// Prepares one batch of units (normalizing, keying, tokenizing) on a worker
/// thread, so that an import prepares the next batch while it stores this one.
final class PreparedBatch: @unchecked Sendable {  // `units`/`error` are written before `done` signals, read after
  private var units: [PreparedUnit] = []
  private var error: (any Error)?
  private let done = DispatchSemaphore(value: 0)

  /// Starts preparing `raw`, whose first unit is the `firstNumber`th of the import.
  init(_ raw: [TranslationUnit], firstNumber: Int, document: String?, now: Int64) {
    DispatchQueue.global().async { [self] in
      do {
        units.reserveCapacity(raw.count)
        for (k, unit) in raw.enumerated() {
          units.append(try PreparedUnit(unit, number: firstNumber + k, document: document, now: now))
        }
      } catch let thrown {
        error = thrown
      }
      done.signal()
    }
  }

  /// Waits for the batch; rethrows what preparing threw.
  func wait() throws -> [PreparedUnit] {
    done.wait()
    if let error { throw error }
    return units
  }
}
