import ArgumentParser
import Foundation
import Segmentation
import Testing
@testable import tandem

/// `tandem segment`: argument checks and bad input, in process and end to end.
@Suite struct SegmentCommandTests {
  // MARK: In process

  @Test func rejectsMalformedArguments() {
    #expect(throws: (any Error).self) { try Tandem.Segment.parse(["--lang", "de_DE", "a.txt"]) }
    #expect(throws: (any Error).self) { try Tandem.Segment.parse(["--lang", "de", "--jsonl", "a.txt"]) }
    #expect(throws: (any Error).self) { try Tandem.Segment.parse(["--lang", "de", "--jsonl", "--format", "json"]) }
    #expect(throws: (any Error).self) { try Tandem.Segment.parse(["a.txt"]) }  // --lang is required
    #expect(throws: (any Error).self) { try Tandem.Segment.parse(["--lang", "de", "--format", "xml"]) }
  }

  @Test func parsesDefaults() throws {
    let command = try Tandem.Segment.parse(["--lang", "en-GB"])
    #expect(command.input == "-")
    #expect(command.format == .lines)
    #expect(!command.jsonl)
  }

  @Test func missingFileAndDirectoryAreClearErrors() throws {
    let missing = "/nonexistent/tandem-\(UUID().uuidString).txt"
    #expect(throws: InputFileError.self) { try InputFile(argument: missing).readBytes() }
    #expect(InputFileError.notFound(missing).description.hasPrefix("\(missing): no such file."))
    let directory = FileManager.default.temporaryDirectory.path
    #expect(throws: InputFileError.self) { try InputFile(argument: directory).readBytes() }
    #expect(InputFileError.isDirectory(directory).description.contains("is a directory"))
  }

  @Test func readsWholeFiles() throws {
    let file = try TemporaryFile(Array(String(repeating: "Ein Satz. ", count: 20_000).utf8))
    #expect(try InputFile(argument: file.path).readBytes().count == 200_000)
  }

  @Test func languageWithoutRulesWarnsAndFallsBack() throws {
    let (segmenter, warning) = try Tandem.Segment.segmenter(language: "fr", rulesDirectory: nil, environment: [:])
    #expect(!segmenter.hasRules)
    #expect(warning?.contains("no segmentation rules for 'fr'") == true)
    #expect(warning?.contains("ICU") == true)
    let german = try Tandem.Segment.segmenter(language: "de", rulesDirectory: nil, environment: [:])
    #expect(german.segmenter.hasRules && german.warning == nil)
  }

  @Test func rulesDirectoryExtendsTheRules() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("[title]\nBstg.\n".utf8).write(to: directory.appendingPathComponent("de.abbreviations.txt"))
    let text = "Der Zug hält an Bstg. Nord. Dann fährt er."
    for (option, environment) in [(directory.path, [:]), (nil, ["TANDEM_RULES_DIR": directory.path])] {
      let (segmenter, _) = try Tandem.Segment.segmenter(language: "de", rulesDirectory: option, environment: environment)
      #expect(try segmenter.sentences(in: text).count == 2)
    }
    // A language without shipped rules gets the user's.
    try Data("[inner]\nenv.\n".utf8).write(to: directory.appendingPathComponent("fr.abbreviations.txt"))
    let french = try Tandem.Segment.segmenter(language: "fr", rulesDirectory: directory.path, environment: [:])
    #expect(french.segmenter.hasRules && french.warning == nil)
  }

  @Test func missingRulesDirectoryAndBadRuleFilesAreErrors() throws {
    #expect(throws: InputFileError.self) {
      try Tandem.Segment.segmenter(language: "de", rulesDirectory: "/nonexistent/rules", environment: [:])
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("z. B.\n".utf8).write(to: directory.appendingPathComponent("de.abbreviations.txt"))
    #expect(throws: RulesError.self) {
      try Tandem.Segment.segmenter(language: "de", rulesDirectory: directory.path, environment: [:])
    }
  }

  @Test func linesAndJSONOutput() throws {
    let document = Document(text: "Titel\n\nEs war eine kalte \nNacht. „Gut“, sagte er.")
    let sentences = try SentenceSegmenter(language: "de").sentences(in: document)
    var lines = StandardOutput()
    Tandem.Segment.writeLines(sentences, into: &lines)
    #expect(String(decoding: lines.buffer, as: UTF8.self) == "Titel\n\nEs war eine kalte Nacht.\n„Gut“, sagte er.\n")
    var json = StandardOutput()
    Tandem.Segment.writeJSON(sentences, into: &json)
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.buffer)) as? [[String: Any]])
    #expect(parsed.count == 3)
    #expect(parsed[1]["text"] as? String == "Es war eine kalte \nNacht.")
    #expect(parsed[1]["paragraph"] as? Int == 1)
    #expect(parsed[1]["start"] as? Int == 7)
    #expect(parsed[1]["end"] as? Int == 32)
    var empty = StandardOutput()
    Tandem.Segment.writeLines([], into: &empty)
    #expect(empty.buffer.isEmpty)
  }

  // MARK: End to end (the built binary)

  @Test func endToEndBadInput() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let missing = try TandemProcess.run(tandem, ["segment", "--lang", "de", "/nonexistent/x.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("Error: /nonexistent/x.txt: no such file."))

    let directory = try TandemProcess.run(tandem, ["segment", "--lang", "de", FileManager.default.temporaryDirectory.path])
    #expect(directory.status == 1 && directory.stderr.contains("is a directory"))

    let latin1 = try TemporaryFile(Array("Grüße".utf8) + [0x20, 0xE9, 0x74, 0xE9, 0x2E])
    let invalid = try TandemProcess.run(tandem, ["segment", "--lang", "de", latin1.path])
    #expect(invalid.status == 1)
    #expect(invalid.stderr.contains("\(latin1.path): byte 8: not UTF-8."))
    #expect(!invalid.stderr.contains("Fatal") && !invalid.stderr.contains("Backtrac"))

    let empty = try TemporaryFile([])
    let none = try TandemProcess.run(tandem, ["segment", "--lang", "de", empty.path])
    #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.isEmpty)

    let text = try TemporaryFile(Array("Bonjour. Ça va ?".utf8))
    let french = try TandemProcess.run(tandem, ["segment", "--lang", "fr", text.path])
    #expect(french.status == 0)
    #expect(french.stdout == "Bonjour.\nÇa va ?\n")
    #expect(french.stderr.contains("warning: no segmentation rules for 'fr'"))

    let badJSON = try TandemProcess.run(tandem, ["segment", "--lang", "de", "--jsonl"], input: "{\"id\":1,\"text\":\"A.\"}\nnot json\n")
    #expect(badJSON.status == 1 && badJSON.stderr.contains("<stdin>:2:"))
  }

  @Test func endToEndJSONLines() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let input = "{\"id\":1,\"text\":\"Dr. Smith left. He was late.\"}\n{\"id\":2,\"text\":\"\"}\n"
    let result = try TandemProcess.run(tandem, ["segment", "--lang", "en", "--jsonl"], input: input)
    #expect(result.status == 0)
    #expect(result.stdout == "[\"Dr. Smith left.\",\"He was late.\"]\n[]\n")
  }
}

/// A file in the temporary directory, removed when the value goes away.
final class TemporaryFile {
  let path: String

  init(_ bytes: [UInt8]) throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-\(UUID().uuidString).txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
