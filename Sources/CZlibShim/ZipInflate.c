#include "CZlibShim.h"

#include <string.h>
#include <zlib.h>

int32_t tandem_inflate_raw(const uint8_t *input, size_t input_length, uint8_t *output, size_t output_length,
                           size_t *produced) {
    *produced = 0;
    if (input_length > UINT32_MAX || output_length > UINT32_MAX) return Z_MEM_ERROR;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    /* Negative window bits: raw deflate, no zlib or gzip wrapper (as in ZIP entries). */
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return Z_MEM_ERROR;
    /* zlib wants a non-null output pointer even when there is no room; a spare byte
       past the declared size tells "more than declared" apart from "exactly that". */
    uint8_t spare;
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)input_length;
    stream.next_out = output_length > 0 ? output : &spare;
    stream.avail_out = output_length > 0 ? (uInt)output_length : 1;
    int status = inflate(&stream, Z_FINISH);
    size_t written = output_length > 0 ? output_length - stream.avail_out : 1 - stream.avail_out;
    if (status != Z_STREAM_END && stream.avail_out == 0 && output_length > 0) {
        /* The declared size is used up: one more byte of room shows whether the stream has more. */
        stream.next_out = &spare;
        stream.avail_out = 1;
        status = inflate(&stream, Z_FINISH);
        if (stream.avail_out == 0) written = output_length + 1;
    }
    inflateEnd(&stream);
    if (written > output_length) return TANDEM_INFLATE_LONGER_THAN_DECLARED;
    *produced = written;
    if (status == Z_STREAM_END) return Z_OK;
    if (status == Z_BUF_ERROR || status == Z_OK) return Z_BUF_ERROR;  /* the input ends inside the stream */
    return status;
}

uint32_t tandem_crc32(const uint8_t *bytes, size_t length) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (length > 0) {
        uInt chunk = length > UINT32_MAX ? UINT32_MAX : (uInt)length;
        crc = crc32(crc, bytes, chunk);
        bytes += chunk;
        length -= chunk;
    }
    return (uint32_t)crc;
}
