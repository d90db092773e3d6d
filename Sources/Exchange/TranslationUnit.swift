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

  public init(
    id: String? = nil, sourceLanguage: String, targetLanguage: String,
    source: String, target: String, creationDate: Date? = nil, changeDate: Date? = nil,
    properties: [Property] = [], notes: [String] = [],
    sourceCodes: [InlineCode] = [], targetCodes: [InlineCode] = []
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
  }

  /// The value of the first property of `type`, if any.
  public func property(_ type: String) -> String? {
    properties.first { $0.type == type }?.value
  }
}
