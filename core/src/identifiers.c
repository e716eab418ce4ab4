/* What other software calls status codes: the ecosystems' identifiers, the
 * lookups httpstatus_find and httpstatus_unofficial_find fall back on, the
 * status lines and the ecosystems' names. Every table is generated from
 * data/identifiers.toml (data/generate.py, gperf/keywords.py). */
#include "httpstatus.h"
#include "identifiers.h"
#include "text.h"

#include <string.h>

/* What a stem of the identifiers table leads to: a target (an entry's
 * position in code order, or HTTPSTATUS_COUNT plus a meaning's position)
 * and, bit i for prefixes[i], the folded prefixes it may follow
 * ("STATUS" + "TEAPOT"). */
struct identifier_combo {
  unsigned char target;
  unsigned char prefixes;
};
/* A prefix or a qualifier, with its length. */
struct sized_text {
  const char *bytes;
  size_t length;
};
#include "identifier_tables.h"

#define TARGET_COUNT (HTTPSTATUS_COUNT + HTTPSTATUS_UNOFFICIAL_COUNT)
#define ECOSYSTEMS HTTPSTATUS_ECOSYSTEM_COUNT
/* The longest folded identifier: the longest prefix and the longest stem. */
#define MAX_KEY (8 + KEY_WIDTH)

#include "gperf_lookup.h"
#include "identifier_stems.c"

/* The key of the stems table's slot hash, in either layout of
 * gperf/postprocess.py: a row per slot, or a row per key behind
 * identifier_stems_rows, a byte offset into the whole table (so counted
 * from the table's bytes, not from its first row). */
#if identifier_stems_BY_ROW
#define STEM_KEY(hash)                                                                 \
  ((const char *)identifier_stems_keys + identifier_stems_rows[hash])
#else
#define STEM_KEY(hash) identifier_stems_keys[hash]
#endif

static const struct httpstatus *target_entry(size_t target) {
  return target < HTTPSTATUS_COUNT
             ? httpstatus_at(target)
             : httpstatus_unofficial_at(target - HTTPSTATUS_COUNT);
}

/* e's target, or TARGET_COUNT for a pointer the library did not return. */
static size_t target_of(const struct httpstatus *e) {
  size_t t = 0;
  while (t < TARGET_COUNT && target_entry(t) != e)
    t++;
  return t;
}

size_t httpstatus_ecosystem_count(void) { return ECOSYSTEMS; }

/* Each ecosystem's short name and usual qualifier, in enum order. */
static const struct {
  const char *name, *qualifier;
} ecosystems[ECOSYSTEMS] = {
#define ECOSYSTEM(ECO, name, qualifier) {name, qualifier},
    HTTPSTATUS_ECOSYSTEM_MAP(ECOSYSTEM)
#undef ECOSYSTEM
};

const char *httpstatus_ecosystem_name(enum httpstatus_ecosystem eco) {
  return (unsigned)eco < ECOSYSTEMS ? ecosystems[eco].name : NULL;
}

const char *httpstatus_ecosystem_qualifier(enum httpstatus_ecosystem eco) {
  return (unsigned)eco < ECOSYSTEMS ? ecosystems[eco].qualifier : NULL;
}

const char *httpstatus_identifier(const struct httpstatus *e,
                                  enum httpstatus_ecosystem eco, size_t index) {
  size_t t = e == NULL ? TARGET_COUNT : target_of(e), at, end;
  if (t == TARGET_COUNT || (unsigned)eco >= ECOSYSTEMS)
    return NULL;
  at = first[t * ECOSYSTEMS + (unsigned)eco];
  end = first[t * ECOSYSTEMS + (unsigned)eco + 1];
  return index < end - at ? names[at + index] : NULL;
}

const char *httpstatus_status_line(const struct httpstatus *e) {
  size_t t = e == NULL ? TARGET_COUNT : target_of(e);
  return t < TARGET_COUNT ? status_lines[t] : NULL;
}

/* The target whose identifier key[0..n) is, folded, or TARGET_COUNT: the
 * key is split into each prefix the table knows and a stem, and the
 * stem's slot says which prefixes it follows. */
