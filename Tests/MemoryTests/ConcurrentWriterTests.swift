import Exchange
import Foundation
import Synchronization
import Testing

import Memory

/// Two processes (here two connections) writing to one memory: the second queues.
@Suite struct ConcurrentWriterTests {
  @Test func aSecondImportWaitsForTheFirstAndSaysSo() throws {
    let path = try temporaryMemoryPath()
    let first = try TranslationMemory(path: path)
    let holdsLock = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
    let firstDone = DispatchSemaphore(value: 0)
    let notices = Mutex(0)
    let second = try TranslationMemory(path: path) {
      notices.withLock { $0 += 1 }
      release.signal()  // the second is now waiting: let the first finish
    }
    let firstError = Mutex<(any Error)?>(nil)
    Thread {
      var sent = false
      do {
        try first.importUnits {
          if sent { return nil }
          sent = true
          holdsLock.signal()  // inside the import's transaction
          _ = release.wait(timeout: .now() + 30)
          return unit("Der erste Satz.", "The first sentence.")
        }
      } catch { firstError.withLock { $0 = error } }
      firstDone.signal()
    }.start()
    #expect(holdsLock.wait(timeout: .now() + 30) == .success)

    let summary = try second.importUnits([unit("Der zweite Satz.", "The second sentence.")])
    #expect(summary.added == 1)
    #expect(firstDone.wait(timeout: .now() + 30) == .success)
    #expect(firstError.withLock { $0 } == nil)
    #expect(notices.withLock { $0 } == 1)
    #expect(try first.statistics().units == 2)
  }
}
