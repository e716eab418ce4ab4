/* httpstatus_suggest: the registered entry a rejected text most likely
 * meant. The rules are in httpstatus.h, stated so that a brute-force
 * reference can apply them literally; this file applies them with fixed
 * stack buffers and skips only work that cannot change the answer. */
#include "httpstatus.h"
#include "text.h"

#include <stdint.h>
#include <string.h>

#define SUGGEST_MAX_KEY 64
/* The largest distance any text may be from the key. */
#define MAX_DISTANCE 3
/* A text folding to more than this is further than MAX_DISTANCE from any
 * key, by its length alone. */
#define MAX_TEXT (SUGGEST_MAX_KEY + MAX_DISTANCE)
/* Keys shorter than this get no fragment rule. */
#define MIN_FRAGMENT 4

/* Every text of every registered entry, with its code; folded, with its
 * length, where the text comes folded. */
struct text {
  int code;
  const char *text;
  size_t folded;
  uint64_t bytes; /* where folded: bit c & 63 for each byte c it holds */
};
static const struct text texts[] = {
#define CANONICAL(code, NAME, phrase, ...) {code, #NAME, 0, 0}, {code, phrase, 0, 0},
    HTTPSTATUS_MAP(CANONICAL)
#undef CANONICAL
#define OLD_NAME(code, OLD, CANONICAL_NAME) {code, #OLD, 0, 0},
        HTTPSTATUS_OLD_NAME_MAP(OLD_NAME)
#undef OLD_NAME
#define OLD_PHRASE(code, phrase) {code, phrase, 0, 0},
            HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE)
#undef OLD_PHRASE
/* Other ecosystems' identifiers, folded, for the typo step alone. */
#define IDENTIFIER(code, folded, bytes) {code, folded, sizeof(folded) - 1, bytes},
                HTTPSTATUS_SUGGEST_IDENTIFIER_MAP(IDENTIFIER)
#undef IDENTIFIER
};
#define TEXT_COUNT (sizeof texts / sizeof texts[0])

/* Words that say nothing of the status on their own, although each
 * belongs to one entry's texts only. */
static const char *const common_words[] = {"ALSO",  "ERROR",  "HTTP",   "LONG", "MANY",
                                           "OTHER", "SERVER", "STATUS", "TYPE", "USED"};

static unsigned char upper(unsigned char c) {
  return c >= 'a' && c <= 'z' ? (unsigned char)(c - 'a' + 'A') : c;
}

/* Folds s[0..len) into out as step 2 of the rules says. Returns the folded
 * length, or max + 1 when it is longer than max (out then holds max bytes). */
static size_t fold(const char *s, size_t len, char *out, size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (text_is_separator(c))
      continue;
    if (n == max)
      return max + 1;
    out[n++] = (char)upper(c);
  }
  return n;
}

static int is_common_word(const char *key, size_t n) {
  for (size_t i = 0; i < sizeof common_words / sizeof common_words[0]; i++)
    if (strlen(common_words[i]) == n && memcmp(common_words[i], key, n) == 0)
      return 1;
  return 0;
}

/* Whether a run of consecutive whole words of text, upper-cased and
 * concatenated, is key[0..n). Tries the run starting at each word. */
static int has_fragment(const char *text, const char *key, size_t n) {
  for (const char *start = text; *start; start++) {
    size_t i = 0;
    if (text_is_separator((unsigned char)*start) ||
        (start > text && !text_is_separator((unsigned char)start[-1])))
      continue; /* not the first byte of a word */
    for (const char *p = start;; p++) {
      unsigned char c = (unsigned char)*p;
      if (c == '\0' || text_is_separator(c)) {
        if (i == n)
          return 1; /* the run ends at the end of a word */
        if (c == '\0')
          break;
        continue;
      }
      if (i == n || upper(c) != (unsigned char)key[i])
        break;
      i++;
    }
  }
  return 0;
}

/* Step 3. Returns the one entry with the fragment, or NULL; *ambiguous is
 * set when several have it. */
