import Foundation
import Testing
@testable import Segmentation

/// English web text as in the Universal Dependencies treebanks: a test set
/// written for Tandem (Fixtures/web-en.jsonl, the format of
/// ../shared/tools/score-segmentation), one case per segmentation fix:
/// lowercase after ?/!, commas at line ends, a year after a period, URLs
/// with "?", captions glued to the next sentence.
@Suite struct WebEnglishTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    var expected: [String]
    var testDescription: String { id }
  }

  static let cases: [Case] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/web-en.jsonl")
    guard let data = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return data.split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let text = object["text"] as? String,
        let expected = object["expected"] as? [String]
      else { return nil }
      return Case(id: id, text: text, expected: expected)
    }
  }()

  @Test func fixtureIsThere() {
    #expect(Self.cases.count >= 24)
  }

  @Test(arguments: cases)
  func segments(_ example: Case) throws {
    let sentences = try SentenceSegmenter(language: "en").sentences(in: example.text)
    // As the scorer's protocol writes them: a sentence wrapped over lines is joined with a space.
    let joined = sentences.map { $0.text.split(separator: "\n").joined(separator: " ") }
    #expect(joined == example.expected)
  }

  @Test func germanCaptionsStillSplit() throws {
    let text = "Russischer Präsident Wladimir Putin und nordkoreanischer Führer Kim Jong Un Am Mittwoch unterzeichneten sie."
    #expect(try SentenceSegmenter(language: "de").sentences(in: text).map(\.text)
      == ["Russischer Präsident Wladimir Putin und nordkoreanischer Führer Kim Jong Un", "Am Mittwoch unterzeichneten sie."])
  }
}
