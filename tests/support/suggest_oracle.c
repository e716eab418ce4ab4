/* The rules httpstatus.h states for httpstatus_suggest, applied literally:
 * every run of whole words of every text for the fragment step, and the
 * whole optimal string alignment table for the typo step. Shared by the
 * fuzz target and the C++ test, so both hold the library to one reading
 * of the rules. */
#include "oracle.h"

#include <stdlib.h>
#include <string.h>

#define MAX_KEY 64
#define MAX_TEXT 256 /* the data's texts are far shorter */

static const char *const common_words[] = {"ALSO",  "ERROR",  "HTTP",   "LONG", "MANY",
                                           "OTHER", "SERVER", "STATUS", "TYPE", "USED"};

static int is_separator(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == '_' || c == '-' || c == '\'';
}

static char upper(unsigned char c) {
  return (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
}

/* Step 2's fold into out, which has room for len bytes. */
static size_t fold(const char *s, size_t len, char *out) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (!is_separator((unsigned char)s[i]))
      out[n++] = upper((unsigned char)s[i]);
  return n;
}

static int is_common_word(const char *key, size_t n) {
  for (size_t i = 0; i < sizeof common_words / sizeof common_words[0]; i++)
    if (strlen(common_words[i]) == n && memcmp(common_words[i], key, n) == 0)
      return 1;
  return 0;
}

/* Whether some run of one or more consecutive whole words of text,
 * upper-cased and concatenated, equals key[0..n). */
static int has_run(const char *text, const char *key, size_t n) {
  size_t starts[MAX_TEXT], ends[MAX_TEXT], words = 0, len = strlen(text);
  if (len > MAX_TEXT)
    abort();
  for (size_t i = 0; i < len; i++)
    if (!is_separator((unsigned char)text[i]) &&
        (i == 0 || is_separator((unsigned char)text[i - 1]))) {
      starts[words] = i;
      ends[words] = i;
      while (ends[words] < len && !is_separator((unsigned char)text[ends[words]]))
        ends[words]++;
      words++;
    }
  for (size_t first = 0; first < words; first++) {
    char run[MAX_TEXT];
    size_t run_len = 0;
    for (size_t last = first; last < words; last++) {
      for (size_t i = starts[last]; i < ends[last]; i++)
        run[run_len++] = upper((unsigned char)text[i]);
      if (run_len == n && memcmp(run, key, n) == 0)
        return 1;
    }
  }
  return 0;
}

static size_t min3(size_t a, size_t b, size_t c) {
  size_t m = a < b ? a : b;
  return m < c ? m : c;
}

/* Optimal string alignment distance, the whole table. Only asked for
 * texts within 3 bytes of the key's length. */
static size_t osa(const char *a, size_t m, const char *b, size_t n) {
  size_t d[MAX_KEY + 1][MAX_KEY + 3 + 1];
  if (m > MAX_KEY || n > MAX_KEY + 3)
    abort();
  for (size_t i = 0; i <= m; i++)
    d[i][0] = i;
  for (size_t j = 0; j <= n; j++)
    d[0][j] = j;
  for (size_t i = 1; i <= m; i++)
    for (size_t j = 1; j <= n; j++) {
      d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
                     d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          d[i - 2][j - 2] + 1 < d[i][j])
        d[i][j] = d[i - 2][j - 2] + 1;
    }
  return d[m][n];
}

static size_t allowed_distance(size_t n) {
  return n <= 5 ? 0 : n <= 9 ? 1 : n <= 15 ? 2 : 3;
}

/* The texts of step 4, in the order oracle_key_at gives the
 * entries' own, then every identifier of data/identifiers.toml, with its
 * entry left NULL: the identifier is a text of the registered entry
 * oracle_find gives it, if any. Returns: 0 past the last. */
static const char *const identifiers[] = {
#define IDENTIFIER(ECO, code, meaning, identifier, found) identifier,
    HTTPSTATUS_IDENTIFIER_MAP(IDENTIFIER)
#undef IDENTIFIER
};
static int text_at(size_t index, size_t own, struct oracle_key *text) {
  if (index < own)
    return oracle_key_at(index, text);
  if (index - own >= sizeof identifiers / sizeof identifiers[0])
    return 0;
  text->text = identifiers[index - own];
  text->entry = NULL; /* the caller's to look up */
  return 1;
}

/* How many texts oracle_key_at gives. */
static size_t own_texts(void) {
  struct oracle_key text;
  size_t own = 0;
  while (oracle_key_at(own, &text))
    own++;
  return own;
}

/* Step 3: the one entry with key as a fragment; NULL with *ambiguous set
 * when several have it, NULL alone when none has. */
static const struct httpstatus *by_fragment(const char *key, size_t n, int *ambiguous) {
  const struct httpstatus *found = NULL;
  struct oracle_key text;
  *ambiguous = 0;
  for (size_t i = 0; oracle_key_at(i, &text); i++)
    if (has_run(text.text, key, n)) {
      if (found != NULL && found != text.entry)
        *ambiguous = 1;
      found = text.entry;
    }
  return *ambiguous ? NULL : found;
}

/* Step 4. */
static const struct httpstatus *by_typo(const char *key, size_t n) {
  const struct httpstatus *best = NULL;
  size_t best_distance = 0;
  struct oracle_key text;
  for (size_t i = 0, own = own_texts(); text_at(i, own, &text); i++) {
    char folded[MAX_TEXT];
    size_t len = strlen(text.text), t, d;
    if (len > MAX_TEXT)
      abort();
    t = fold(text.text, len, folded);
    /* The distance is at least the difference in length: skipping texts
     * further than that only saves time (and an identifier's lookup). */
    if ((t > n ? t - n : n - t) > allowed_distance(t))
      continue;
    if (i >= own)
      text.entry = oracle_find(text.text, len);
    if (text.entry == NULL)
      continue;
    d = osa(key, n, folded, t);
    if (d <= allowed_distance(t) &&
        (best == NULL || d < best_distance ||
         (d == best_distance && text.entry->code < best->code))) {
      best = text.entry;
      best_distance = d;
    }
  }
  return best;
}

const struct httpstatus *oracle_suggest(const char *s, size_t len) {
  const struct httpstatus *found = oracle_find(s, len);
  char *key;
  size_t n;
  int ambiguous = 0;
  if (found != NULL || s == NULL)
    return found;
  key = malloc(len + 1);
  if (key == NULL)
    abort();
  n = fold(s, len, key);
  if (n >= 1 && n <= MAX_KEY) {
    if (n >= 4 && !is_common_word(key, n))
      found = by_fragment(key, n, &ambiguous);
    if (found == NULL && !ambiguous)
      found = by_typo(key, n);
  }
  free(key);
  return found;
}
