import Foundation
import Testing

/// A memory the user may read but not write still answers the commands that only read.
@Suite struct MemoryAccessTests {
  private let tsv = "Der Vertrag wurde unterzeichnet.\tThe treaty was signed.\n"

  /// Runs `tandem ARGUMENTS` in `directory` as a user without write access to it: as
  /// `nobody` (via setpriv) when the tests run as root, for whom permissions do not count.
  private func runAsReader(_ arguments: String, in directory: String) throws -> TandemProcess.Outcome {
    let asReader = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
    return try TandemProcess.shell("cd '\(directory)' && \(asReader)\"$TANDEM\" \(arguments)")
  }

  @Test func readOnlyMemoryAnswersLookupsSearchesStatsAndExports() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    if getuid() == 0 {
      try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv (util-linux)")
    }
    let directory = try TemporaryDirectory()
    try tsv.write(toFile: directory.file("pairs.tsv"), atomically: true, encoding: .utf8)
    let imported = try TandemProcess.run(
      tandem,
      ["tm", "import", "--tm", directory.file("m.sqlite"), "--source-lang", "de", "--target-lang", "en",
       directory.file("pairs.tsv")])
    try #require(imported.status == 0, "import failed: \(imported.stderr)")
    // Read-only file in a read-only directory: SQLite cannot create the WAL index beside it.
    #expect(chmod(directory.file("m.sqlite"), 0o444) == 0)
    #expect(chmod(directory.path, 0o555) == 0)
    defer { chmod(directory.path, 0o755) }

    let lookup = try runAsReader(
      "tm lookup --tm m.sqlite --source-lang de --target-lang en 'Der Vertrag wurde unterzeichnet.'",
      in: directory.path)
    #expect(lookup.status == 0, "\(lookup.stderr)")
    #expect(lookup.stdout.contains("The treaty was signed."))
    let search = try runAsReader("tm search --tm m.sqlite Vertrag", in: directory.path)
    #expect(search.status == 0, "\(search.stderr)")
    #expect(search.stdout.contains("The treaty was signed."))
    let stats = try runAsReader("tm stats --tm m.sqlite", in: directory.path)
    #expect(stats.status == 0, "\(stats.stderr)")
    #expect(stats.stdout.contains("units: 1"))
    let export = try runAsReader("tm export --tm m.sqlite --to tsv -o -", in: directory.path)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("The treaty was signed."))
    // Importing is still refused, with SQLite's reason.
    let write = try runAsReader(
      "tm import --tm m.sqlite --source-lang de --target-lang en pairs.tsv",
      in: directory.path)
    #expect(write.status != 0)
    #expect(write.stderr.contains("m.sqlite"))
  }
}
