import ArgumentParser
import Segmentation

extension Tandem {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Split text into sentences, one per line.")

    @Argument(help: "Input file, or '-' for standard input.") var input = "-"
    @Option(name: .customLong("lang"), help: "Language of the input, e.g. 'de'.") var language: String

    func run() throws {
      var text = ""
      while let line = readLine(strippingNewline: false) { text += line }
      for sentence in try SentenceSegmenter(language: language).sentences(in: text) {
        print(sentence.text)
      }
    }
  }
}
