/// The file formats units are exchanged in, recognized by file extension.
public enum UnitFormat: String, Sendable, CaseIterable {
  case tmx, tsv, json, jsonl
  /// XLIFF 1.2 or 2.0 in (see `XLIFFReader`); `xliff` writes 1.2, `xliff2` writes 2.0.
  case xliff, xliff2
  /// gettext PO and SubRip subtitles (monolingual: one unit per cue).
  case po, srt

  /// The format a path's extension names (`.tmx`, `.tsv`/`.tab`, `.json`, `.jsonl`/`.ndjson`,
  /// `.xlf`/`.xliff`, `.po`/`.pot`, `.srt`, each also with `.gz` after it), if any.
  public init?(path: String) {
    // `memory.tmx.gz` is a TMX: readers and writers handle the compression.
    let path = path.lowercased().hasSuffix(".gz") ? String(path.dropLast(3)) : path
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "tmx": self = .tmx
    case "tsv", "tab": self = .tsv
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonl
    case "xlf", "xliff": self = .xliff
    case "po", "pot": self = .po
    case "srt": self = .srt
    default: return nil
    }
  }

  /// Whether a file of this format holds both sides of a unit (an SRT file holds one language).
  public var isBilingual: Bool { self != .srt }

  /// A reader for this format over `source`.
  ///
  /// - Parameters:
  ///   - sourceLanguage: The source language; nil takes it from the file.
  ///   - targetLanguage: The target language; nil takes it from the file.
  ///   - inlineMarkup: How a TMX reader treats inline markup.
  public func reader(
    source: some ByteSource, fileName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil,
    inlineMarkup: TMXReader.Options.InlineMarkup = .keep
  ) throws(ExchangeError) -> any TranslationUnitReader {
    switch self {
    case .tmx:
      let options = TMXReader.Options(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, inlineMarkup: inlineMarkup)
      return try TMXReader(source: source, fileName: fileName, options: options)
    case .tsv:
      return try TSVReader(source: source, fileName: fileName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    case .json, .jsonl:
      return JSONReader(source: source, fileName: fileName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    case .xliff, .xliff2:
      return try XLIFFReader(source: source, fileName: fileName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    case .po:
      return try POReader(source: source, fileName: fileName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    case .srt:
      return try SRTReader(source: source, fileName: fileName, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
  }

  /// A writer for this format into `sink`; `header` is used by TMX only.
  public func writer(sink: some ByteSink, header: TMXHeader = TMXHeader()) -> any TranslationUnitWriter {
    switch self {
    case .tmx: TMXWriter(sink: sink, header: header)
    case .tsv: TSVWriter(sink: sink)
    case .json: JSONWriter(sink: sink, style: .array)
    case .jsonl: JSONWriter(sink: sink, style: .lines)
    case .xliff: XLIFFWriter(sink: sink, version: .v12)
    case .xliff2: XLIFFWriter(sink: sink, version: .v20)
    case .po: POWriter(sink: sink)
    case .srt: SRTWriter(sink: sink)
    }
  }
}
