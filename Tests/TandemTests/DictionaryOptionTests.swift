import ArgumentParser
import Foundation
import Testing
@testable import tandem

/// `--dictionary` (repeatable, 'auto', 'none') and `--list-dictionaries`.
@Suite struct DictionaryOptionTests {
  let files = ["a.de", "a.fr", "--source-lang", "de", "--target-lang", "fr"]

  @Test func dictionaryIsRepeatable() throws {
    let align = try Tandem.Align.parse(files + ["--dictionary", "terms.tsv", "--dictionary", "auto"])
    #expect(align.bitext.dictionary == ["terms.tsv", "auto"])
    #expect(try Tandem.Align.parse(files).bitext.dictionary.isEmpty)
    let add = try Tandem.TM.Add.parse(files + ["--dictionary", "x.tsv", "--dictionary", "y.tsv"])
    #expect(add.bitext.dictionary == ["x.tsv", "y.tsv"])
  }

  @Test func noneStandsAlone() {
    #expect(throws: (any Error).self) { try Tandem.Align.parse(files + ["--dictionary", "none", "--dictionary", "x.tsv"]) }
    #expect(throws: Never.self) { try Tandem.Align.parse(files + ["--dictionary", "none"]) }
  }

  @Test func listingNeedsNoFilesButAligningDoes() {
    #expect(throws: Never.self) { try Tandem.Align.parse(["--list-dictionaries"]) }
    #expect(throws: Never.self) { try Tandem.Align.parse(["--list-dictionaries", "--source-lang", "de", "--target-lang", "fr"]) }
    #expect(throws: (any Error).self) { try Tandem.Align.parse(["--source-lang", "de", "--target-lang", "fr"]) }
    #expect(throws: (any Error).self) { try Tandem.Align.parse(["a.de", "a.fr", "--source-lang", "de"]) }
    #expect(throws: (any Error).self) { try Tandem.TM.Add.parse(["a.de", "--source-lang", "de", "--target-lang", "fr"]) }
  }

  @Test func chosenFilesFollowTheArguments() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-dict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let named = folder.appendingPathComponent("terms.fr-de.tsv").path
    let plain = folder.appendingPathComponent("terms.tsv").path
    try Data("maison\tHaus\n".utf8).write(to: URL(fileURLWithPath: named))
    try Data("Haus\tmaison\n".utf8).write(to: URL(fileURLWithPath: plain))
    #expect(try DictionaryLoader.chosen(arguments: ["none"], from: "de", to: "fr").isEmpty)
    let chosen = try DictionaryLoader.chosen(arguments: [named, plain], from: "de", to: "fr")
    #expect(chosen == [
      DictionaryFile(path: named, format: .tsv, sourceLanguage: "fr", targetLanguage: "de"),
      DictionaryFile(path: plain, format: .tsv, sourceLanguage: "de", targetLanguage: "fr"),
    ])
    let installed = DictionaryLoader.installed().filter { $0.serves("de", "fr") }
    #expect(try DictionaryLoader.chosen(arguments: [], from: "de", to: "fr") == installed)
    #expect(try DictionaryLoader.chosen(arguments: ["auto", plain], from: "de", to: "fr") == installed + [chosen[1]])
    #expect(throws: DictionaryError.self) {
      try DictionaryLoader.chosen(arguments: [folder.appendingPathComponent("x-deu-fra.index").path], from: "de", to: "fr")
    }
  }
}
