import Alignment
import Exchange
import Foundation
import Testing
@testable import tandem

/// `tandem align`'s confidence in its outputs: doubtful links left out or written
/// apart, and the new columns read back by Tandem's own readers.
@Suite struct AlignConfidenceTests {
  /// Sentence pairs tied by their numbers, with a pair in the middle whose
  /// target has nothing to do with its source and is nine times as long.
  /// (An unrelated target of four times the length scores 0.58: without a
  /// dictionary the words say nothing, and on the books links without
  /// lexical support were as often right as the others.)
  func bitext(in directory: TemporaryDirectory) throws -> (String, String) {
    var german = (0..<12).map { "Im Bericht stehen \($0 * 7 + 100) und \($0 * 7 + 103) Namen." }
    var english = (0..<12).map { "The report lists \($0 * 7 + 100) and \($0 * 7 + 103) names." }
    german.insert("Der Hund schläft.", at: 6)
    english.insert("Taxes rose sharply in the autumn of the year before, as everybody had feared, and the shops of "
                   + "the old town closed one after another until the winter came.", at: 6)
    let source = directory.file("a.de"), target = directory.file("a.en")
    try german.joined(separator: "\n").write(toFile: source, atomically: true, encoding: .utf8)
    try english.joined(separator: "\n").write(toFile: target, atomically: true, encoding: .utf8)
    return (source, target)
  }

  func units(_ path: String) throws -> [TranslationUnit] {
    let reader = try TMXReader(source: FileByteSource(path: path), fileName: path)
    var units: [TranslationUnit] = []
    while let unit = try reader.next() { units.append(unit) }
    return units
  }

  @Test func minConfidenceLeavesDoubtfulLinksOutAndPenaltyTMXHoldsThem() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let (source, target) = try bitext(in: directory)
    let common = [source, target, "--source-lang", "de", "--target-lang", "en", "--presegmented", "--dictionary", "none"]
    let all = try TandemProcess.run(tandem, ["align"] + common + ["-o", directory.file("all.tsv")])
    #expect(all.status == 0, "\(all.stderr)")
    let reader = try TSVReader(source: FileByteSource(path: directory.file("all.tsv")), fileName: "all.tsv",
                               sourceLanguage: "de", targetLanguage: "en")
    var links: [TranslationUnit] = []
    while let unit = try reader.next() { links.append(unit) }
    let confidence = { (unit: TranslationUnit) in Double(unit.property("x-confidence") ?? "") ?? -1 }
    let doubtful = links.filter { confidence($0) < 0.5 }
    try #require(!doubtful.isEmpty, "the unrelated pair should be doubtful: \(links.map(confidence))")
    #expect(doubtful.allSatisfy { $0.property("x-reason") != nil })

    let kept = directory.file("kept.tmx"), penalty = directory.file("doubtful.tmx")
    let run = try TandemProcess.run(
      tandem, ["align"] + common + ["-o", kept, "--min-confidence", "0.5", "--penalty-tmx", penalty])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("Left out \(doubtful.count) of \(links.count) links"), "\(run.stderr)")
    let keptUnits = try units(kept), penaltyUnits = try units(penalty)
    // Ids are the links' numbers in the whole alignment: the two files split them.
    #expect(Set(keptUnits.compactMap(\.id)) == Set(links.filter { confidence($0) >= 0.5 && $0.isTranslation }.compactMap(\.id)))
    #expect(Set(penaltyUnits.compactMap(\.id)) == Set(doubtful.filter(\.isTranslation).compactMap(\.id)))
    #expect(keptUnits.allSatisfy { confidence($0) >= 0.5 })
    #expect(penaltyUnits.allSatisfy { confidence($0) < 0.5 && $0.property("x-reason") != nil })
  }

  @Test func minConfidenceOutsideZeroToOneIsAUsageError() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let run = try TandemProcess.run(
      tandem, ["align", "a.de", "a.en", "--source-lang", "de", "--target-lang", "en", "--min-confidence", "1.5"])
    #expect(run.status == 64 && run.stderr.contains("--min-confidence"), "\(run.stderr)")
  }

  @Test func progressOnAPipeIsWholeLinesOrNothing() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let (source, target) = try bitext(in: directory)
    let run = try TandemProcess.run(
      tandem, ["align", source, target, "--source-lang", "de", "--target-lang", "en", "--presegmented",
               "--dictionary", "none", "--progress", "--format", "links"])
    #expect(run.status == 0)
    // A short alignment shows no progress, and none ever rewrites a line on a pipe.
    #expect(!run.stderr.contains("\r") && !run.stderr.contains("Aligning"), "\(run.stderr)")
  }

  @Test(arguments: [true, false])
  func progressTextPerPercentOnATerminalPerTenthElsewhere(terminal: Bool) {
    let reporter = ProgressReporter(terminal: terminal, delay: 0)
    let fractions = stride(from: 0.0, through: 1.0, by: 0.004)
    let texts = [1, 2].flatMap { pass in
      fractions.compactMap { reporter.text(for: AlignmentProgress(pass: pass, passes: 2, fraction: $0)) }
    }
    #expect(texts.count == (terminal ? 202 : 22))
    #expect(texts.allSatisfy { $0.hasPrefix("\r") == terminal && !$0.contains("\n") })
    #expect(texts.dropLast().last?.hasSuffix("Aligning: pass 2 of 2, 99%") == terminal)
    // The end clears a terminal's line, so that warnings start on a clean one.
    #expect(texts.last == (terminal ? "\r\u{1B}[K" : "Aligning: pass 2 of 2, 100%"))
  }

  @Test func repeatOfAndReasonSurviveTSVAndJSON() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").path
    let common = ["align", samples + "/putin-kim-summit.de.txt", samples + "/putin-kim-summit.en.txt",
                  "--source-lang", "de", "--target-lang", "en", "--dictionary", "none"]
    var read: [String: [TranslationUnit]] = [:]
    for format in ["tsv", "json"] {
      let path = directory.file("a.\(format)")
      let run = try TandemProcess.run(tandem, common + ["-o", path])
      #expect(run.status == 0, "\(run.stderr)")
      let reader: any TranslationUnitReader = format == "tsv"
        ? try TSVReader(source: FileByteSource(path: path), fileName: path, sourceLanguage: "de", targetLanguage: "en")
        : try JSONReader(source: FileByteSource(path: path), fileName: path, sourceLanguage: "de", targetLanguage: "en")
      var units: [TranslationUnit] = []
      while let unit = try reader.next() { units.append(unit) }
      read[format] = units
    }
    let tsv = try #require(read["tsv"]), json = try #require(read["json"])
    #expect(tsv.map(\.id) == json.map(\.id))
    #expect(tsv.map { $0.property("x-repeat-of") } == json.map { $0.property("x-repeat-of") })
    #expect(tsv.map { $0.property("x-reason") } == json.map { $0.property("x-reason") })
    // The German repeats a block: its extra copy points at the links of the first.
    let repeats = tsv.filter { $0.property("x-repeat-of") != nil }
    #expect(repeats.count >= 10)
    let byID = Dictionary(uniqueKeysWithValues: tsv.compactMap { unit in unit.id.map { ($0, unit) } })
    for unit in repeats {
      let original = try #require(byID[unit.property("x-repeat-of") ?? ""])
      #expect(original.source == unit.source && original.isTranslation)
    }
  }
}
