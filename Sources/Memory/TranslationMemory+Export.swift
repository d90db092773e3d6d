import Exchange
import Foundation

extension TranslationMemory {
  /// Calls `body` with every stored unit, in the order they were added,
  /// optionally only those of one language pair: "en" selects every variety of
  /// English, "en-GB" only en-GB (see ``LanguageTag/selects(_:_:)``).
  ///
  /// Reads through a cursor inside one read transaction: memory use does not
  /// grow with the store, and a concurrent import is not seen half-done.
  public func forEachUnit(
    sourceLanguage: String? = nil, targetLanguage: String? = nil,
    _ body: (StoredUnit) throws -> Void
  ) throws {
    try storage.read("export") { reader in
      try reader.forEachUnit { unit in
        if let sourceLanguage, !LanguageTag.selects(sourceLanguage, unit.sourceLang) { return }
        if let targetLanguage, !LanguageTag.selects(targetLanguage, unit.targetLang) { return }
        try body(unit.stored)
      }
    }
  }

  /// The header notes, properties and extra attributes of the imported TMX documents,
  /// for an export: notes and properties of all documents (each once, in import order),
  /// attributes of the first that has them. Documents of other language pairs are left out.
  public func documentHeader(sourceLanguage: String? = nil, targetLanguage: String? = nil) throws -> TMXHeader {
    try storage.read("export") { reader in
      var header = TMXHeader()
      var seenNotes = Set<String>()
      var seenProperties = Set<TranslationUnit.Property>()
      try reader.forEachDocumentHeader { _, json, sourceLang, targetLang in
        guard let stored = DocumentHeader.decode(json) else { return }
        if let sourceLanguage, let sourceLang, !LanguageTag.selects(sourceLanguage, sourceLang) { return }
        if let targetLanguage, let targetLang, !LanguageTag.selects(targetLanguage, targetLang) { return }
        for note in stored.notes ?? [] where seenNotes.insert(note).inserted { header.notes.append(note) }
        for property in stored.properties ?? [] where seenProperties.insert(property).inserted {
          header.properties.append(property)
        }
        if header.attributes.isEmpty { header.attributes = stored.attributes ?? [:] }
      }
      return header
    }
  }
}

/// What `document.header` keeps of a TMX header: what the writer cannot make up again.
struct DocumentHeader: Codable {
  var notes: [String]?
  var properties: [TranslationUnit.Property]?
  var attributes: [String: String]?

  init(_ header: TMXHeader) {
    notes = header.notes.isEmpty ? nil : header.notes
    properties = header.properties.isEmpty ? nil : header.properties
    attributes = header.attributes.isEmpty ? nil : header.attributes
  }

  var json: String? {
    guard notes != nil || properties != nil || attributes != nil,
      let data = try? JSONEncoder().encode(self)
    else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  static func decode(_ json: String?) -> DocumentHeader? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(DocumentHeader.self, from: Data(json.utf8))
  }
}
