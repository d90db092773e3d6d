/*
 * CZlibShim — zlib (zlib1g-dev), behind Tandem's own functions and plain C types.
 * Reads the .dict.dz files of dictd dictionaries (dictzip is gzip with an extra header
 * field), streams .gz exchange files and inflates the entries of DOCX and ODT archives.
 * Not named CZlib: ZIPFoundation (a test dependency) already has a module of that name.
 */
#ifndef TANDEM_CZLIBSHIM_H
#define TANDEM_CZLIBSHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Decompresses the gzip data `input[0..<length]` (one or more members).
/// On success returns 0 and stores a malloc'd buffer in `*output` (free it
/// with `tandem_gunzip_free`) and its size in `*output_length`; otherwise
/// returns a zlib error code (Z_DATA_ERROR = -3, Z_MEM_ERROR = -4,
/// Z_BUF_ERROR = -5 for truncated data) and stores NULL.
int32_t tandem_gunzip(const uint8_t *_Nonnull input, size_t length,
                      uint8_t *_Nullable *_Nonnull output, size_t *_Nonnull output_length);

void tandem_gunzip_free(uint8_t *_Nullable buffer);

/// A gzip compressor or decompressor that works a chunk at a time (`.tmx.gz` and
/// `.tsv.gz` files of any size in bounded memory).
typedef struct tandem_gzip_stream tandem_gzip_stream;

/// A new stream: `compressing` 1 writes gzip, 0 reads it (several members in a row too).
/// NULL when zlib cannot allocate it.
tandem_gzip_stream *_Nullable tandem_gzip_stream_new(int compressing);

/// Runs the stream over `input`, writing into `output`; stores how much of each was used.
/// `finish` (compressing only) ends the gzip member once all input is consumed. Returns
/// zlib's code: 0 (Z_OK) to go on, 1 (Z_STREAM_END) at the end, -5 (Z_BUF_ERROR) when
/// no progress was possible, another negative code for damaged data.
int32_t tandem_gzip_stream_run(tandem_gzip_stream *_Nonnull stream, const uint8_t *_Nullable input,
                               size_t input_length, size_t *_Nonnull consumed, uint8_t *_Nonnull output,
                               size_t output_length, size_t *_Nonnull produced, int finish);

void tandem_gzip_stream_free(tandem_gzip_stream *_Nullable stream);

/// `tandem_inflate_raw` found more data than the archive declared.
#define TANDEM_INFLATE_LONGER_THAN_DECLARED 2

/// Inflates the raw deflate data `input[0..<input_length]` (a ZIP entry) into
/// `output[0..<output_length]`, the size the archive declares, and stores how much it wrote.
/// Returns 0 when the deflate stream ends within that room,
/// TANDEM_INFLATE_LONGER_THAN_DECLARED when it holds more, -5 (Z_BUF_ERROR) when the input
/// ends inside the stream, -3 (Z_DATA_ERROR) for damaged data, -4 (Z_MEM_ERROR) when zlib
/// cannot allocate its state or a size is over 4 GiB. Never reads or writes past either buffer.
int32_t tandem_inflate_raw(const uint8_t *_Nullable input, size_t input_length, uint8_t *_Nullable output,
                           size_t output_length, size_t *_Nonnull produced);

/// The CRC-32 of `bytes` as ZIP and gzip compute it.
uint32_t tandem_crc32(const uint8_t *_Nullable bytes, size_t length);

#ifdef __cplusplus
}
#endif

#endif
