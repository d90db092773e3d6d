import Exchange
import Foundation
import Testing

/// What Tandem does when an output would destroy an input, when it is interrupted, when a
/// file's permissions matter and when standard output fails.
@Suite struct OutputSafetyTests {
  private let tsv = "Ein Satz.\tA sentence.\nNoch ein Satz.\tAnother sentence.\n"

  @Test func outputThatIsTheInputIsRefused() throws {
    let directory = try TemporaryDirectory()
    let input = directory.file("pairs.tsv")
    try tsv.write(toFile: input, atomically: true, encoding: .utf8)
    #expect(throws: ExchangeError.outputIsInput(path: input, input: input)) {
      try AtomicFileSink(path: input, inputs: [input])
    }
    // The same file under another name (a hard link) is the same input.
    let alias = directory.file("alias.tsv")
    #expect(link(input, alias) == 0)
    #expect(throws: ExchangeError.outputIsInput(path: alias, input: input)) {
      try AtomicFileSink(path: alias, inputs: [input])
    }
    // A different file, and a new one, are fine.
    let other = directory.file("other.tsv")
    try "x".write(toFile: other, atomically: true, encoding: .utf8)
    _ = try AtomicFileSink(path: other, inputs: [input])
    _ = try AtomicFileSink(path: directory.file("new.tsv"), inputs: [input])
  }

  @Test func convertOntoItsInputLeavesTheInputAlone() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let input = directory.file("pairs.tsv")
    try tsv.write(toFile: input, atomically: true, encoding: .utf8)
    let result = try TandemProcess.run(
      tandem, ["convert", "--source-lang", "de", "--target-lang", "en", "--to", "tsv", input, input])
    #expect(result.status == 1)
    #expect(result.stderr.contains("refusing to write"))
    #expect(try String(contentsOfFile: input, encoding: .utf8) == tsv)
  }

  @Test func exportOntoTheMemoryItselfIsRefused() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let input = directory.file("pairs.tsv"), memory = directory.file("memory.sqlite")
    try tsv.write(toFile: input, atomically: true, encoding: .utf8)
    let imported = try TandemProcess.run(
      tandem, ["tm", "import", "--tm", memory, "--source-lang", "de", "--target-lang", "en", input])
    #expect(imported.status == 0, "\(imported.stderr)")
    let before = try Data(contentsOf: URL(fileURLWithPath: memory))
    let export = try TandemProcess.run(tandem, ["tm", "export", "--tm", memory, "--to", "tmx", "-o", memory])
    #expect(export.status == 1)
    #expect(export.stderr.contains("refusing to write"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: memory)).prefix(16) == before.prefix(16))  // still an SQLite file, not TMX
  }

  @Test func replacedFileKeepsItsModeAndNewFilesHonourTheUmask() throws {
    #expect(TandemProcess.binary != nil, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let input = directory.file("pairs.tsv"), output = directory.file("pairs.tmx")
    try tsv.write(toFile: input, atomically: true, encoding: .utf8)
    try "old".write(toFile: output, atomically: true, encoding: .utf8)
    #expect(chmod(output, 0o600) == 0)
    let replaced = try TandemProcess.shell(
      "\"$TANDEM\" convert --source-lang de --target-lang en '\(input)' '\(output)'")
    #expect(replaced.status == 0, "\(replaced.stderr)")
    #expect(try mode(of: output) == 0o600)

    let fresh = directory.file("fresh.tmx")
    let created = try TandemProcess.shell(
      "umask 077; \"$TANDEM\" convert --source-lang de --target-lang en '\(input)' '\(fresh)'")
    #expect(created.status == 0, "\(created.stderr)")
    #expect(try mode(of: fresh) == 0o600)
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func interruptedConvertLeavesNoTemporaryFile(signal number: Int32) throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let output = directory.file("out.tsv")
    // Standard input that never ends: convert is then midway, its temporary file open.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tandem)
    process.arguments = ["convert", "--from", "tsv", "--source-lang", "de", "--target-lang", "en", "-", output]
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(String(repeating: tsv, count: 1_000).utf8))
    var temporary: [String] = []
    for _ in 0..<200 where temporary.isEmpty {
      usleep(20_000)
      temporary = try directory.contents().filter { $0.hasPrefix(".out.tsv.tmp-") }
    }
    #expect(!temporary.isEmpty, "convert never created its temporary file")
    kill(process.processIdentifier, number)
    // A process that ignores the signal must fail the test, not hang it.
    for _ in 0..<500 where process.isRunning { usleep(20_000) }
    #expect(!process.isRunning, "convert did not end on signal \(number)")
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == number)
    let left = try directory.contents()
    #expect(left.isEmpty, "left behind: \(left)")
  }

  @Test func fullDiskIsAnErrorNotACrash() throws {
    #expect(TandemProcess.binary != nil, "build the tandem product first")
    let result = try TandemProcess.shell(
      "printf 'Ein Satz. Noch einer.\\n' | \"$TANDEM\" segment --lang de - > /dev/full")
    #expect(!result.signalled)
    #expect(result.status == 1)
    #expect(result.stderr.contains("Error: standard output: write failed: No space left on device"))
  }

  @Test func closedPipeEndsQuietly() throws {
    #expect(TandemProcess.binary != nil, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let text = directory.file("many.txt"), errors = directory.file("stderr"), status = directory.file("status")
    try String(repeating: "Ein Satz. Noch einer.\n", count: 100_000).write(toFile: text, atomically: true, encoding: .utf8)
    // `head` exits after one line while tandem still has ~200,000 lines to write.
    _ = try TandemProcess.shell(
      "{ \"$TANDEM\" segment --lang de '\(text)' 2>'\(errors)'; echo $? >'\(status)'; } | head -n 1 >/dev/null")
    #expect(try String(contentsOfFile: errors, encoding: .utf8).isEmpty)
    #expect(try String(contentsOfFile: status, encoding: .utf8) == "141\n")  // 128 + SIGPIPE, as for any Unix tool
  }

  @Test func negativeTopIsAUsageError() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let result = try TandemProcess.run(
      tandem, ["glossary", "extract", "a.txt", "b.txt", "--top=-3", "-o", "-"])
    #expect(!result.signalled)
    #expect(result.stderr.contains("--top must be at least 1"))
  }

  /// An error goes to standard error in one write(2), not a byte per write as ArgumentParser
  /// writes it (issue 15: 44 s for a message quoting a 20 MB name). A SOCK_SEQPACKET socket
  /// returns one write per read, so the first read holds the whole message.
  @Test func anErrorMessageIsOneWrite() throws {
    let tandem = try #require(TandemProcess.binary, "build the tandem product first")
    let directory = try TemporaryDirectory()
    let input = directory.file("early.tmx")
    try "<tmx version=\"1.4\"><body/></tmx>\(String(repeating: "x", count: 100_000))"
      .write(toFile: input, atomically: true, encoding: .utf8)
    var ends: [Int32] = [0, 0]
    try #require(socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &ends) == 0)
    defer { close(ends[0]) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tandem)
    process.arguments = ["convert", input, directory.file("out.tsv")]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
    try process.run()
    process.waitUntilExit()
    close(ends[1])
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let first = read(ends[0], &buffer, buffer.count)
    let message = String(decoding: buffer[..<max(0, first)], as: UTF8.self)
    #expect(process.terminationStatus == 1)
    #expect(message.hasPrefix("Error: ") && message.hasSuffix("\n"), "first write: \(message.debugDescription)")
    #expect(message.contains("text outside the root element"))
    #expect(read(ends[0], &buffer, buffer.count) == 0)  // nothing after it
  }

  private func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int) & 0o777
  }
}

/// A directory in the temporary directory, removed with everything in it when the value goes away.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  }

  func file(_ name: String) -> String { path + "/" + name }
  func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path) }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
