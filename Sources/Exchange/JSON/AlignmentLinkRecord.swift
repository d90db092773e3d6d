import Foundation

/// One link of an alignment in the JSON that `tandem align --format json` and
/// `tandem review` write and ``JSONReader`` reads:
/// `{"links": [{"id", "source", "target", "sourceText", "targetText", "confidence",
/// "type", "lowConfidence", "reason", "repeat_of", "status", "evidence"}, …]}`.
///
/// The one description of that shape: both writers fill it, the reader decodes it,
/// and it also gives the writers' TSV (``tsv(_:)``) and TMX units (``unit(number:sourceLanguage:targetLanguage:)``).
/// Only the two texts are required when reading; absent fields are left out when
/// writing. Indices in `source`/`target` are 0-based sentence numbers, `id` and
/// `repeat_of` are 1-based link numbers as `tandem align` prints them.
public struct AlignmentLinkRecord: Codable, Sendable, Equatable {
  public var id: Int?
  public var source: [Int]?
  public var target: [Int]?
  public var sourceText: String
  public var targetText: String
  public var confidence: Double?
  /// "1-1", "2-1", "1-0", …
  public var type: String?
  public var lowConfidence: Bool?
  /// Why a doubtful link is doubtful: `length`, `lexical`, `shift`, `ambiguous`.
  public var reason: String?
  public var repeatOf: Int?
  /// A reviewed link's status: `pending`, `accepted` or `edited` (`tandem review`).
  public var status: String?
  /// The measures behind the confidence (what Benchmarks/fit-confidence.py fits on).
  public var evidence: Evidence?

  public struct Evidence: Codable, Sendable, Equatable {
    public var posterior: Double
    public var copyPosterior: Double
    public var lengthCost: Double
    public var lexicalSupport: Double
    public var shiftedSupport: Double
    public var neighbourPosterior: Double
    public var irregularDistance: Int
    public var agreesWithFirstPass: Bool?

    /// The measures rounded to four decimals, as they are written.
    public init(posterior: Double, copyPosterior: Double, lengthCost: Double, lexicalSupport: Double,
                shiftedSupport: Double, neighbourPosterior: Double, irregularDistance: Int,
                agreesWithFirstPass: Bool) {
      func round(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
      self.posterior = round(posterior)
      self.copyPosterior = round(copyPosterior)
      self.lengthCost = round(lengthCost)
      self.lexicalSupport = round(lexicalSupport)
      self.shiftedSupport = round(shiftedSupport)
      self.neighbourPosterior = round(neighbourPosterior)
      self.irregularDistance = irregularDistance
      self.agreesWithFirstPass = agreesWithFirstPass
    }
  }

  enum CodingKeys: String, CodingKey {
    case id, source, target, sourceText, targetText, confidence, type, lowConfidence, reason, status, evidence
    case repeatOf = "repeat_of"
  }

  /// A written link; the confidence is rounded to three decimals.
  public init(id: Int, source: [Int], target: [Int], sourceText: String, targetText: String, confidence: Double,
              type: String, lowConfidence: Bool, reason: String? = nil, repeatOf: Int? = nil,
              status: String? = nil, evidence: Evidence? = nil) {
    self.id = id
    self.source = source
    self.target = target
    self.sourceText = sourceText
    self.targetText = targetText
    self.confidence = (confidence * 1000).rounded() / 1000
    self.type = type
    self.lowConfidence = lowConfidence
    self.reason = reason
    self.repeatOf = repeatOf
    self.status = status
    self.evidence = evidence
  }

  /// The unit this link reads as: its texts, its id, and the alignment properties
  /// (``TranslationUnit/alignmentProperties(confidence:linkType:lowConfidence:reason:repeatOf:)``)
  /// with `x-status` for a reviewed link, as the TSV reader keeps a `status` column.
  public func unit(number: Int, sourceLanguage: String, targetLanguage: String) -> TranslationUnit {
    var properties = TranslationUnit.alignmentProperties(
      confidence: confidence, linkType: type, lowConfidence: lowConfidence ?? false,
      reason: reason, repeatOf: repeatOf.map(String.init))
    if let status, !status.isEmpty { properties.append(.init(type: "x-status", value: status)) }
    return TranslationUnit(id: String(id ?? number), sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                           source: sourceText, target: targetText, properties: properties)
  }

  /// `{"links": [...]}`, pretty-printed with sorted keys, and a final line break.
  public static func json(_ links: [AlignmentLinkRecord]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(["links": links]), as: UTF8.self) + "\n"
  }

  /// The TSV that ``TSVReader`` reads back: `source`, `target`, `confidence` (three
  /// decimals), `type`, `flag` ("low"), `reason`, `repeat_of`, `id`, and `status`
  /// when the links carry one. Tabs and line breaks inside a text become spaces.
  public static func tsv(_ links: [AlignmentLinkRecord]) -> String {
    func clean(_ text: String) -> String {
      String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
    let withStatus = links.contains { $0.status != nil }
    var out = "source\ttarget\tconfidence\ttype\tflag\treason\trepeat_of\tid" + (withStatus ? "\tstatus\n" : "\n")
    for link in links {
      var fields = [clean(link.sourceText), clean(link.targetText), link.confidence.map { String(format: "%.3f", $0) } ?? "",
                    link.type ?? "", link.lowConfidence == true ? "low" : "", link.reason ?? "",
                    link.repeatOf.map(String.init) ?? "", link.id.map(String.init) ?? ""]
      if withStatus { fields.append(link.status ?? "") }
      out += fields.joined(separator: "\t") + "\n"
    }
    return out
  }
}
