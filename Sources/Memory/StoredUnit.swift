import Exchange

/// A unit as the memory holds it: its row id and its value.
///
/// The unit's document and confidence travel as the properties
/// `x-document` and `x-confidence`, as they do in TMX.
public struct StoredUnit: Sendable, Hashable {
  public var id: Int64
  public var unit: TranslationUnit

  public init(id: Int64, unit: TranslationUnit) {
    self.id = id
    self.unit = unit
  }
}
