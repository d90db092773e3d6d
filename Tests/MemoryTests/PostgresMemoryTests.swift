import Exchange
import Foundation
import Synchronization
import Testing

@testable import Memory

/// The PostgreSQL server the team-memory tests use: `TANDEM_TEST_POSTGRES`, a URL such as
/// `postgresql://tandem@127.0.0.1:5432/tandem` (`.ci/run` starts a throw-away cluster and
/// sets it). Without it the tests are skipped, and say so.
enum PostgresTestServer {
  static let url: String? = {
    let url = ProcessInfo.processInfo.environment["TANDEM_TEST_POSTGRES"]
    return url?.isEmpty == false ? url : nil
  }()

  static let skipNotice: Comment =
    "PostgreSQL tests skipped: set TANDEM_TEST_POSTGRES=postgresql://USER@HOST:PORT/DB (Tools/postgres-cluster start DIR prints one)"

  /// A new, empty database on the server for one test, and its URL.
  static func freshDatabase() throws -> String {
    let url = try #require(url)
    let name = "tandem_test_\(UUID().uuidString.prefix(8).lowercased())"
    try PostgresConnection(url: url).execute("CREATE DATABASE \(name)")
    return String(url[..<(url.lastIndex(of: "/") ?? url.endIndex)]) + "/" + name
  }
}

@Suite(.enabled(if: PostgresTestServer.url != nil, PostgresTestServer.skipNotice), .serialized)
struct PostgresMemoryTests {
  /// What a lookup shows a user, without the import time (the two memories are filled seconds apart).
  static func shown(_ matches: [FuzzyMatch]) -> [String] {
    matches.map { "\($0.score) \($0.stored.id) \($0.stored.unit.source) → \($0.stored.unit.target) \($0.differences)" }
  }

  @Test func answersAsTheSQLiteMemoryDoes() throws {
    let units = LookupRecallTests.units(count: 1500, seed: 1)
    let postgres = try TranslationMemory(postgres: try PostgresTestServer.freshDatabase())
    let sqlite = try TranslationMemory(path: try temporaryMemoryPath())
    for memory in [postgres, sqlite] {
      try memory.importUnits(units, document: "a.tmx")
      // A small second import: postings are appended to the last chunks, duplicates merge.
      let summary = try memory.importUnits(
        [units[3], unit("Gregor war nicht im Zimmer.", "Gregor was not in the room.")], document: "b.tmx")
      #expect(summary.added == 1 && summary.merged == 1)
    }
    var compared = 0
    for query in LookupRecallTests.units(count: 30, seed: 2) {
      for (minScore, limit) in [(70, 5), (30, 100)] {
        let q = LookupQuery(query.source, sourceLanguage: "de", targetLanguage: "en", minScore: minScore, limit: limit)
        let expected = Self.shown(try sqlite.lookup(q))
        #expect(Self.shown(try postgres.lookup(q)) == expected, "\(query.source)")
        compared += expected.count
      }
    }
    #expect(compared > 500)
    let search = ConcordanceQuery("Zimmer und", limit: 50)
    #expect(try postgres.search(search).map(\.stored.id) == (try sqlite.search(search).map(\.stored.id)))
    #expect(try postgres.search(search).count > 0)
    let stemmed = ConcordanceQuery("Zimmers", stem: true, limit: 50)
    #expect(try postgres.search(stemmed).map(\.stored.id) == (try sqlite.search(stemmed).map(\.stored.id)))
    let p = try postgres.statistics(), s = try sqlite.statistics()
    #expect(p.units == s.units && p.documents == s.documents && p.indexedTerms == s.indexedTerms)
    #expect(p.pairs.map(\.units) == s.pairs.map(\.units))
    var exported: [[String]] = [[], []]
    for (k, memory) in [postgres, sqlite].enumerated() {
      try memory.forEachUnit { exported[k].append("\($0.id) \($0.unit.source) \($0.unit.target) \($0.unit.properties)") }
    }
    #expect(exported[0] == exported[1])
    #expect(try postgres.check().isSound)
  }

  @Test func concurrentImportsAllLandAndLookupsKeepAnswering() throws {
    let url = try PostgresTestServer.freshDatabase()
    _ = try TranslationMemory(postgres: url)  // the tables exist before the writers race
    let failures = Mutex<[String]>([])
    let waits = Mutex(0)
    let group = DispatchGroup()
    for writer in 0..<4 {
      DispatchQueue.global().async(group: group) {
        do {
          let memory = try TranslationMemory(postgres: url) { waits.withLock { $0 += 1 } }
          let units = (0..<500).map { unit("Satz \(writer) Nummer \($0) im Zimmer.", "Sentence \(writer) number \($0).") }
          let summary = try memory.importUnits(units, document: "writer-\(writer).tmx")
          if summary.added != 500 { failures.withLock { $0.append("writer \(writer) added \(summary.added)") } }
        } catch {
          failures.withLock { $0.append("writer \(writer): \(error)") }
        }
      }
    }
    let reader = try TranslationMemory(postgres: url, access: .readOnly)
    var lookups = 0
    while group.wait(timeout: .now()) == .timedOut {
      let matches = try reader.lookup(LookupQuery("Satz 1 Nummer 7 im Zimmer.", sourceLanguage: "de", targetLanguage: "en"))
      #expect(matches.allSatisfy { $0.score >= 70 })
      lookups += 1
    }
    #expect(failures.withLock { $0 } == [])
    #expect(lookups > 0)
    #expect(try reader.statistics().units == 2_000)
    #expect(try reader.statistics().documents == 4)
    var ids: [Int64] = []
    try reader.forEachUnit { ids.append($0.id) }
    #expect(ids == Array(1...2_000))
    #expect(try reader.check().isSound)
  }

