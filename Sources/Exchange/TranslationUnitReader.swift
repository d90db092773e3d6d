/// A cursor over the units of a file: TMX, TSV or JSON.
///
/// Readers stream: each call reads only as far as the next unit, so memory does not grow
/// with the file. Iterate with `while let unit = try reader.next() { … }`.
public protocol TranslationUnitReader: AnyObject {
  /// The next unit, or nil after the last one.
  func next() throws(ExchangeError) -> TranslationUnit?
  /// The 1-based line where the unit that `next()` returned last starts; nil when the format does not tell.
  var lineOfLastUnit: Int? { get }
}

extension TranslationUnitReader {
  public var lineOfLastUnit: Int? { nil }

  /// Every remaining unit (for tests and small files).
  public func readAll() throws(ExchangeError) -> [TranslationUnit] {
    var units: [TranslationUnit] = []
    while let unit = try next() { units.append(unit) }
    return units
  }
}
