#include "CZlibShim.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int32_t tandem_gunzip(const uint8_t *input, size_t length, uint8_t **output, size_t *output_length) {
    *output = NULL;
    *output_length = 0;
    size_t capacity = length < 1024 ? 4096 : length * 4;
    uint8_t *buffer = malloc(capacity);
    if (buffer == NULL) return Z_MEM_ERROR;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) { free(buffer); return Z_MEM_ERROR; }
    size_t consumed = 0, produced = 0;
    int status = Z_OK;
    while (1) {
        if (produced == capacity) {
            size_t larger = capacity * 2;
            uint8_t *grown = realloc(buffer, larger);
            if (grown == NULL) { status = Z_MEM_ERROR; break; }
            buffer = grown;
            capacity = larger;
        }
        size_t in_chunk = length - consumed > UINT32_MAX ? UINT32_MAX : length - consumed;
        size_t out_chunk = capacity - produced > UINT32_MAX ? UINT32_MAX : capacity - produced;
        stream.next_in = (Bytef *)(input + consumed);
        stream.avail_in = (uInt)in_chunk;
        stream.next_out = buffer + produced;
        stream.avail_out = (uInt)out_chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        consumed += in_chunk - stream.avail_in;
        produced += out_chunk - stream.avail_out;
        if (status == Z_STREAM_END) {
            if (consumed == length) { status = Z_OK; break; }
            if (inflateReset(&stream) != Z_OK) { status = Z_STREAM_ERROR; break; }  /* next member */
            continue;
        }
        if (status == Z_BUF_ERROR && stream.avail_out > 0) break;  /* input ends inside a member */
        if (status != Z_OK) break;
    }
    inflateEnd(&stream);
    if (status != Z_OK) {
        free(buffer);
        return status == Z_BUF_ERROR || status == Z_OK ? Z_BUF_ERROR : status;
    }
    *output = buffer;
    *output_length = produced;
    return 0;
}

void tandem_gunzip_free(uint8_t *buffer) { free(buffer); }
