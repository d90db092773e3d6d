import Foundation

/// The `<header>` of a TMX file: every attribute the TMX 1.4 DTD requires, and a few optional ones.
public struct TMXHeader: Sendable, Hashable {
  public var creationTool: String
  public var creationToolVersion: String
  /// `segtype`: block, paragraph, sentence or phrase.
  public var segmentType: String
  /// `o-tmf`: the format of the memory the file was exported from.
  public var originalFormat: String
  /// `adminlang`: the language of notes and properties.
  public var adminLanguage: String
  /// `srclang`: the source language of every unit, or "*all*". A writer given nil takes it from the first unit.
  public var sourceLanguage: String?
  public var dataType: String
  public var creationDate: Date?
  /// The `version` attribute of `<tmx>` (read only; writers write "1.4").
  public var version: String
  /// The header's `<note>`s and `<prop>`s.
  public var notes: [String] = []
  public var properties: [TranslationUnit.Property] = []
  /// `o-encoding`, `creationid`, `changedate` and `changeid`, as written.
  public var attributes: [String: String] = [:]

  public init(
    creationTool: String = "Tandem", creationToolVersion: String = "0.1.0", segmentType: String = "sentence",
    originalFormat: String = "Tandem", adminLanguage: String = "en", sourceLanguage: String? = nil,
    dataType: String = "plaintext", creationDate: Date? = nil, version: String = "1.4"
  ) {
    self.creationTool = creationTool
    self.creationToolVersion = creationToolVersion
    self.segmentType = segmentType
    self.originalFormat = originalFormat
    self.adminLanguage = adminLanguage
    self.sourceLanguage = sourceLanguage
    self.dataType = dataType
    self.creationDate = creationDate
    self.version = version
  }
}
