/* The perfect-hash libraries' strategies over each table's keys (cmph's
 * CHD and BDZ, BBHash), built at start-up: the input's number names the
 * one key it may be, which is then compared, as the library does. */
#include <stdlib.h>
#include <string.h>

#include "perfect_hash.h"
#include "strategies.h"

/* One table's functions, by kind. */
struct hashed_table {
  const struct bench_key *keys;
  struct perfect_hash by_kind[3];
};

static void init_hashed(struct hashed_table *t, const struct bench_key *keys,
                        size_t count) {
  const char **texts = bench_must(malloc(count * sizeof *texts));
  size_t *lens = bench_must(malloc(count * sizeof *lens));
  for (size_t i = 0; i < count; i++) {
    texts[i] = keys[i].text;
    lens[i] = keys[i].len;
  }
  t->keys = keys;
  for (int kind = PERFECT_HASH_CHD; kind <= PERFECT_HASH_BBHASH; kind++)
    t->by_kind[kind] =
        perfect_hash_build((enum perfect_hash_kind)kind, texts, lens, count);
  free(texts);
  free(lens);
}

/* The entry of the key of that number, if s[0..n) is that key. */
static inline const struct httpstatus *numbered(const struct hashed_table *t, int kind,
                                                size_t number, const char *s,
                                                size_t n) {
  const struct perfect_hash *h = &t->by_kind[kind];
  size_t at = perfect_hash_position(h, number);
  const struct bench_key *k;
  if (at == h->count)
    return NULL;
  k = &t->keys[at];
  return k->len == n && memcmp(k->text, s, n) == 0 ? bench_entry[k->index] : NULL;
}

static struct hashed_table names_hashed, phrases_hashed, forgiving_hashed;

void init_hashed_tables(void) {
  init_hashed(&names_hashed, names_keys, names_key_count);
  init_hashed(&phrases_hashed, phrases_keys, phrases_key_count);
  init_hashed(&forgiving_hashed, forgiving_keys, forgiving_key_count);
}

#define HASHED_STRATEGIES(table)                                                       \
  BENCH_OPAQUE const struct httpstatus *table##_chd(const char *s, size_t n) {         \
    const struct hashed_table *t = &table##_hashed;                                    \
    return numbered(t, PERFECT_HASH_CHD,                                               \
                    cmph_number(&t->by_kind[PERFECT_HASH_CHD], s, n), s, n);           \
  }                                                                                    \
  BENCH_OPAQUE const struct httpstatus *table##_bdz(const char *s, size_t n) {         \
    const struct hashed_table *t = &table##_hashed;                                    \
    return numbered(t, PERFECT_HASH_BDZ,                                               \
                    cmph_number(&t->by_kind[PERFECT_HASH_BDZ], s, n), s, n);           \
  }                                                                                    \
  BENCH_OPAQUE const struct httpstatus *table##_bbhash(const char *s, size_t n) {      \
    const struct hashed_table *t = &table##_hashed;                                    \
    return numbered(t, PERFECT_HASH_BBHASH,                                            \
                    bbhash_number(&t->by_kind[PERFECT_HASH_BBHASH], s, n), s, n);      \
  }
HASHED_STRATEGIES(names)
HASHED_STRATEGIES(phrases)
HASHED_STRATEGIES(forgiving)
#undef HASHED_STRATEGIES
