/// A file that cannot be read as a document. Every case names the file and
/// the place (line and column, or the ZIP entry) and says what to do.
public enum DocumentReadError: Error, Sendable, Equatable {
  /// Bytes that are not UTF-8 (and no UTF-16 byte order mark).
  case invalidUTF8(file: String, line: Int, column: Int)
  /// Markup broken beyond repair: an unterminated tag, comment or CDATA section,
  /// or (in the XML of DOCX and ODT) a mismatched end tag.
  case malformedMarkup(file: String, entry: String?, line: Int, column: Int, reason: String)
  /// A DOCX or ODT that is not a ZIP archive.
  case notAZipArchive(file: String, reason: String)
  /// A DOCX or ODT without the entry holding its text.
  case missingEntry(file: String, entry: String, format: DocumentFormat)
  /// An entry of the archive that cannot be extracted.
  case unreadableEntry(file: String, entry: String, reason: String)
  /// XLIFF, PO and SRT hold translation units; Exchange reads them.
  case unitFormat(file: String, format: DocumentFormat)
}

extension DocumentReadError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .invalidUTF8(file, line, column):
      "\(file):\(line):\(column): not UTF-8. Convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) "
        + "or save it as UTF-16 with a byte order mark."
    case let .malformedMarkup(file, entry, line, column, reason):
      "\(file)\(entry.map { " (entry \($0))" } ?? ""):\(line):\(column): \(reason). "
        + (entry == nil
          ? "Fix the file at this place, or pass --input-format text to read it as plain text."
          : "The archive is damaged; open and save it again in Word or LibreOffice.")
    case let .notAZipArchive(file, reason):
      "\(file): not a ZIP archive (\(reason)), so not a DOCX or ODT file. "
        + "Save it from Word or LibreOffice as .docx or .odt, or pass --input-format for what it is."
    case let .missingEntry(file, entry, format):
      "\(file): the archive has no \(entry), so it is not a \(format.rawValue.uppercased()) document. "
        + "Save it from Word or LibreOffice again."
    case let .unreadableEntry(file, entry, reason):
      "\(file): cannot extract \(entry): \(reason). The archive is damaged; save it again."
    case let .unitFormat(file, format):
      "\(file): \(format.rawValue.uppercased()) holds translation units, not a document's blocks; "
        + "read it with the unit readers (tandem convert, tm import, align)."
    }
  }
}
