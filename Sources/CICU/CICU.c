#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

struct tandem_breaker {
    UBreakIterator *iterator;
};

static tandem_breaker *open_breaker(UBreakIteratorType type, const char *locale,
                                    const uint16_t *text, int32_t length,
                                    int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(type, locale, (const UChar *)text, length, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) return NULL;
    tandem_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

tandem_breaker *tandem_sentence_breaker_open(const char *locale, const uint16_t *text,
                                             int32_t length, int32_t *status) {
    return open_breaker(UBRK_SENTENCE, locale, text, length, status);
}

tandem_breaker *tandem_word_breaker_open(const char *locale, const uint16_t *text,
                                         int32_t length, int32_t *status) {
    return open_breaker(UBRK_WORD, locale, text, length, status);
}

int32_t tandem_breaker_next(tandem_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int32_t tandem_breaker_rule_status(tandem_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void tandem_breaker_close(tandem_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t tandem_normalize(tandem_normal_form form, const uint16_t *src, int32_t length,
                         uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer;
    switch (form) {
    case TANDEM_NFKC: normalizer = unorm2_getNFKCInstance(&code); break;
    case TANDEM_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&code); break;
    default: normalizer = unorm2_getNFCInstance(&code); break;
    }
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    int32_t result = unorm2_normalize(normalizer, (const UChar *)src, length,
                                      (UChar *)dest, capacity, &code);
    *status = (int32_t)code;
    return result;
}

int32_t tandem_fold_case(const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length,
                                   U_FOLD_CASE_DEFAULT, &code);
    *status = (int32_t)code;
    return result;
}

struct tandem_transliterator {
    UTransliterator *transliterator;
};

tandem_transliterator *tandem_transliterator_open(const char *id, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar uid[256];
    u_uastrncpy(uid, id, 255);
    uid[255] = 0;
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) return NULL;
    tandem_transliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(t);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->transliterator = t;
    return result;
}

void tandem_transliterate(tandem_transliterator *transliterator, uint16_t *buffer,
                          int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars(transliterator->transliterator, (UChar *)buffer, length, capacity,
                       0, &limit, &code);
    *status = (int32_t)code;
}

void tandem_transliterator_close(tandem_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

const char *tandem_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
