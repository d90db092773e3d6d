/// Reads a file in one of the block formats into its blocks.
///
/// ```swift
/// let blocks = try DocumentReader.blocks(bytes, name: "article.html", format: .html)
/// for block in blocks { print(block.kind.name, block.text) }
/// ```
public enum DocumentReader {
  /// The blocks of `bytes`, read as `format`. Plain text is read as hard-wrapped
  /// text (`WrappedTextReader`): use it for `--unwrap`.
  public static func blocks(_ bytes: [UInt8], name: String, format: DocumentFormat) throws(DocumentReadError) -> [DocumentBlock] {
    switch format {
    case .html: try HTMLReader.blocks(TextDecoding.decode(bytes, name: name), name: name)
    case .markdown: try MarkdownReader.blocks(TextDecoding.decode(bytes, name: name), name: name)
    case .docx: try DOCXReader.blocks(bytes, name: name)
    case .odt: try ODTReader.blocks(bytes, name: name)
    case .text: WrappedTextReader.blocks(try TextDecoding.decode(bytes, name: name))
    case .xliff, .po, .srt: throw .unitFormat(file: name, format: format)
    }
  }
}
