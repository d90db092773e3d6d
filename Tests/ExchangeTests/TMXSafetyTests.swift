import Exchange
import Foundation
import Testing

/// The reader must be safe on hostile files: no file or network access through the DTD,
/// bounded entity expansion. These tests keep that true if the parser ever changes.
@Suite struct TMXSafetyTests {
  static let header = """
    <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" \
    adminlang="en" srclang="en" datatype="plaintext"/><body>
    """

  /// A secret file on the local disk, which a vulnerable parser would copy into the output.
  func secretFile() throws -> (path: String, secret: String) {
    let secret = "TOP-SECRET-\(UUID().uuidString)"
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-secret-\(UUID().uuidString).txt").path
    try secret.write(toFile: path, atomically: true, encoding: .utf8)
    return (path, secret)
  }

  @Test func externalEntityIsNeverResolved() throws {
    let (path, secret) = try secretFile()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file://\(path)"> <!ENTITY xxe2 PUBLIC "-//x//y" "\(path)"> ]>
      \(Self.header)
      <tu tuid="&xxe;"><prop type="x-p">&xxe2;</prop><tuv xml:lang="en"><seg>before &xxe; after</seg></tuv>
      <tuv xml:lang="de"><seg>vorher &xxe2; nachher</seg></tuv></tu></body></tmx>
      """
    let reader = try TMXReader(source: MemoryByteSource(xml), fileName: "xxe.tmx")
    let units = try reader.readAll()
    #expect(units.count == 1)
    #expect(units[0].source == "before  after")
    #expect(units[0].target == "vorher  nachher")
    #expect(reader.skippedExternalEntities == 4)
    // The secret appears nowhere: not in any field, and not in anything written from the units.
    #expect(!String(describing: units).contains(secret))
    #expect(!String(decoding: try writeTMX(units), as: UTF8.self).contains(secret))
  }

  @Test func externalDTDIsNeverLoaded() throws {
    let (path, secret) = try secretFile()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let dtd = path + ".dtd"
    try "<!ENTITY leak \"\(secret)\">".write(toFile: dtd, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: dtd) }
    let xml = """
      <!DOCTYPE tmx SYSTEM "\(dtd)">
      \(Self.header)<tu><tuv xml:lang="en"><seg>&leak;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>
      """
    // Had the DTD been read, '&leak;' would expand to the secret; unread, it is undefined.
    #expect {
      try TMXReader(source: MemoryByteSource(xml), fileName: "dtd.tmx").readAll()
    } throws: { error in
      guard case ExchangeError.malformedXML(_, 2, _, let reason) = error else { return false }
      return reason.contains("'&leak;' is not defined") && !reason.contains(secret)
    }
  }

  @Test func parameterEntitiesAreNeverExpanded() throws {
    let (path, secret) = try secretFile()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let xml = """
      <!DOCTYPE tmx [ <!ENTITY % remote SYSTEM "\(path)"> %remote; ]>
      \(Self.header)<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>
      """
    let units = try TMXReader(source: MemoryByteSource(xml), fileName: "pe.tmx").readAll()
    #expect(units.map(\.source) == ["a"])
    #expect(!String(describing: units).contains(secret))
  }

  @Test func billionLaughsIsRejected() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/billion-laughs", withExtension: "tmx"))
    #expect {
      try TMXReader(source: FileByteSource(path: url.path), fileName: "billion-laughs.tmx").readAll()
    } throws: { error in
      guard case ExchangeError.entityExpansionLimit(let file, let line, _, let entity, _) = error else { return false }
      return file == "billion-laughs.tmx" && line == 17 && entity.hasPrefix("lol")
        && String(describing: error).contains("billion laughs")
    }
  }

  @Test func quadraticBlowupIsRejected() throws {
    // One large entity referenced many times: each reference is small, the total is not.
    let big = String(repeating: "a", count: 100_000)
    let refs = String(repeating: "&big;", count: 2_000)
    let xml = "<!DOCTYPE tmx [<!ENTITY big \"\(big)\">]>\(Self.header)<tu><tuv xml:lang=\"en\"><seg>\(refs)</seg></tuv>"
      + "<tuv xml:lang=\"de\"><seg>x</seg></tuv></tu></body></tmx>"
    #expect(throws: ExchangeError.self) {
      try TMXReader(source: MemoryByteSource(xml), fileName: "q.tmx").readAll()
    }
  }

  @Test func recursiveEntityIsRejected() throws {
    let xml = "<!DOCTYPE tmx [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>\(Self.header)<tu><tuv xml:lang=\"en\"><seg>&a;</seg></tuv>"
      + "<tuv xml:lang=\"de\"><seg>x</seg></tuv></tu></body></tmx>"
    #expect {
      try TMXReader(source: MemoryByteSource(xml), fileName: "r.tmx").readAll()
    } throws: { error in
      if case ExchangeError.entityExpansionLimit = error { return true }
      return false
    }
  }
}

/// Memory stays bounded on pathological files: one giant text, or one giant unit.
@Suite struct TMXBoundsTests {
  @Test func giantTextIsRefused() {
    let giant = String(repeating: "a", count: 17 << 20)
    let xml = TMXSafetyTests.header + "<tu><tuv xml:lang=\"en\"><seg>\(giant)</seg></tuv></tu></body></tmx>"
    #expect {
      try TMXReader(source: MemoryByteSource(xml), fileName: "giant.tmx").readAll()
    } throws: { error in
      guard case ExchangeError.malformedXML(_, _, _, let reason) = error else { return false }
      return reason.contains("MiB of text")
    }
  }

  @Test func unitWithEndlessVariantsIsRefused() {
    let variants = String(repeating: "<tuv xml:lang=\"en\"><seg>x</seg></tuv>", count: 5000)
    let xml = TMXSafetyTests.header + "<tu>\(variants)</tu></body></tmx>"
    #expect {
      try TMXReader(source: MemoryByteSource(xml), fileName: "many.tmx").readAll()
    } throws: { error in
      if case ExchangeError.notTMX = error { return true }
      return false
    }
  }
}
