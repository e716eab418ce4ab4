/* The unofficial codes: a table expanded from the generated map, a binary
 * search by code and, by text, gperf tables made as the registered
 * entries' are (gperf/keywords.py, gperf/postprocess.py). */
#include "httpstatus.h"
#include "identifiers.h"
#include "text.h"

static const struct httpstatus meanings[HTTPSTATUS_UNOFFICIAL_COUNT] = {
#define MEANING(code, NAME, phrase, description, reference, origin)                    \
  {code,                                                                               \
   (enum httpstatus_class)((code) / 100),                                              \
   HTTPSTATUS_REGISTRY_UNOFFICIAL,                                                     \
   0,                                                                                  \
   #NAME,                                                                              \
   phrase,                                                                             \
   description,                                                                        \
   reference,                                                                          \
   origin,                                                                             \
   NULL,                                                                               \
   NULL},
    HTTPSTATUS_UNOFFICIAL_MAP(MEANING)
#undef MEANING
};

/* The lookups over the gperf tables of the meanings' NAMEs and phrases,
 * as spelled and folded, whose offsets count from meanings[]. */
#include "gperf_lookup.h"
DEFINE_MATCH(match_meaning, meanings)
#include "unofficial_spelled.c"
#include "unofficial_folded.c"

size_t httpstatus_unofficial_count(void) { return HTTPSTATUS_UNOFFICIAL_COUNT; }

const struct httpstatus *httpstatus_unofficial_at(size_t index) {
  return index < HTTPSTATUS_UNOFFICIAL_COUNT ? &meanings[index] : NULL;
}

const struct httpstatus *httpstatus_unofficial_from_code(int code) {
  /* The first meaning whose code is not below code. */
  size_t low = 0, high = HTTPSTATUS_UNOFFICIAL_COUNT;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (meanings[middle].code < code)
      low = middle + 1;
    else
      high = middle;
  }
  return low < HTTPSTATUS_UNOFFICIAL_COUNT && meanings[low].code == code
             ? &meanings[low]
             : NULL;
}

/* The same steps as httpstatus_find's fold, over this table, before the
 * identifiers (httpstatus_unofficial_find, below); s is not NULL. */
static const struct httpstatus *unofficial_find(const char *s, size_t len) {
  const char *end = s + len;
  const struct httpstatus *by_number = NULL, *by_text;
  char key[unofficial_folded_MAX_WORD_LENGTH + TEXT_FOLD_SLACK];
  size_t n;

  while (s < end && text_is_space((unsigned char)*s))
    s++;
  s = text_skip_status_line_version(s, end);

  if (s < end && text_is_digit((unsigned char)*s)) {
    by_number = httpstatus_unofficial_from_code(text_read_code(&s, &end));
    if (by_number == NULL || s == end)
      return by_number;
    if (!text_is_separator((unsigned char)*s))
      return NULL;
  }

  n = text_fold_key(s, end, key, unofficial_folded_MAX_WORD_LENGTH);
  if (!LENGTH_FITS(unofficial_folded, n))
    return NULL;
  by_text = LOOKUP(match_meaning, unofficial_folded, key, n);
  /* "499 Token Required": any meaning of the code, not only the first. */
  return by_number == NULL || (by_text && by_text->code == by_number->code) ? by_text
                                                                            : NULL;
}

const struct httpstatus *httpstatus_unofficial_find(const char *s, size_t len) {
  const struct httpstatus *found;
  if (s == NULL)
    return NULL;
  /* A NAME or phrase as written, in any case: no fold needed. */
  found = LOOKUP_SPELLED(unofficial_spelled, meanings, s, len);
  if (found != NULL)
    return found;
  found = unofficial_find(s, len);
  /* The identifiers' lookup folds the text itself, so a hit keeps no key
   * buffer here. */
  return found != NULL ? found : identifier_find_text(s, len, 0);
}
