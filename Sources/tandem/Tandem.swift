import ArgumentParser
import Foundation

@main
struct Tandem: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tandem",
    abstract: "Sentence segmentation, bilingual alignment, glossaries and translation memory.",
    version: "0.1.0",
    subcommands: [Segment.self, Align.self, Convert.self, TM.self, Glossary.self, Check.self, Review.self])

  /// As ArgumentParser's `main()`, except that an error goes to standard error in one write
  /// (ArgumentParser writes it a byte per write) and that `tandem check` exits with 2 on a
  /// usage error, so that a script gating on it can tell a bad call from findings (1).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }  // --help and --version, on standard output
      let message = fullMessage(for: error)
      if !message.isEmpty { StandardError.print(message) }
      Foundation.exit(arguments.first == "check" && code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