  @Test func aFailedImportLeavesNothing() throws {
    let url = try PostgresTestServer.freshDatabase()
    let memory = try TranslationMemory(postgres: url)
    try memory.importUnits([unit(treaty, "The treaty was signed in Berlin on 12 March 2019.")])
    struct Broken: Error {}
    var pulled = 0
    #expect(throws: Broken.self) {
      try memory.importUnits {
        pulled += 1
        if pulled > 5_000 { throw Broken() }
        return unit("Satz \(pulled).", "Sentence \(pulled).")
      }
    }
    #expect(try memory.statistics().units == 1)
    #expect(try memory.check().isSound)
    // The numbering goes on from what is stored, not from what the failed import used.
    try memory.importUnits([unit("Ein neuer Satz.", "A new sentence.")])
    var ids: [Int64] = []
    try memory.forEachUnit { ids.append($0.id) }
    #expect(ids == [1, 2])
  }

  @Test func copiesToSQLiteAndBackWithoutLoss() throws {
    let sqlite = try TranslationMemory(path: try temporaryMemoryPath())
    var units = LookupRecallTests.units(count: 300, seed: 7)
    units[0].notes = ["a note"]
    units[1].properties = [.init(type: "x-client", value: "ACME")]
    var header = TMXHeader()
    header.notes = ["header note"]
    try sqlite.importUnits(document: "handbook.tmx", header: header) { units.isEmpty ? nil : units.removeFirst() }
    let postgres = try TranslationMemory(postgres: try PostgresTestServer.freshDatabase())
    #expect(try sqlite.copy(to: postgres).added == 300)
    let back = try TranslationMemory(path: try temporaryMemoryPath())
    #expect(try postgres.copy(to: back).added == 300)
    var exported: [[TranslationUnit]] = [[], [], []]
    for (k, memory) in [sqlite, postgres, back].enumerated() { try memory.forEachUnit { exported[k].append($0.unit) } }
    #expect(exported[1] == exported[0])
    #expect(exported[2] == exported[0])
    #expect(try back.documentHeader().notes == ["header note"])
    #expect(try postgres.documentHeader().notes == ["header note"])
  }

  @Test func connectionProblemsSayWhatToDo() throws {
    let url = try #require(PostgresTestServer.url)
    let base = String(url[..<(url.lastIndex(of: "/") ?? url.endIndex)])
    do {
      _ = try TranslationMemory(postgres: base + "/tandem_no_such_database")
      Issue.record("opened a database that does not exist")
    } catch let error as MemoryError {
      #expect("\(error)".contains("tandem_no_such_database"))
      #expect("\(error)".contains("createdb"))
    }
    do {
      _ = try TranslationMemory(postgres: "postgresql://nobody:secret@127.0.0.1:1/tandem")
      Issue.record("connected to port 1")
    } catch let error as MemoryError {
      #expect("\(error)".contains("Check that PostgreSQL runs on that host and port"))
      #expect(!"\(error)".contains("secret"))
    }
    if url.contains(":tandem@") {  // Tools/postgres-cluster's server: TCP logins need the password
      do {
        _ = try TranslationMemory(postgres: url.replacingOccurrences(of: ":tandem@", with: ":wrong-password@"))
        Issue.record("logged in with a wrong password")
      } catch let error as MemoryError {
        #expect("\(error)".contains("Check the user and password"))
        #expect(!"\(error)".contains("wrong-password"))
      }
    }
    do {
      _ = try TranslationMemory(postgres: try PostgresTestServer.freshDatabase(), access: .readOnly)
      Issue.record("a read-only command opened an empty database")
    } catch let error as MemoryError {
      #expect("\(error)".contains("tandem tm migrate"))
    }
  }
}

/// Needs no server.
@Suite struct PostgresLocationTests {
  @Test func passwordsStayOutOfMessages() {
    #expect(PostgresStorage.redacted("postgresql://anna:s3cret@db:5432/tm") == "postgresql://anna:***@db:5432/tm")
    #expect(PostgresStorage.redacted("postgresql://db/tm?password=s3cret&sslmode=require")
      == "postgresql://db/tm?password=***&sslmode=require")
    #expect(PostgresStorage.redacted("postgresql://anna@db/tm") == "postgresql://anna@db/tm")
  }
}
