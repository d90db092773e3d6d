/*
 * CICU — the only place in Tandem that includes ICU headers.
 *
 * Swift modules that import Foundation cannot also import the system ICU
 * headers (Foundation bundles its own, renamed ICU), so this header exposes
 * only Tandem's own functions and plain C types. Text is UTF-16 code units,
 * offsets are UTF-16 offsets, errors are ICU UErrorCode values as int32_t
 * (0 = success, > 0 = failure, < 0 = warning).
 */
#ifndef TANDEM_CICU_H
#define TANDEM_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Boundaries -------------------------------------------------------- */

/// An ICU break iterator together with the text it points into.
/// ICU keeps a pointer to the text: the caller keeps `text` alive and
/// unchanged until `tandem_breaker_close`.
typedef struct tandem_breaker tandem_breaker;

/// Opens a sentence break iterator for `locale` (e.g. "de", "en") over `text`.
tandem_breaker *_Nullable tandem_sentence_breaker_open(
    const char *_Nonnull locale, const uint16_t *_Nonnull text,
    int32_t length, int32_t *_Nonnull status);

/// Opens a word break iterator for `locale` over `text`.
tandem_breaker *_Nullable tandem_word_breaker_open(
    const char *_Nonnull locale, const uint16_t *_Nonnull text,
    int32_t length, int32_t *_Nonnull status);

/// The next boundary (UTF-16 offset) after the current one, or -1 when done.
int32_t tandem_breaker_next(tandem_breaker *_Nonnull breaker);

/// The rule status of the boundary last returned by `tandem_breaker_next`.
/// For word iterators: 0 none (spaces, punctuation), 100..199 number,
/// 200..299 letter, 300..399 kana, 400..499 ideograph (ICU's UWordBreak).
int32_t tandem_breaker_rule_status(tandem_breaker *_Nonnull breaker);

/// Closes the iterator. Accepts NULL.
void tandem_breaker_close(tandem_breaker *_Nullable breaker);

/* ---- Normalization, case folding, transliteration ---------------------- */

typedef enum tandem_normal_form {
    TANDEM_NFC = 0,
    TANDEM_NFKC = 1,
    TANDEM_NFKC_CASEFOLD = 2
} tandem_normal_form;

/// Normalizes `src` into `dest`. Returns the length of the result; when it is
/// larger than `capacity`, `status` is U_BUFFER_OVERFLOW_ERROR (15) and the
/// caller retries with a buffer of that size.
int32_t tandem_normalize(tandem_normal_form form,
                         const uint16_t *_Nonnull src, int32_t length,
                         uint16_t *_Nullable dest, int32_t capacity,
                         int32_t *_Nonnull status);

/// Full Unicode case folding (default mapping, "Straße" → "strasse").
/// Same buffer protocol as `tandem_normalize`.
int32_t tandem_fold_case(const uint16_t *_Nonnull src, int32_t length,
                         uint16_t *_Nullable dest, int32_t capacity,
                         int32_t *_Nonnull status);

/// A compiled ICU transliterator, e.g. "Any-Latin; Latin-ASCII".
typedef struct tandem_transliterator tandem_transliterator;

tandem_transliterator *_Nullable tandem_transliterator_open(
    const char *_Nonnull id, int32_t *_Nonnull status);

/// Transliterates `buffer[0..<*length]` in place. `capacity` is the size of
/// `buffer`; on U_BUFFER_OVERFLOW_ERROR, `*length` holds the size needed.
void tandem_transliterate(tandem_transliterator *_Nonnull transliterator,
                          uint16_t *_Nonnull buffer, int32_t *_Nonnull length,
                          int32_t capacity, int32_t *_Nonnull status);

void tandem_transliterator_close(tandem_transliterator *_Nullable transliterator);

/// ICU's name for an error code ("U_BUFFER_OVERFLOW_ERROR").
const char *_Nonnull tandem_error_name(int32_t status);

#ifdef __cplusplus
}
#endif
#endif
