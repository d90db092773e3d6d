import Foundation

/// Runs the built `tandem` binary as a child process, as a user would.
enum TandemProcess {
  /// The `tandem` binary next to the test bundle (.build/<triple>/debug/).
  static let binary: String? = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for directory in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = directory.appendingPathComponent("tandem").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Whether a signal ended the process (`status` is then the signal's number).
    var signalled: Bool
  }

  /// Runs `executable` with `arguments`, feeding `input` on standard input.
  static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self), signalled: process.terminationReason == .uncaughtSignal)
  }

  /// Runs a `/bin/sh` script with `$TANDEM` set to the binary (for redirections and pipes).
  static func shell(_ script: String) throws -> Outcome {
    let tandem = binary ?? "tandem"
    return try run("/bin/sh", ["-c", "TANDEM='\(tandem)'; \(script)"])
  }
}
