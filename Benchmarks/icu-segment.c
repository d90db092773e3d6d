/* icu-segment FILE LOCALE
 *
 * The baseline of Benchmarks/bench-segment.sh: ICU's sentence break iterator
 * alone, as a whole process that does what `tandem segment` does at its
 * simplest: read a UTF-8 file, convert it to UTF-16, find ICU's sentence
 * boundaries and write each sentence, trimmed of white space, as a UTF-8
 * line to standard output. No language rules, no line or paragraph logic.
 *
 * Build: cc -O2 icu-segment.c -o icu-segment -licuuc -licui18n
 */
#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

static void die(const char *what, UErrorCode status) {
  fprintf(stderr, "icu-segment: %s: %s\n", what, u_errorName(status));
  exit(1);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: icu-segment FILE LOCALE\n");
    return 2;
  }
  FILE *in = fopen(argv[1], "rb");
  if (!in) {
    perror(argv[1]);
    return 1;
  }
  fseek(in, 0, SEEK_END);
  long size = ftell(in);
  fseek(in, 0, SEEK_SET);
  char *bytes = malloc(size > 0 ? size : 1);
  if (fread(bytes, 1, size, in) != (size_t)size) {
    perror(argv[1]);
    return 1;
  }
  fclose(in);

  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(NULL, 0, &length, bytes, (int32_t)size, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) die("u_strFromUTF8", status);
  status = U_ZERO_ERROR;
  UChar *text = malloc(sizeof(UChar) * (length + 1));
  u_strFromUTF8(text, length + 1, NULL, bytes, (int32_t)size, &status);
  if (U_FAILURE(status)) die("u_strFromUTF8", status);

  UBreakIterator *breaker = ubrk_open(UBRK_SENTENCE, argv[2], text, length, &status);
  if (U_FAILURE(status)) die("ubrk_open", status);

  /* One output buffer, flushed when nearly full: UTF-8 needs at most 3 bytes per UTF-16 unit. */
  size_t capacity = 1 << 20, used = 0;
  char *out = malloc(capacity);
  int32_t start = 0, sentences = 0;
  for (int32_t end = ubrk_next(breaker); end != UBRK_DONE; start = end, end = ubrk_next(breaker)) {
    int32_t lower = start, upper = end;
    while (lower < upper && u_isUWhiteSpace(text[lower])) lower++;
    while (upper > lower && u_isUWhiteSpace(text[upper - 1])) upper--;
    if (lower == upper) continue;
    size_t needed = (size_t)(upper - lower) * 3 + 1;
    if (used + needed > capacity) {
      fwrite(out, 1, used, stdout);
      used = 0;
      if (needed > capacity) {
        capacity = needed;
        out = realloc(out, capacity);
      }
    }
    int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(out + used, (int32_t)(capacity - used), &written, text + lower, upper - lower, &status);
    if (U_FAILURE(status)) die("u_strToUTF8", status);
    used += written;
    out[used++] = '\n';
    sentences++;
  }
  fwrite(out, 1, used, stdout);
  ubrk_close(breaker);
  fprintf(stderr, "icu-segment: %d sentences\n", sentences);
  return 0;
}
