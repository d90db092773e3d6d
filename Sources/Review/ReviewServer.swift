import Foundation
import Hummingbird
import Logging
import NIOCore
public import Alignment
public import Terminology

/// The review as it is being edited, with what the command gives it to do the rest:
/// realign (`ReviewDocument.realignPending`), check (QA findings per link) and save.
/// An actor, because the server answers requests concurrently.
public actor ReviewSession {
  public private(set) var document: ReviewDocument
  private let realign: @Sendable ([AlignmentAnchor]) throws -> [Alignment.AlignmentLink]
  private let check: @Sendable ([AlignedPair]) -> [QAFinding]
  private let save: @Sendable (ReviewDocument) throws -> String

  /// - Parameters:
  ///   - realign: Aligns the whole text again around the anchors it is given.
  ///   - check: The QA findings of the links (`QualityChecker.check`).
  ///   - save: Writes the reviewed alignment and returns where it went.
  public init(document: ReviewDocument,
              realign: @escaping @Sendable ([AlignmentAnchor]) throws -> [Alignment.AlignmentLink],
              check: @escaping @Sendable ([AlignedPair]) -> [QAFinding],
              save: @escaping @Sendable (ReviewDocument) throws -> String) {
    self.document = document
    self.realign = realign
    self.check = check
    self.save = save
    self.document.findings = Self.byLink(check(document.alignedPairs))
  }

  static func byLink(_ findings: [QAFinding]) -> [Int: [QAFinding]] {
    var result: [Int: [QAFinding]] = [:]
    for finding in findings { result[finding.link, default: []].append(finding) }
    return result
  }

  /// One editing request of the page.
  public struct Operation: Sendable, Decodable {
    public var index: Int?
    public var side: ReviewDocument.Side?
    public var direction: ReviewDocument.Direction?
    public var target: String?

    public init(index: Int? = nil, side: ReviewDocument.Side? = nil, direction: ReviewDocument.Direction? = nil,
                target: String? = nil) {
      self.index = index
      self.side = side
      self.direction = direction
      self.target = target
    }
  }

  /// Applies `name` ("accept", "merge", "split", "move", "edit", "realign", "save") and
  /// returns the JSON answer: `{"focus": n}` (the link to show), `{"saved": path}`, or `{"error": message}`.
  public func apply(_ name: String, _ operation: Operation) -> [String: String] {
    do {
      let index = operation.index ?? 0
      switch name {
      case "accept": try document.accept(index)
      case "merge": try document.mergeWithNext(index)
      case "split": try document.split(index)
      case "move":
        guard let side = operation.side, let direction = operation.direction else {
          return ["error": "move needs a side (source or target) and a direction (previous or next)."]
        }
        try document.move(index, side: side, to: direction)
      case "edit":
        guard let target = operation.target else { return ["error": "edit needs the new target text."] }
        try document.edit(index, target: target)
      case "realign": try document.realignPending(using: realign)
      case "save": return ["saved": try save(document)]
      default: return ["error": "unknown operation '\(name)'."]
      }
      document.findings = Self.byLink(check(document.alignedPairs))
      return ["focus": String(min(index, max(document.links.count - 1, 0)))]
    } catch {
      return ["error": "\(error)"]
    }
  }
}

/// Serves the review page and its JSON API on 127.0.0.1 until SIGINT or SIGTERM.
///
/// `GET /` is the page (`ReviewPage` with editing buttons); `POST /api/OPERATION`
/// with a JSON body `{"index", "side", "direction", "target"}` edits the review
/// (see `ReviewSession.apply`). Nothing listens beyond the loopback interface.
public struct ReviewServer: Sendable {
  public var session: ReviewSession
  public var title: String
  /// 0 lets the system pick a free port.
  public var port: Int

  public init(session: ReviewSession, title: String, port: Int) {
    self.session = session
    self.title = title
    self.port = port
  }

  /// Runs until the process gets SIGINT or SIGTERM; `ready` gets the page's URL once the server listens.
  public func run(ready: @escaping @Sendable (String) -> Void) async throws {
    let router = Router()
    let session = session, page = ReviewPage(title: title, served: true)
    router.get("/") { _, _ -> Response in
      let html = page.render(await session.document)
      return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                      body: .init(byteBuffer: ByteBuffer(string: html)))
    }
    router.post("/api/:operation") { request, context -> Response in
      let name = context.parameters.get("operation") ?? ""
      let answer: [String: String]
      do {
        let operation = try await request.decode(as: ReviewSession.Operation.self, context: context)
        answer = await session.apply(name, operation)
      } catch {
        answer = ["error": "the request body is not a JSON operation: \(error)"]
      }
      let data = try JSONEncoder().encode(answer)
      return Response(status: answer["error"] == nil ? .ok : .badRequest,
                      headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
    var logger = Logger(label: "tandem-review")
    logger.logLevel = .warning
    let app = Application(
      router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
      onServerRunning: { channel in ready("http://127.0.0.1:\(channel.localAddress?.port ?? 0)/") },
      logger: logger)
    try await app.runService()  // stops gracefully on SIGTERM and SIGINT
  }
}
