#include "CStemmer.h"

#include <stddef.h>
#include <libstemmer.h>

struct tandem_stemmer;

tandem_stemmer *tandem_stemmer_open(const char *language) {
    return (tandem_stemmer *)sb_stemmer_new(language, "UTF_8");
}

const uint8_t *tandem_stemmer_stem(tandem_stemmer *stemmer, const uint8_t *word,
                                   int32_t length, int32_t *result_length) {
    struct sb_stemmer *s = (struct sb_stemmer *)stemmer;
    const sb_symbol *result = sb_stemmer_stem(s, word, length);
    *result_length = result == NULL ? 0 : sb_stemmer_length(s);
    return result;
}

void tandem_stemmer_close(tandem_stemmer *stemmer) {
    if (stemmer != NULL) sb_stemmer_delete((struct sb_stemmer *)stemmer);
}