static const struct httpstatus *by_fragment(const char *key, size_t n, int *ambiguous) {
  int found = 0;
  *ambiguous = 0;
  if (n < MIN_FRAGMENT || is_common_word(key, n))
    return NULL;
  for (size_t i = 0; i < TEXT_COUNT; i++)
    if (texts[i].folded == 0 && texts[i].code != found &&
        has_fragment(texts[i].text, key, n)) {
      if (found != 0) {
        *ambiguous = 1;
        return NULL;
      }
      found = texts[i].code;
    }
  return httpstatus_from_code(found);
}

static size_t min_size(size_t a, size_t b) { return a < b ? a : b; }

/* The optimal string alignment distance between a[0..m) and b[0..n), or
 * limit + 1 when it is larger than limit. Three rows of the usual table;
 * a row's smallest value never decreases further down, so once it passes
 * limit the answer is known. */
static size_t distance(const char *a, size_t m, const char *b, size_t n, size_t limit) {
  size_t rows[3][MAX_TEXT + 1];
  size_t *before = rows[0], *previous = rows[1], *row = rows[2];
  for (size_t j = 0; j <= n; j++)
    previous[j] = j;
  for (size_t i = 1; i <= m; i++) {
    size_t smallest = row[0] = i;
    for (size_t j = 1; j <= n; j++) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t d =
          min_size(min_size(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = min_size(d, before[j - 2] + 1);
      row[j] = d;
      smallest = min_size(smallest, d);
    }
    if (smallest > limit)
      return limit + 1;
    {
      size_t *spare = before;
      before = previous;
      previous = row;
      row = spare;
    }
  }
  return previous[n];
}

/* How far a text of folded length n may be from the key. */
static size_t allowed_distance(size_t n) {
  if (n <= 5)
    return 0;
  if (n <= 9)
    return 1;
  if (n <= 15)
    return 2;
  return MAX_DISTANCE;
}

/* Bit c & 63 for each byte c of s[0..n). */
static uint64_t bytes_of(const char *s, size_t n) {
  uint64_t bits = 0;
  for (size_t i = 0; i < n; i++)
    bits |= (uint64_t)1 << ((unsigned char)s[i] & 63);
  return bits;
}

/* How many bits of bits are set. */
static size_t bit_count(uint64_t bits) {
  size_t count = 0;
  for (; bits != 0; bits &= bits - 1)
    count++;
  return count;
}

/* Step 4. */
static const struct httpstatus *by_typo(const char *key, size_t m) {
  int best_code = 0;
  size_t best = 0;
  uint64_t key_bytes = bytes_of(key, m);
  for (size_t i = 0; i < TEXT_COUNT; i++) {
    char buffer[MAX_TEXT];
    const char *folded = texts[i].text;
    size_t n = texts[i].folded, limit, d;
    if (n == 0) {
      n = fold(folded, strlen(folded), buffer, sizeof buffer);
      if (n > sizeof buffer)
        continue;
      folded = buffer;
    }
    limit = allowed_distance(n);
    /* Once a text is close, another wins only by a smaller distance, or an
     * equal one and a lower code. */
    if (best_code != 0 && limit >= best)
      limit = texts[i].code < best_code ? best : best - 1;
    /* A distance of 0 cannot happen here: httpstatus_find would have found
     * the text. */
    if (limit == 0 || (m > n ? m - n : n - m) > limit)
      continue;
    /* An edit brings one byte in and takes one out, at most: a text with
     * more bytes the key lacks (or lacking more of the key's) than limit is
     * further than limit. Bits, not bytes, can only undercount. */
    if (texts[i].bytes != 0 && (bit_count(key_bytes & ~texts[i].bytes) > limit ||
                                bit_count(texts[i].bytes & ~key_bytes) > limit))
      continue;
    d = distance(key, m, folded, n, limit);
    if (d <= limit) {
      best = d;
      best_code = texts[i].code;
    }
  }
  return httpstatus_from_code(best_code);
}

const struct httpstatus *httpstatus_suggest(const char *s, size_t len) {
  const struct httpstatus *found = httpstatus_find(s, len);
  char key[SUGGEST_MAX_KEY];
  size_t n;
  int ambiguous;

  if (found != NULL || s == NULL)
    return found;
  n = fold(s, len, key, sizeof key);
  if (n == 0 || n > sizeof key)
    return NULL;
  found = by_fragment(key, n, &ambiguous);
  if (found != NULL || ambiguous)
    return found;
  return by_typo(key, n);
}
