@testable import Documents
import Foundation
import Testing
import ZIPFoundation

/// Tandem's own ZIP reader against archives ZIPFoundation writes, and against damaged ones.
@Suite struct ZipArchiveTests {
  /// One entry, stored (method 0) or deflated (8), as ZIPFoundation writes it.
  static func archive(_ text: String, path: String = "content.xml", method: CompressionMethod) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    let data = Data(text.utf8)
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method,
      provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    return [UInt8](try #require(archive.data))
  }

  static let text = String(repeating: "<text:p>Kim sagte, die Freundschaft sei stark.</text:p>\n", count: 200)

  /// Where the first entry's data starts (after its 30-byte local header and name).
  static func dataOffset(_ bytes: [UInt8]) -> Int {
    30 + Int(bytes[26]) + Int(bytes[27]) << 8 + Int(bytes[28]) + Int(bytes[29]) << 8
  }

  @Test func readsWhatZIPFoundationWrites() throws {
    for method in [CompressionMethod.none, .deflate] {
      let zip = try ZipArchive(bytes: Self.archive(Self.text, method: method))
      #expect(zip.entries.map(\.path) == ["content.xml"])
      let entry = try #require(zip.entry("content.xml"))
      #expect(entry.method == (method == .deflate ? 8 : 0))
      #expect(String(decoding: try zip.contents(of: entry), as: UTF8.self) == Self.text)
      #expect(zip.entry("styles.xml") == nil)
    }
  }

  @Test func emptyEntries() throws {
    for method in [CompressionMethod.none, .deflate] {
      let zip = try ZipArchive(bytes: Self.archive("", method: method))
      #expect(try zip.contents(of: try #require(zip.entry("content.xml"))).isEmpty)
    }
  }

  /// Found by FuzzDocuments: an ODT whose content.xml ends inside its deflate stream sent
  /// ZIPFoundation into an endless read loop at the end of the file; it is an error now.
  @Test func truncatedDeflateStreamIsAnErrorNotAHang() throws {
    let bytes = try #require(Data(base64Encoded: """
      UEsDBBQAAAAIACR7gl1exjIMKQAAACcAAAAIAAAAbWltZXR5cGVLLCjIyUxOLMnMz9Mvy0vRy08szizWyy9IzUvJTy7NTc0r0StJ\
      rSgBAFBLAwQUAAAACAAke4JdnPxOU6cAAABYAQAACwAAAGNvbnRlbnQueG1sjZBNDoIwEIWvQrqH6nZSysoT6AVqGWKTMm1oIejp\
      hVKJLExczbzM9+ZPNHNviwmHYBzV7FydWCOF6zqjEVqnxx4pltpRXGKxsBRgq9ZsHAicCiYAqR4DRA3OI31c8E3D2jj7I87xX/fK\
      Ju++1N21z99QSwECFAMUAAAACAAke4JdXsYyDCkAAAAnAAAACAAAAAAAAAAAAAAAgAEAAAAAbWltZXR5cGVQSwECFAMUAAAACAAk\
      e4JdnPxOU6cAAABYAQAACwAAAAAAAAAAAAAAgAFPAAAAY29udGVudC54bWxQSwUGAAAAAAIAAgBvAAAAHwEAAAAA
      """))
    #expect(throws: DocumentReadError.self) { try ODTReader.blocks([UInt8](bytes), name: "a.odt") }
  }

  @Test func damagedDataIsNamed() throws {
    let whole = try Self.archive(Self.text, method: .deflate)
    let zip = try ZipArchive(bytes: whole)
    let entry = try #require(zip.entry("content.xml"))
    let start = Self.dataOffset(whole)

    // The deflate stream cut short: the central directory still claims the whole entry.
    var cut = whole
    cut.replaceSubrange((start + entry.compressedSize / 2)..<(start + entry.compressedSize),
                        with: [UInt8](repeating: 0, count: entry.compressedSize - entry.compressedSize / 2))
    #expect(throws: ZipArchive.Damage.self) { try ZipArchive(bytes: cut).contents(of: entry) }

    // One flipped bit in the data: zlib or the CRC-32 notices.
    var flipped = whole
    flipped[start + entry.compressedSize - 3] ^= 0x10
    #expect(throws: ZipArchive.Damage.self) { try ZipArchive(bytes: flipped).contents(of: entry) }

    // More claimed than deflate can hold, and data that runs past the end of the file.
    let bomb = ZipArchive.Entry(
      path: entry.path, method: 8, flags: 0, crc32: entry.crc32, compressedSize: entry.compressedSize,
      uncompressedSize: entry.compressedSize * 2000, localHeaderOffset: 0)
    #expect(throws: ZipArchive.Damage(reason: "it claims \(bomb.uncompressedSize) bytes from \(entry.compressedSize), more than deflate can hold")) {
      try zip.contents(of: bomb)
    }
    let pastTheEnd = ZipArchive.Entry(
      path: entry.path, method: 8, flags: 0, crc32: entry.crc32, compressedSize: whole.count,
      uncompressedSize: entry.uncompressedSize, localHeaderOffset: 0)
    #expect(throws: ZipArchive.Damage(reason: "its \(whole.count) bytes of data run past the end of the file")) {
      try zip.contents(of: pastTheEnd)
    }
    let shorter = ZipArchive.Entry(
      path: entry.path, method: 8, flags: 0, crc32: entry.crc32, compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize - 1, localHeaderOffset: 0)
    #expect(throws: ZipArchive.Damage(reason: "it holds more than the \(shorter.uncompressedSize) bytes its header declares")) {
      try zip.contents(of: shorter)
    }
  }

  @Test func archivesItDoesNotRead() throws {
    let whole = try Self.archive(Self.text, method: .deflate)
    #expect(throws: ZipArchive.Damage(reason: "it has no end-of-central-directory record (a truncated or damaged ZIP file)")) {
      try ZipArchive(bytes: Array(whole.dropLast(30)))
    }
    var zip64 = whole
    let end = whole.count - 22
    zip64.replaceSubrange((end + 16)..<(end + 20), with: [0xFF, 0xFF, 0xFF, 0xFF])
    #expect(throws: ZipArchive.Damage(reason: "it is a ZIP64 archive (over 4 GiB or 65,535 entries), which is not read")) {
      try ZipArchive(bytes: zip64)
    }
    var encrypted = whole
    let directory = Int(whole[end + 16]) | Int(whole[end + 17]) << 8 | Int(whole[end + 18]) << 16
    encrypted[directory + 8] |= 1
    let entry = try #require(try ZipArchive(bytes: encrypted).entry("content.xml"))
    #expect(throws: ZipArchive.Damage(reason: "it is encrypted")) { try ZipArchive(bytes: encrypted).contents(of: entry) }
  }
}
