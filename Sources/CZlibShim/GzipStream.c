#include "CZlibShim.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct tandem_gzip_stream {
    z_stream z;
    int compressing;
};

tandem_gzip_stream *tandem_gzip_stream_new(int compressing) {
    tandem_gzip_stream *stream = calloc(1, sizeof *stream);
    if (stream == NULL) return NULL;
    stream->compressing = compressing;
    /* 16 + MAX_WBITS: the gzip wrapper, not zlib's. */
    int status = compressing
        ? deflateInit2(&stream->z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        : inflateInit2(&stream->z, 16 + MAX_WBITS);
    if (status != Z_OK) { free(stream); return NULL; }
    return stream;
}

int32_t tandem_gzip_stream_run(tandem_gzip_stream *stream, const uint8_t *input, size_t input_length,
                               size_t *consumed, uint8_t *output, size_t output_length, size_t *produced,
                               int finish) {
    z_stream *z = &stream->z;
    uInt in_chunk = input_length > UINT32_MAX ? UINT32_MAX : (uInt)input_length;
    uInt out_chunk = output_length > UINT32_MAX ? UINT32_MAX : (uInt)output_length;
    z->next_in = (Bytef *)input;
    z->avail_in = in_chunk;
    z->next_out = output;
    z->avail_out = out_chunk;
    int status;
    if (stream->compressing) {
        status = deflate(z, finish ? Z_FINISH : Z_NO_FLUSH);
    } else {
        status = inflate(z, Z_NO_FLUSH);
        /* A file may hold several gzip members one after the other: go on with the next. */
        if (status == Z_STREAM_END && z->avail_in > 0) status = inflateReset(z) == Z_OK ? Z_OK : Z_STREAM_ERROR;
    }
    *consumed = in_chunk - z->avail_in;
    *produced = out_chunk - z->avail_out;
    return status;
}

void tandem_gzip_stream_free(tandem_gzip_stream *stream) {
    if (stream == NULL) return;
    if (stream->compressing) deflateEnd(&stream->z); else inflateEnd(&stream->z);
    free(stream);
}
