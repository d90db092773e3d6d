/// Something that writes units to a file format, one at a time: TMX, TSV or JSON.
public protocol TranslationUnitWriter {
  mutating func write(_ unit: TranslationUnit) throws(ExchangeError)
  /// Ends the document and hands every buffered byte to the sink. Call it once, at the end.
  mutating func finish() throws(ExchangeError)
  /// Units written so far.
  var unitCount: Int { get }
}

extension TMXWriter: TranslationUnitWriter {}
extension TSVWriter: TranslationUnitWriter {}
extension JSONWriter: TranslationUnitWriter {}
