/*
 * CZlibShim — gzip decompression from the system zlib (zlib1g-dev), behind
 * Tandem's own functions and plain C types. Reads the .dict.dz files of
 * dictd dictionaries (dictzip is gzip with an extra header field). Not named
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

#ifdef __cplusplus
}
#endif

#endif
