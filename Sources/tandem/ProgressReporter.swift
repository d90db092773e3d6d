import Alignment
import Foundation
import Synchronization

/// Shows how far a long alignment has got on standard error.
///
/// Nothing appears for the first seconds, so short runs stay quiet. On a
/// terminal one line is rewritten in place ("\r"); elsewhere (with
/// `--progress`) whole lines are written every tenth of a pass, so a log file
/// or a pipe never receives carriage returns.
final class ProgressReporter: Sendable {
  private struct State {
    var lastShown: (pass: Int, step: Int)?
    var wroteLine = false
  }

  private let terminal: Bool
  private let start = Date()
  /// Seconds before the first report.
  private let delay: TimeInterval
  private let state = Mutex(State())

  /// nil when progress should not be shown: stderr is not a terminal and
  /// `--progress` was not given.
  static func make(requested: Bool, delay: TimeInterval = 3) -> ProgressReporter? {
    let terminal = isatty(2) != 0
    guard terminal || requested else { return nil }
    return ProgressReporter(terminal: terminal, delay: delay)
  }

  init(terminal: Bool, delay: TimeInterval) {
    self.terminal = terminal
    self.delay = delay
  }

  func report(_ progress: AlignmentProgress) {
    guard Date().timeIntervalSince(start) >= delay, let text = text(for: progress) else { return }
    StandardError.print(text, terminator: terminal ? "" : "\n")
  }

  /// What to write for `progress`, or nil when the shown figure would not change:
  /// on a terminal every percent, rewriting the line, which the end of the last
  /// pass clears (warnings follow); elsewhere every tenth.
  func text(for progress: AlignmentProgress) -> String? {
    let percent = Int((progress.fraction * 100).rounded(.down))
    let step = terminal ? percent : percent / 10 * 10
    return state.withLock { state in
      if let last = state.lastShown, last.pass == progress.pass, last.step == step { return nil }
      state.lastShown = (progress.pass, step)
      let message = "Aligning: pass \(progress.pass) of \(progress.passes), \(step)%"
      guard terminal else { return message }
      state.wroteLine = progress.pass < progress.passes || percent < 100
      return "\r\u{1B}[K" + (state.wroteLine ? message : "")
    }
  }

  /// Clears the terminal line if the last pass did not end (an alignment that threw).
  func finish() {
    state.withLock { state in
      if terminal, state.wroteLine { StandardError.print("\r\u{1B}[K", terminator: "") }
      state.wroteLine = false
    }
  }
}
