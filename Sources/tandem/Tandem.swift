import ArgumentParser

@main
struct Tandem: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tandem",
    abstract: "Sentence segmentation, bilingual alignment, glossaries and translation memory.",
    version: "0.1.0",
    subcommands: [Segment.self, Align.self, Convert.self, TM.self, Glossary.self, Check.self])
}
