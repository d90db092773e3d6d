import Foundation

/// One bilingual unit of a translation memory: a source segment, its
/// translation, and what is known about where they came from.
///
/// This is the value that moves between aligner output, TMX/TSV/JSON files
/// and the memory store.
public struct TranslationUnit: Sendable, Hashable {
  /// A property of a unit, written to TMX as `<prop type="…">value</prop>`.
  /// Tandem's own types start with `x-` (e.g. `x-confidence`, `x-link-type`).
  public struct Property: Sendable, Hashable, Codable {
    public var type: String
    public var value: String
    public init(type: String, value: String) {
      self.type = type
      self.value = value
    }
  }

  /// What a TMX `<tuv>` records beside its segment: notes, properties, and attributes
  /// other than its language (`creationid`, `changedate`, `usagecount`, … as written).
  public struct VariantDetails: Sendable, Hashable, Codable {
    public var notes: [String]
    public var properties: [Property]
    public var attributes: [String: String]
    public init(notes: [String] = [], properties: [Property] = [], attributes: [String: String] = [:]) {
      self.notes = notes
      self.properties = properties
      self.attributes = attributes
    }

    public var isEmpty: Bool { notes.isEmpty && properties.isEmpty && attributes.isEmpty }
  }

  /// The unit's identifier (TMX `tuid`), if it has one.
  public var id: String?
  /// BCP 47 tag of the source text, e.g. "de".
  public var sourceLanguage: String
  /// BCP 47 tag of the target text, e.g. "en-GB".
  public var targetLanguage: String
  public var source: String
  public var target: String
  /// When the unit was created (TMX `creationdate`).
  public var creationDate: Date?
  /// When the unit was last changed (TMX `changedate`).
  public var changeDate: Date?
  public var properties: [Property]
  public var notes: [String]
  /// TMX inline markup of the source segment; `source` holds its text only. See ``InlineCode``.
  public var sourceCodes: [InlineCode]
  /// TMX inline markup of the target segment.
  public var targetCodes: [InlineCode]
  /// TMX attributes of the `<tu>` besides `tuid`, `creationdate` and `changedate`, as written:
  /// `creationid`, `changeid`, `usagecount`, `lastusagedate`, `creationtool`, `srclang`, ….
  public var attributes: [String: String]
  /// What the source and the target `<tuv>` record beside their segments.
  public var sourceDetails: VariantDetails
  public var targetDetails: VariantDetails

  /// Who created the unit (TMX `creationid`).
  public var creationUser: String? {
    get { attributes["creationid"] }
    set { attributes["creationid"] = newValue }
  }
  /// Who changed the unit last (TMX `changeid`).
  public var changeUser: String? {
    get { attributes["changeid"] }
    set { attributes["changeid"] = newValue }
  }

  public init(
    id: String? = nil, sourceLanguage: String, targetLanguage: String,
    source: String, target: String, creationDate: Date? = nil, changeDate: Date? = nil,
    properties: [Property] = [], notes: [String] = [],
    sourceCodes: [InlineCode] = [], targetCodes: [InlineCode] = [],
    attributes: [String: String] = [:], sourceDetails: VariantDetails = .init(), targetDetails: VariantDetails = .init()
  ) {
    self.id = id
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.source = source
    self.target = target
    self.creationDate = creationDate
    self.changeDate = changeDate
    self.properties = properties
    self.notes = notes
    self.sourceCodes = sourceCodes
    self.targetCodes = targetCodes
    self.attributes = attributes
    self.sourceDetails = sourceDetails
    self.targetDetails = targetDetails
  }

  /// The value of the first property of `type`, if any.
  public func property(_ type: String) -> String? {
    properties.first { $0.type == type }?.value
  }

  /// Whether both sides hold something to translate or reuse: text other than white
  /// space, or inline codes. An aligner's 1-0 link, or a target of one space, is not a
  /// translation; readers still yield it (a checker reports it), writers of memories skip it.
  public var isTranslation: Bool {
    Self.hasContent(source, sourceCodes) && Self.hasContent(target, targetCodes)
  }

  static func hasContent(_ text: String, _ codes: [InlineCode]) -> Bool {
    !codes.isEmpty || text.unicodeScalars.contains { !$0.properties.isWhitespace }
  }

  /// The properties Tandem gives a unit made from an alignment link: `x-confidence`
  /// (three decimals), `x-link-type` (e.g. "2-1"), `x-flag: low-confidence` when flagged,
  /// `x-reason` (why a doubtful link is doubtful: length, lexical, shift, ambiguous) and
  /// `x-repeat-of` (the id of the unit whose text this unit's repeats).
  /// `tandem align` writes them and the TSV and JSON readers restore them from its columns.
  public static func alignmentProperties(confidence: Double?, linkType: String?, lowConfidence: Bool,
                                         reason: String? = nil, repeatOf: String? = nil)
    -> [Property]
  {
    var properties: [Property] = []
    if let confidence { properties.append(.init(type: "x-confidence", value: String(format: "%.3f", confidence))) }
    if let linkType, !linkType.isEmpty { properties.append(.init(type: "x-link-type", value: linkType)) }
    if lowConfidence { properties.append(.init(type: "x-flag", value: "low-confidence")) }
    if let reason, !reason.isEmpty { properties.append(.init(type: "x-reason", value: reason)) }
    if let repeatOf, !repeatOf.isEmpty { properties.append(.init(type: "x-repeat-of", value: repeatOf)) }
    return properties
  }
}
