/* The unofficial codes: a table expanded from the generated map, a binary
 * search by code and a linear scan by folded text. 38 meanings are too few
 * for a hash to pay off: a miss costs one or two byte compares per text. */
#include "httpstatus.h"
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
   origin},
    HTTPSTATUS_UNOFFICIAL_MAP(MEANING)
#undef MEANING
};

/* Longer than any meaning's folded NAME or phrase (32 bytes at most); the
 * tests find every one, so a longer key in the data would fail them. */
#define UNOFFICIAL_MAX_KEY 64

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

/* Whether text, folded as httpstatus_find folds, is key[0..n). */
static int folds_to(const char *text, const char *key, size_t n) {
  size_t i = 0;
  for (; *text; text++) {
    unsigned char c = (unsigned char)*text;
    if (text_is_separator(c))
      continue;
    if (c >= 'a' && c <= 'z')
      c = (unsigned char)(c - 'a' + 'A');
    if (i == n || (unsigned char)key[i] != c)
      return 0;
    i++;
  }
  return i == n;
}

/* The meaning whose NAME or phrase folds to key[0..n), or NULL. */
static const struct httpstatus *by_folded_text(const char *key, size_t n) {
  for (size_t i = 0; i < HTTPSTATUS_UNOFFICIAL_COUNT; i++)
    if (folds_to(meanings[i].name, key, n) || folds_to(meanings[i].phrase, key, n))
      return &meanings[i];
  return NULL;
}

/* The same steps as httpstatus_find, over this table. */
const struct httpstatus *httpstatus_unofficial_find(const char *s, size_t len) {
  const char *end;
  const struct httpstatus *by_number = NULL, *by_text;
  char key[UNOFFICIAL_MAX_KEY];
  size_t n = 0;

  if (s == NULL)
    return NULL;
  end = s + len;
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

  for (; s < end; s++) {
    unsigned char c = (unsigned char)*s;
    unsigned char upper = (unsigned char)(c & ~0x20);
    if (upper >= 'A' && upper <= 'Z')
      c = upper;
    else if (text_is_separator(c))
      continue;
    else if (!text_is_digit(c))
      return NULL;
    if (n == sizeof key)
      return NULL;
    key[n++] = (char)c;
  }
  if (n == 0)
    return NULL;
  by_text = by_folded_text(key, n);
  /* "499 Token Required": any meaning of the code, not only the first. */
  return by_number == NULL || (by_text && by_text->code == by_number->code) ? by_text
                                                                            : NULL;
}
