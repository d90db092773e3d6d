/*
 * CStemmer — Snowball stemmers from Debian's libstemmer (libstemmer-dev),
 * behind Tandem's own functions and plain C types.
 */
#ifndef TANDEM_CSTEMMER_H
#define TANDEM_CSTEMMER_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tandem_stemmer tandem_stemmer;

/// Opens the Snowball stemmer for `language` ("german", "english", "de",
/// "en", ...), UTF-8. NULL when libstemmer has no stemmer for it.
tandem_stemmer *_Nullable tandem_stemmer_open(const char *_Nonnull language);

/// Stems the lowercase UTF-8 word `word[0..<length]`. The result stays valid
/// until the next call on the same stemmer; its length goes to `*result_length`.
const uint8_t *_Nullable tandem_stemmer_stem(tandem_stemmer *_Nonnull stemmer,
                                             const uint8_t *_Nonnull word, int32_t length,
                                             int32_t *_Nonnull result_length);

void tandem_stemmer_close(tandem_stemmer *_Nullable stemmer);

#ifdef __cplusplus
}
#endif
#endif
