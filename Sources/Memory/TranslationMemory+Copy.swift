import Exchange
import Foundation

extension TranslationMemory {
  /// Copies every unit of this memory into `destination` (SQLite to PostgreSQL or back, or
  /// between two of either), with the document headers, as one import into `destination`.
  ///
  /// Streams: a reader thread walks this memory in one read transaction while the import
  /// stores what it has read, so memory use does not grow with the size of the memory.
  /// Units are merged into equal ones already in `destination`, as any import does.
  ///
  /// - Throws: ``MemoryError/copyToItself(path:)`` when `destination` is this memory.
  /// The context of a unit (for 101 matches) is its predecessor of the same document,
  /// as when the units were first imported in order.
  @discardableResult
  public func copy(to destination: TranslationMemory, progress: ((ImportSummary) -> Void)? = nil) throws
    -> ImportSummary
  {
    guard destination !== self else { throw MemoryError.copyToItself(path: path) }
    var headers: [(name: String, json: String)] = []
    try storage.read("copy") { reader in
      try reader.forEachDocumentHeader { name, json, _, _ in headers.append((name, json)) }
    }
    let channel = UnitChannel(capacity: 4_096)
    let producer = Thread { [self] in
      do {
        try forEachUnit { try channel.put($0.unit) }
        channel.finish(nil)
      } catch {
        channel.finish(error)
      }
    }
    producer.start()
    defer { channel.cancel() }
    return try destination.importUnits(document: nil, headers: headers, progress: progress) { try channel.take() }
  }
}

/// A bounded queue from one producer thread to the consumer: `put` waits while it is full,
/// `take` while it is empty; the producer ends it with ``finish(_:)``, the consumer with ``cancel()``.
final class UnitChannel: @unchecked Sendable {  // every field is guarded by `condition`
  /// The consumer stopped: the producer's `put` throws this to end its walk.
  struct Cancelled: Error {}

  private let capacity: Int
  private let condition = NSCondition()
  private var units: [TranslationUnit] = []
  private var head = 0
  private var finished = false
  private var failure: (any Error)?
  private var cancelled = false

  init(capacity: Int) { self.capacity = capacity }

  func put(_ unit: TranslationUnit) throws {
    condition.lock()
    defer { condition.unlock() }
    while units.count - head >= capacity && !cancelled { condition.wait() }
    if cancelled { throw Cancelled() }
    if head > capacity {
      units.removeFirst(head)
      head = 0
    }
    units.append(unit)
    condition.broadcast()
  }

  func take() throws -> TranslationUnit? {
    condition.lock()
    defer { condition.unlock() }
    while head == units.count && !finished { condition.wait() }
    if head < units.count {
      head += 1
      condition.broadcast()
      return units[head - 1]
    }
    if let failure { throw failure }
    return nil
  }

  func finish(_ error: (any Error)?) {
    condition.lock()
    finished = true
    failure = error
    condition.broadcast()
    condition.unlock()
  }

  /// Ends the channel from the consumer's side, and waits until the producer has finished.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    while !finished { condition.wait() }
    condition.unlock()
  }
}
