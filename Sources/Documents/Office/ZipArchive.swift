import CZlibShim

/// A ZIP archive held in memory, read as far as DOCX and ODT need: the central directory,
/// stored and deflated entries. Every offset and size is checked against the data before it
/// is used, so a damaged or hostile file is an error, never a read past the end, a loop or
/// an allocation the file cannot justify (ZIPFoundation, used before, looped forever on a
/// truncated deflate stream and trapped on offsets past the end; both found by FuzzDocuments).
///
/// Not read: ZIP64 (over 4 GiB or 65,535 entries), encryption, methods other than 0 and 8.
struct ZipArchive {
  /// An entry as the central directory describes it.
  struct Entry {
    let path: String
    let method: UInt16
    let flags: UInt16
    let crc32: UInt32
    let compressedSize: Int
    let uncompressedSize: Int
    let localHeaderOffset: Int
  }

  /// Why the data is not a readable archive or entry, in words for an error message.
  struct Damage: Error, Equatable {
    let reason: String
  }

  private let bytes: [UInt8]
  private(set) var entries: [Entry] = []

  /// Deflate cannot shrink data by more than about 1032:1, so an entry that claims more is damaged.
  static let maximumCompressionRatio = 1032

  init(bytes: [UInt8]) throws(Damage) {
    self.bytes = bytes
    let end = try endOfCentralDirectory()
    var offset = end.directoryOffset
    for _ in 0..<end.entryCount {
      guard slice(offset, 46) != nil else { throw Damage(reason: "its central directory ends early at byte \(offset)") }
      // The fixed 46-byte header is in range, so every field read with `!` below is.
      guard uint32(at: offset) == 0x0201_4B50 else {
        throw Damage(reason: "its central directory is damaged at byte \(offset)")
      }
      guard let nameLength = uint16(at: offset + 28), let extraLength = uint16(at: offset + 30),
        let commentLength = uint16(at: offset + 32), let name = slice(offset + 46, Int(nameLength))
      else { throw Damage(reason: "its central directory ends early at byte \(offset)") }
      entries.append(Entry(
        path: String(decoding: name, as: UTF8.self),
        method: uint16(at: offset + 10)!,
        flags: uint16(at: offset + 8)!,
        crc32: uint32(at: offset + 16)!,
        compressedSize: Int(uint32(at: offset + 20)!),
        uncompressedSize: Int(uint32(at: offset + 24)!),
        localHeaderOffset: Int(uint32(at: offset + 42)!)))
      offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
    }
  }

  /// The first entry named `path`.
  func entry(_ path: String) -> Entry? { entries.first { $0.path == path } }

  /// The uncompressed bytes of `entry`, checked against its size and CRC-32.
  func contents(of entry: Entry) throws(Damage) -> [UInt8] {
    guard entry.flags & 1 == 0 else { throw Damage(reason: "it is encrypted") }
    guard let signature = uint32(at: entry.localHeaderOffset), signature == 0x0403_4B50,
      let nameLength = uint16(at: entry.localHeaderOffset + 26),
      let extraLength = uint16(at: entry.localHeaderOffset + 28)
    else { throw Damage(reason: "its local header at byte \(entry.localHeaderOffset) is damaged") }
    let dataOffset = entry.localHeaderOffset + 30 + Int(nameLength) + Int(extraLength)
    guard let data = slice(dataOffset, entry.compressedSize) else {
      throw Damage(reason: "its \(entry.compressedSize) bytes of data run past the end of the file")
    }
    let contents: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw Damage(reason: "it is stored uncompressed but declares two different sizes")
      }
      contents = Array(data)
    case 8:
      contents = try Self.inflate(data, declaredSize: entry.uncompressedSize)
    default:
      throw Damage(reason: "it uses compression method \(entry.method); only stored (0) and deflate (8) are read")
    }
    let crc = contents.withUnsafeBufferPointer { tandem_crc32($0.baseAddress, $0.count) }
    guard crc == entry.crc32 else { throw Damage(reason: "its CRC-32 does not match its data") }
    return contents
  }

  private static func inflate(_ data: ArraySlice<UInt8>, declaredSize: Int) throws(Damage) -> [UInt8] {
    guard declaredSize <= data.count * maximumCompressionRatio + 64 else {
      throw Damage(reason: "it claims \(declaredSize) bytes from \(data.count), more than deflate can hold")
    }
    var output = [UInt8](repeating: 0, count: declaredSize)
    var produced = 0
    let status = data.withUnsafeBufferPointer { input in
      output.withUnsafeMutableBufferPointer { output in
        tandem_inflate_raw(input.baseAddress, input.count, output.baseAddress, output.count, &produced)
      }
    }
    switch status {
    case 0:
      guard produced == declaredSize else {
        throw Damage(reason: "it holds \(produced) bytes, not the \(declaredSize) its header declares")
      }
      return output
    case TANDEM_INFLATE_LONGER_THAN_DECLARED:
      throw Damage(reason: "it holds more than the \(declaredSize) bytes its header declares")
    case -5: throw Damage(reason: "its compressed data ends early")
    default: throw Damage(reason: "its compressed data is damaged (zlib error \(status))")
    }
  }

  /// Where the central directory is and how many entries it has, from the record at the
  /// end of the file (after it only a comment of up to 65,535 bytes).
  private func endOfCentralDirectory() throws(Damage) -> (directoryOffset: Int, entryCount: Int) {
    let recordSize = 22
    guard bytes.count >= recordSize else { throw Damage(reason: "it is too short to hold a ZIP directory") }
    let earliest = max(0, bytes.count - recordSize - 65_535)
    var offset = bytes.count - recordSize
    while offset >= earliest {
      if uint32(at: offset) == 0x0605_4B50,
        let commentLength = uint16(at: offset + 20), offset + recordSize + Int(commentLength) <= bytes.count
      {
        let entryCount = uint16(at: offset + 10)!
        let directoryOffset = uint32(at: offset + 16)!
        guard entryCount != 0xFFFF, directoryOffset != 0xFFFF_FFFF else {
          throw Damage(reason: "it is a ZIP64 archive (over 4 GiB or 65,535 entries), which is not read")
        }
        guard Int(directoryOffset) <= offset else {
          throw Damage(reason: "its central directory would start past its end")
        }
        return (Int(directoryOffset), Int(entryCount))
      }
      offset -= 1
    }
    throw Damage(reason: "it has no end-of-central-directory record (a truncated or damaged ZIP file)")
  }

  private func slice(_ offset: Int, _ count: Int) -> ArraySlice<UInt8>? {
    guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { return nil }
    return bytes[offset..<(offset + count)]
  }

  private func uint16(at offset: Int) -> UInt16? {
    guard let field = slice(offset, 2) else { return nil }
    return UInt16(field[offset]) | UInt16(field[offset + 1]) << 8
  }

  private func uint32(at offset: Int) -> UInt32? {
    guard let field = slice(offset, 4) else { return nil }
    return (0..<4).reduce(0) { $0 | UInt32(field[offset + $1]) << (8 * $1) }
  }
}
