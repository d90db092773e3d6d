/// An error reading or writing a TMX, TSV or JSON file.
///
/// Every case names the file, and the line and column when there is one, so that
/// a user can open the file at that place.
public enum ExchangeError: Error, Sendable, Equatable {
  case cannotOpen(path: String, reason: String)
  case readFailed(path: String, reason: String)
  case writeFailed(path: String, reason: String)
  /// The output path names one of the command's inputs (the same file, by device and inode).
  case outputIsInput(path: String, input: String)
  /// The bytes are not well-formed XML.
  case malformedXML(file: String, line: Int, column: Int, reason: String)
  /// The bytes are not in the encoding the file declares (or UTF-8 when it declares none).
  case invalidEncoding(file: String, line: Int, column: Int, reason: String)
  /// The file declares an encoding Tandem does not read.
  case unsupportedEncoding(file: String, encoding: String)
  /// Entity expansion exceeded its bound (a "billion laughs" file, or entities nested too deep).
  case entityExpansionLimit(file: String, line: Int, column: Int, entity: String, limit: Int)
  /// The XML is well-formed but is not a TMX document.
  case notTMX(file: String, line: Int, column: Int, reason: String)
  /// A TSV or JSON line that cannot be read.
  case malformedRecord(file: String, line: Int, reason: String)
  /// The language pair is neither in the file nor given.
  case missingLanguage(file: String, which: String)
  /// A unit to write holds a text longer than a TMX reader takes back (``TMXWriter/maximumTextBytes``).
  case unitTooLarge(unit: Int, id: String?, part: String, bytes: Int, limit: Int)
}

extension ExchangeError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .cannotOpen(path, reason): "\(path): cannot open: \(reason). Check the path and its permissions."
    case let .readFailed(path, reason): "\(path): read failed: \(reason)."
    case let .writeFailed(path, reason): "\(path): write failed: \(reason). Check free space and permissions."
    case let .outputIsInput(path, input):
      "\(path): refusing to write: it is the input '\(input)', which would be replaced. Choose another output file."
    case let .malformedXML(file, line, column, reason):
      "\(file):\(line):\(column): malformed XML: \(clipped(reason)). Fix the file at this place (an editor or `xmllint --noout` shows it)."
    case let .invalidEncoding(file, line, column, reason):
      "\(file):\(line):\(column): \(clipped(reason)). Save the file as UTF-8, or declare its encoding in the XML declaration."
    case let .unsupportedEncoding(file, encoding):
      "\(file): encoding '\(clipped(encoding))' is not supported. Convert the file to UTF-8 (e.g. `iconv -f \(clipped(encoding)) -t UTF-8`)."
    case let .entityExpansionLimit(file, line, column, entity, limit):
      "\(file):\(line):\(column): entity '&\(clipped(entity));' expands beyond \(limit) bytes or nests too deep; refusing the file (an entity expansion attack such as \"billion laughs\" looks like this). Remove the entity declarations from the DOCTYPE."
    case let .notTMX(file, line, column, reason): "\(file):\(line):\(column): not a TMX document: \(clipped(reason))."
    case let .malformedRecord(file, line, reason): "\(file):\(line): \(clipped(reason))."
    case let .unitTooLarge(unit, id, part, bytes, limit):
      "unit \(unit)\(id.map { " (id \($0))" } ?? ""): its \(part) is \(bytes >> 20) MiB; TMX readers, Tandem's among them, "
        + "refuse more than \(limit >> 20) MiB. Split the unit, or leave it out of the TMX."
    case let .missingLanguage(file, which):
      "\(file): the \(which) language is not in the file. Pass --\(which)-lang (a BCP 47 tag such as 'de' or 'en-GB')."
    }
  }
}

/// Text from the file quoted in a message (an element or entity name, a record), cut to a
/// length a terminal shows: a broken file can hold a "name" of many megabytes.
private func clipped(_ quoted: String, to limit: Int = 300) -> String {
  quoted.count <= limit ? quoted : quoted.prefix(limit) + "… (\(quoted.utf8.count) bytes)"
}
