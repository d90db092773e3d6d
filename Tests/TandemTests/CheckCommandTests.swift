import Foundation
import Testing
@testable import tandem

/// `tandem check` end to end: report format, exit status, the split TMX outputs.
@Suite struct CheckCommandTests {
  static let german = "Der Gipfel begann am Mittwoch.\nEs kamen 24 Gäste.\nDie Gespräche dauerten lange.\n"
  static let english = "The summit began on Wednesday.\nThere came 24 guests.\nThe talks lasted long.\n"

  func check(_ target: String, _ options: [String] = []) throws -> TandemProcess.Outcome {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let source = try TemporaryFile(Array(Self.german.utf8)), translation = try TemporaryFile(Array(target.utf8))
    return try TandemProcess.run(tandem, ["check", source.path, translation.path, "--dictionary", "none"] + options)
  }

  @Test func cleanTranslationExitsZero() throws {
    let outcome = try check(Self.english)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasSuffix("links checked: 0 errors, 0 warnings, 0 infos\n"))
  }

  @Test func errorsExitOneAndNameTheLinesOfBothFiles() throws {
    let outcome = try check(Self.english.replacingOccurrences(of: "24", with: "42"))
    #expect(outcome.status == 1)
    #expect(outcome.stdout.contains("de:2 / en:2: error [number-mismatch] source numbers missing in target: 24; target numbers not in source: 42 (link 2)"))
  }

  @Test func jsonGivesLinesAsFirstAndLast() throws {
    let outcome = try check(Self.english.replacingOccurrences(of: "24", with: "42"), ["--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    let finding = try #require((object["findings"] as? [[String: Any]])?.first)
    #expect(finding["source_lines"] as? [Int] == [2, 2] && finding["target_lines"] as? [Int] == [2, 2])
    #expect(finding["link"] as? Int == 2 && finding["rule"] as? String == "number-mismatch")
  }

  /// With --presegmented a line is one link, as `tandem align --presegmented` makes it.
  @Test func presegmentedLinesAreSentences() throws {
    let twoSentences = Self.english.replacingOccurrences(of: "Wednesday.\n", with: "Wednesday. ")
    let german = Self.german.replacingOccurrences(of: "Mittwoch.\n", with: "Mittwoch. ")
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let source = try TemporaryFile(Array(german.utf8)), translation = try TemporaryFile(Array(twoSentences.utf8))
    let segmented = try TandemProcess.run(tandem, ["check", source.path, translation.path, "--dictionary", "none"])
    let presegmented = try TandemProcess.run(
      tandem, ["check", source.path, translation.path, "--dictionary", "none", "--presegmented"])
    #expect(segmented.stdout.hasPrefix("3 links checked"))
    #expect(presegmented.stdout.hasPrefix("2 links checked"))
  }

  @Test func usageAndInputErrorsExitTwo() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let missing = try TandemProcess.run(tandem, ["check", "/nonexistent/a.txt", "/nonexistent/b.txt", "--dictionary", "none"])
    #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/a.txt: no such file."))
    let usage = try TandemProcess.run(tandem, ["check", "a", "b", "c"])
    #expect(usage.status == 2 && usage.stderr.contains("Pass SOURCE and TARGET"))
  }

  @Test func cleanAndPenaltyTMXSplitTheLinks() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let clean = directory.appendingPathComponent("clean.tmx").path, penalty = directory.appendingPathComponent("penalty.tmx").path
    let outcome = try check(Self.english.replacingOccurrences(of: "24", with: "42"), ["--clean-tmx", clean, "--penalty-tmx", penalty])
    #expect(outcome.status == 1)
    let cleanText = try String(contentsOfFile: clean, encoding: .utf8), penaltyText = try String(contentsOfFile: penalty, encoding: .utf8)
    #expect(cleanText.contains("The summit began on Wednesday.") && !cleanText.contains("42 guests"))
    #expect(penaltyText.contains("42 guests") && penaltyText.contains("number-mismatch") && !penaltyText.contains("The summit"))
  }
}

/// Where sentences of a plain text start and end, in lines of the input.
@Suite struct SentenceLineTests {
  @Test func sentencesOfPlainTextKnowTheirLines() {
    let text = "Erster Satz. Zweiter Satz.\nDritter Satz,\nüber zwei Zeilen.\n\nVierter Satz."
    let ranges = ["Erster Satz.", "Zweiter Satz.", "Dritter Satz,\nüber zwei Zeilen.", "Vierter Satz."].map { sentence in
      let start = text.range(of: sentence)?.lowerBound.utf16Offset(in: text) ?? -1
      return start..<start + sentence.utf16.count
    }
    #expect(DocumentSentences.lines(of: ranges, in: text) == [1...1, 1...1, 2...3, 5...5])
  }
}
