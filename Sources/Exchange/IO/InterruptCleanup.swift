import Glibc

/// Temporary files that must not outlive the process when it is interrupted.
///
/// ``AtomicFileSink`` writes beside its destination under a hidden name and renames
/// the file when it is complete. A Ctrl-C (SIGINT), SIGTERM or SIGHUP would otherwise
/// leave that hidden file behind, since the sink's `deinit` never runs. While at least
/// one temporary file is registered, handlers for those signals unlink every registered
/// file and then re-raise the signal with its default action, so the exit status is what
/// the shell expects. Signals the process ignores (`nohup`, `trap '' INT`) stay ignored.
///
/// The handler runs in signal context: it only reads a fixed table of C strings and calls
/// `unlink`, `sigaction` and `raise`, all async-signal-safe. The table is filled and
/// emptied under a mutex by ordinary code.
public enum InterruptCleanup {
  /// How many temporary files can be registered at once; more are simply not protected.
  static let capacity = 64
  nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    table.initialize(repeating: nil, count: capacity)
    return table
  }()
  nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
    let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    return mutex
  }()
  nonisolated(unsafe) private static var handlersInstalled = false
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Creates a file from a `mkstemp` template (ending in `XXXXXX`) and registers it for
  /// removal on an interrupting signal, with those signals held back in between: a signal
  /// that came after the file exists but before it is registered would leave it behind.
  /// Returns nil, with `errno` set, when the file cannot be created; `slot` is nil when
  /// the table is full (the file is then not protected).
  static func makeTemporaryFile(template: String) -> (descriptor: Int32, path: String, slot: Int?)? {
    var held = sigset_t()
    sigemptyset(&held)
    for number in signals { sigaddset(&held, number) }
    pthread_sigmask(SIG_BLOCK, &held, nil)
    // Afterwards the signals are unblocked, whatever they were before: a process started
    // from a thread that blocks them (libdispatch worker threads do, and posix_spawn passes
    // the mask on) would otherwise never see the signals it now handles.
    defer { pthread_sigmask(SIG_UNBLOCK, &held, nil) }
    var name = Array(template.utf8CString)
    let descriptor = name.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    let path = String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (descriptor, path, register(path))
  }

  /// Registers `path` for removal on an interrupting signal; returns its slot, or nil when
  /// the table is full.
  private static func register(_ path: String) -> Int? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    if !handlersInstalled {
      installHandlers()
      handlersInstalled = true
    }
    guard let slot = (0..<capacity).first(where: { paths[$0] == nil }) else { return nil }
    paths[slot] = strdup(path)
    return slot
  }

  /// Forgets the file in `slot` (it was renamed into place or removed).
  static func unregister(_ slot: Int) {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    let path = paths[slot]
    paths[slot] = nil
    free(path)
  }

  /// Removes every registered file now: for a process that is about to `exit` without
  /// unwinding (an unrecoverable write error on standard output).
  public static func removeAll() {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    for slot in 0..<capacity {
      guard let path = paths[slot] else { continue }
      unlink(path)
      paths[slot] = nil
      free(path)
    }
  }

  private static func installHandlers() {
    for number in signals {
      var current = sigaction()
      sigaction(number, nil, &current)
      // Leave ignored signals ignored, and handlers someone else installed alone.
      guard current.__sigaction_handler.sa_handler == nil else { continue }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { received in
        for slot in 0..<InterruptCleanup.capacity {
          if let path = InterruptCleanup.paths[slot] { unlink(path) }
        }
        var restore = sigaction()
        restore.__sigaction_handler.sa_handler = nil  // SIG_DFL
        sigaction(received, &restore, nil)
        raise(received)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, nil)
    }
  }
}