static size_t identifier_target(const char *key, size_t n) {
  for (unsigned p = 0; p < PREFIX_COUNT; p++) {
    size_t length = prefixes[p].length, stem = n - length, hash;
    const struct identifier_combo *combo;
    if (length > n || memcmp(key, prefixes[p].bytes, length) != 0 ||
        !LENGTH_FITS(identifier_stems, stem))
      continue;
    hash = identifier_stems_hash(key + length, stem);
    if (identifier_stems_lengths[hash] != stem ||
        memcmp(STEM_KEY(hash), key + length, stem) != 0)
      continue;
    combo = &combos[identifier_stems_entries[hash] / sizeof(struct httpstatus)];
    if (combo->prefixes >> p & 1)
      return combo->target;
  }
  return TARGET_COUNT;
}

/* s .. end folded as httpstatus_find folds, into key (MAX_KEY bytes).
 * Returns: the key's length, or 0 for a byte no identifier holds or a key
 * longer than any. */
static size_t fold_identifier(const char *s, const char *end, char *key) {
  size_t n = 0;
  for (; s < end; s++) {
    unsigned char c = (unsigned char)*s, upper = (unsigned char)(c & ~0x20);
    if (text_is_separator(c))
      continue;
    if (upper >= 'A' && upper <= 'Z')
      c = upper;
    else if (!text_is_digit(c))
      return 0;
    if (n == MAX_KEY)
      return 0;
    key[n++] = (char)c;
  }
  return n;
}

/* Where the text after a qualifier starts, or s when s starts with none;
 * something must follow the qualifier. */
static const char *after_qualifier(const char *s, const char *end) {
  for (size_t i = 0; i < sizeof qualifiers / sizeof qualifiers[0]; i++) {
    size_t length = qualifiers[i].length;
    if ((size_t)(end - s) > length && *s == qualifiers[i].bytes[0] &&
        memcmp(s, qualifiers[i].bytes, length) == 0)
      return s + length;
  }
  return s;
}

/* Where the code of a status header starts (":status: 404", "Status: 404"),
 * or NULL when s starts with none. */
static const char *after_status_header(const char *s, const char *end) {
  static const char *const headers[] = {":status:", "Status:"};
  for (size_t i = 0; i < 2; i++) {
    size_t length = strlen(headers[i]);
    if ((size_t)(end - s) > length && memcmp(s, headers[i], length) == 0) {
      s += length;
      while (s < end && text_is_space((unsigned char)*s))
        s++;
      return s < end && text_is_digit((unsigned char)*s) ? s : NULL;
    }
  }
  return NULL;
}

const struct httpstatus *identifier_find(const char *s, size_t len, int registered) {
  const struct httpstatus *(*lookup)(const char *, size_t) =
      registered ? httpstatus_find : httpstatus_unofficial_find;
  const char *end, *rest;
  char key[MAX_KEY];
  size_t n, t;

  if (s == NULL)
    return NULL;
  end = s + len;
  while (s < end && text_is_space((unsigned char)*s))
    s++;
  while (s < end && text_is_space((unsigned char)end[-1]))
    end--;
  /* Text of letters, digits and separators only, what most misses are, can
   * be nothing but a bare identifier: every header and qualifier holds a
   * ':' or a '.'. */
  n = fold_identifier(s, end, key);
  if (n > 0 || s == end) {
    t = n == 0 ? TARGET_COUNT : identifier_target(key, n);
    return t < TARGET_COUNT && (t < HTTPSTATUS_COUNT) == (registered != 0)
               ? target_entry(t)
               : NULL;
  }
  /* What follows a header starts with a digit, which the lookups answer
   * without coming back here. */
  rest = after_status_header(s, end);
  if (rest != NULL)
    return lookup(rest, (size_t)(end - rest));
  rest = after_qualifier(s, end);
  if (rest == s)
    return NULL;
  /* White space after the qualifier is the lookup's to skip, but skipping
   * it here lets the test below see a second qualifier (": : ..."), so the
   * lookup recurses once at most, whatever the input. */
  while (rest < end && text_is_space((unsigned char)*rest))
    rest++;
  n = fold_identifier(rest, end, key);
  t = n == 0 ? TARGET_COUNT : identifier_target(key, n);
  if (t < TARGET_COUNT && (t < HTTPSTATUS_COUNT) == (registered != 0))
    return target_entry(t);
  /* One qualifier: the lookup comes back here at most once more, with
   * text that starts with none. */
  if (after_qualifier(rest, end) == rest)
    return lookup(rest, (size_t)(end - rest));
  return NULL;
}
