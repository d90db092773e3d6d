/*
 * CZlibShim — gzip from the system zlib (zlib1g-dev), behind Tandem's own
 * functions and plain C types. Reads the .dict.dz files of dictd dictionaries
 * (dictzip is gzip with an extra header field) and streams .gz exchange files. Not named
 * CZlib: ZIPFoundation already has a module of that name.
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

#ifdef __cplusplus
}
#endif

#endif
