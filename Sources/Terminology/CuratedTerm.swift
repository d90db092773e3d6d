/// An entry of a curated glossary: a source term, its approved translation
/// and a note.
public struct CuratedTerm: Sendable, Hashable {
  public var source: String
  public var target: String
  public var note: String

  public init(source: String, target: String, note: String = "") {
    self.source = source
    self.target = target
    self.note = note
  }
}
