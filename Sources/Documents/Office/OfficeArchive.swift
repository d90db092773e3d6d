import Foundation
import Glibc
import ZIPFoundation

/// The ZIP container of a DOCX or ODT file, read from memory.
struct OfficeArchive {
  private let archive: Archive
  let file: String

  init(bytes: [UInt8], file: String) throws(DocumentReadError) {
    self.file = file
    guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
      throw .notAZipArchive(file: file, reason: "it does not start with a ZIP signature")
    }
    // Through a file, not ZIPFoundation's in-memory archive: that one traps on ZIP data
    // whose offsets point past the end (found by FuzzDocuments) and leaks on broken ones.
    // The file is unlinked at once; the open archive keeps reading it.
    var template = Array((NSTemporaryDirectory() + "/tandem-office-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw .notAZipArchive(file: file, reason: "cannot write a temporary copy: \(String(cString: strerror(errno)))")
    }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(temporary) }
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    guard written == bytes.count else {
      throw .notAZipArchive(file: file, reason: "cannot write a temporary copy: \(String(cString: strerror(errno)))")
    }
    do {
      archive = try Archive(url: URL(fileURLWithPath: temporary), accessMode: .read)
    } catch {
      throw .notAZipArchive(file: file, reason: "\(error)")
    }
  }

  /// The entry `path` decoded as UTF-8, or nil when the archive has no such entry.
  func text(_ path: String) throws(DocumentReadError) -> String? {
    guard let entry = archive[path] else { return nil }
    var data = Data()
    do {
      _ = try archive.extract(entry) { data.append($0) }
    } catch {
      throw .unreadableEntry(file: file, entry: path, reason: "\(error)")
    }
    do {
      return try TextDecoding.decode([UInt8](data), name: "\(file) (entry \(path))")
    } catch {
      throw .unreadableEntry(file: file, entry: path, reason: "not UTF-8")
    }
  }

  /// The entry `path`, which the format requires.
  func requiredText(_ path: String, format: DocumentFormat) throws(DocumentReadError) -> String {
    guard let text = try text(path) else { throw .missingEntry(file: file, entry: path, format: format) }
    return text
  }
}

/// Paragraphs as an office reader walks them: a paragraph may hold another
/// (a text box, a footnote body), whose blocks follow the outer paragraph's.
struct ParagraphStack {
  private var open: [(builder: BlockBuilder, kind: DocumentBlock.Kind)] = []
  private var deferred: [DocumentBlock] = []
  private(set) var blocks: [DocumentBlock] = []

  var isInParagraph: Bool { !open.isEmpty }

  mutating func begin(_ kind: DocumentBlock.Kind) {
    open.append((BlockBuilder(preservesWhiteSpace: kind == .code), kind))
  }

  /// Changes the kind of the innermost paragraph (its properties come after its start tag).
  mutating func setKind(_ kind: DocumentBlock.Kind) {
    guard !open.isEmpty else { return }
    open[open.count - 1].kind = kind
    open[open.count - 1].builder.preservesWhiteSpace = kind == .code
  }

  var kind: DocumentBlock.Kind? { open.last?.kind }

  mutating func withBuilder(_ body: (inout BlockBuilder) -> Void) {
    guard !open.isEmpty else { return }
    body(&open[open.count - 1].builder)
  }

  mutating func end() {
    guard var last = open.popLast() else { return }
    guard let block = last.builder.finish(last.kind) else { return }
    if open.isEmpty {
      blocks.append(block)
      blocks.append(contentsOf: deferred)
      deferred = []
    } else {
      deferred.append(block)
    }
  }

  /// Blocks outside the body (footnotes), appended at the end.
  mutating func append(_ more: [DocumentBlock]) { blocks.append(contentsOf: more) }
}
