import ArgumentParser
import Foundation

@main
struct Tandem: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tandem",
    abstract: "Sentence segmentation, bilingual alignment, glossaries and translation memory.",
    version: "0.1.0",
    subcommands: [Segment.self, Align.self, Convert.self, TM.self, Glossary.self, Check.self, Review.self])

  /// As ArgumentParser's `main()`, except that `tandem check` exits with 2
  /// on a usage error, so that a script gating on it can tell a bad call from findings (1).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.first == "check" else { return main(arguments) }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(2)
    }
  }
}
