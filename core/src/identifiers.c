/* What other software calls status codes: the ecosystems' identifiers, the
 * lookups httpstatus_find and httpstatus_unofficial_find fall back on, the
 * status lines and the ecosystems' names. Every table is generated from
 * data/identifiers.toml (data/generate.py, gperf/keywords.py). */
#include "httpstatus.h"
#include "identifiers.h"
#include "text.h"

#include <stdint.h>
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
#if IDENTIFIER_LONGEST > IDENTIFIER_KEY_MAX || IDENTIFIER_KEY_MAX >= 64
#error "a folded identifier is longer than IDENTIFIER_KEY_MAX, or the filters' masks"
#endif

#include "gperf_lookup.h"
#include "identifier_stems.c"

#ifdef __GNUC__
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
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
 * stem's slot says which prefixes it follows. Only the prefixes that
 * start with the key's first byte are compared. */
/* The target of the stem key[0..n) behind prefix p, or TARGET_COUNT. */
static inline size_t stem_target(const char *key, size_t n, unsigned p) {
  size_t at;
  const struct identifier_combo *combo;
  if (!LENGTH_FITS(identifier_stems, n))
    return TARGET_COUNT;
  at = SLOT(identifier_stems, identifier_stems_hash(&identifier_stems_tables, key, n));
  if (identifier_stems_lengths[at] != n ||
      !same(key, identifier_stems_keys[at], identifier_stems_second,
            identifier_stems_third, n))
    return TARGET_COUNT;
  combo = &combos[identifier_stems_entries[at] / sizeof(struct httpstatus)];
  return combo->prefixes >> p & 1 ? combo->target : TARGET_COUNT;
}

static size_t identifier_target(const char *key, size_t n) {
  unsigned candidates = prefixes_by_first[((unsigned char)key[0] - '0') & 63];
  size_t t;
  /* The empty prefix, when the data has it, is prefixes[0]. */
  if (prefixes[0].length == 0 && (t = stem_target(key, n, 0)) < TARGET_COUNT)
    return t;
  for (unsigned p = 1; candidates >> p != 0; p++) {
    size_t length = prefixes[p].length;
    if ((candidates >> p & 1) && length <= n &&
        memcmp(key, prefixes[p].bytes, length) == 0 &&
        (t = stem_target(key + length, n - length, p)) < TARGET_COUNT)
      return t;
  }
  return TARGET_COUNT;
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
  for (size_t i = 0; i < sizeof status_headers / sizeof status_headers[0]; i++) {
    size_t length = status_headers[i].length;
    if ((size_t)(end - s) > length && memcmp(s, status_headers[i].bytes, length) == 0) {
      s += length;
      while (s < end && text_is_space((unsigned char)*s))
        s++;
      return s < end && text_is_digit((unsigned char)*s) ? s : NULL;
    }
  }
  return NULL;
}

/* The lookup of text that holds a byte no identifier does: a status
 * header, or a qualifier and what follows it. Kept out of line, so that
 * the common path of identifier_find saves no registers for it. */
static NOINLINE const struct httpstatus *qualified_find(const char *s, const char *end,
                                                        int registered) {
  const struct httpstatus *(*lookup)(const char *, size_t) =
      registered ? httpstatus_find : httpstatus_unofficial_find;
  const char *rest;
  char key[IDENTIFIER_KEY_MAX + TEXT_FOLD_SLACK];
  size_t n, t;

  while (s < end && text_is_space((unsigned char)*s))
    s++;
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
  n = text_fold_key(rest, end, key, IDENTIFIER_KEY_MAX);
  t = n <= IDENTIFIER_KEY_MAX ? identifier_target(key, n) : TARGET_COUNT;
  if (t < TARGET_COUNT && (t < HTTPSTATUS_COUNT) == (registered != 0))
    return target_entry(t);
  /* One qualifier: the lookup comes back here at most once more, with
   * text that starts with none. */
  if (after_qualifier(rest, end) == rest)
    return lookup(rest, (size_t)(end - rest));
  return NULL;
}

/* Whether key[0..n), 0 < n < 64, may be a folded identifier, by its
 * length, its first byte and its last: most misses stop here, before the
 * stems' hash. & 63 keeps the index within the tables for any byte: the 1
 * of a byte no key holds may pass, and the probe rejects it. */
static int may_be_identifier(const char *key, size_t n) {
  return (int)((identifier_lengths_by_first[((unsigned char)key[0] - '0') & 63] &
                identifier_lengths_by_last[((unsigned char)key[n - 1] - '0') & 63]) >>
                   n &
               1);
}

/* Whether text starting with c may be a status header or a qualified
 * identifier, after white space. */
static int may_be_qualified(unsigned char c) {
  return (int)(qualified_starts[c >> 6] >> (c & 63) & 1);
}

/* Text that may be a status header or a qualified identifier: qualified_find
 * for text with a byte no identifier holds (every header and qualifier
 * holds a ':' or a '.'), else NULL. */
static NOINLINE const struct httpstatus *
unclean_find(const char *s, size_t len, const char *key, size_t n, int registered) {
  return memchr(key, 1, n) != NULL ? qualified_find(s, s + len, registered) : NULL;
}

/* What identifier_find answers for text that passed may_be_identifier:
 * the probe, then qualified_find for text with a byte no identifier
 * holds. */
static NOINLINE const struct httpstatus *
probe_find(const char *s, size_t len, const char *key, size_t n, int registered) {
  /* A byte no identifier holds folds to 1, which no stem matches. */
  size_t t = identifier_target(key, n);
  if (t < TARGET_COUNT)
    return (t < HTTPSTATUS_COUNT) == (registered != 0) ? target_entry(t) : NULL;
  return may_be_qualified((unsigned char)*s) ? unclean_find(s, len, key, n, registered)
                                             : NULL;
}

/* identifier_find once key[0..n) holds s[0..len) folded to up to
 * IDENTIFIER_KEY_MAX bytes. Every call it makes is its last act, so its
 * common path, a miss, saves no registers. */
static const struct httpstatus *identifier_in_key(const char *s, size_t len,
                                                  const char *key, size_t n,
                                                  int registered) {
  if (n > IDENTIFIER_KEY_MAX || n == 0)
    return n == 0 ? NULL : qualified_find(s, s + len, registered);
  if (may_be_identifier(key, n))
    return probe_find(s, len, key, n, registered);
  /* Text of letters, digits and separators only, what most misses are,
   * can be nothing but a bare identifier; a header or a qualifier starts
   * the text. */
  if (!may_be_qualified((unsigned char)*s))
    return NULL;
  return unclean_find(s, len, key, n, registered);
}

NOINLINE const struct httpstatus *identifier_find_text(const char *s, size_t len,
                                                       int registered) {
  char key[IDENTIFIER_KEY_MAX + TEXT_FOLD_SLACK];
  size_t n = text_fold_key(s, s + len, key, IDENTIFIER_KEY_MAX);
  return identifier_in_key(s, len, key, n, registered);
}

const struct httpstatus *identifier_find(const char *s, size_t len, const char *key,
                                         size_t n, size_t folded_max, int registered) {
  return n > folded_max && folded_max < IDENTIFIER_KEY_MAX
             ? identifier_find_text(s, len, registered)
             : identifier_in_key(s, len, key, n, registered);
}
