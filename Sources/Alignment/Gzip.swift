import CZlibShim

/// gzip decompression (zlib), for the `.dict.dz` files of dictd dictionaries.
public enum Gzip {
  /// The decompressed bytes of a gzip stream of one or more members; a
  /// dictzip file is one member whose extra header field zlib skips.
  ///
  /// - Throws: ``AlignmentError/invalidCompressedData(zlibCode:)`` when the
  ///   data is not gzip, is damaged or ends early.
  public static func decompress(_ bytes: [UInt8]) throws(AlignmentError) -> [UInt8] {
    var output: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = bytes.withUnsafeBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -5 }  // Z_BUF_ERROR: no data
      return tandem_gunzip(base, buffer.count, &output, &length)
    }
    defer { tandem_gunzip_free(output) }
    guard status == 0, let output else { throw .invalidCompressedData(zlibCode: status) }
    return Array(UnsafeBufferPointer(start: output, count: length))
  }
}
