/* The benchmark's text-to-entry strategies built at run time over each
 * table's keys (binary search, linear scan, FNV-1a open addressing, glibc's
 * hsearch_r), and the forgiving lookups: the folding loop of
 * httpstatus_find in front of every strategy over the folded keys. */
#define _GNU_SOURCE /* hsearch_r */
#include <search.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strategies.h"

/* One table's keys and the structures built over them at start-up. */
struct key_table {
  const struct bench_key *keys;
  size_t count;
  const struct bench_key **sorted; /* byte order, for the binary search */
  const struct bench_key **slots;  /* open addressing, FNV-1a */
  size_t mask;
  struct hsearch_data glibc;
};

static int compare_keys(const void *a, const void *b) {
  const struct bench_key *x = *(const struct bench_key *const *)a;
  const struct bench_key *y = *(const struct bench_key *const *)b;
  return bench_compare_text(x->text, x->len, y->text, y->len);
}

static uint32_t fnv1a(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void init_table(struct key_table *t, const struct bench_key *keys,
                       size_t count) {
  size_t size = 1;
  t->keys = keys;
  t->count = count;
  t->sorted = bench_must(malloc(count * sizeof *t->sorted));
  for (size_t i = 0; i < count; i++)
    t->sorted[i] = &keys[i];
  qsort(t->sorted, count, sizeof *t->sorted, compare_keys);

  while (size < 2 * count) /* load factor at most 1/2 */
    size *= 2;
  t->mask = size - 1;
  t->slots = bench_must(calloc(size, sizeof *t->slots));
  for (size_t i = 0; i < count; i++) {
    size_t at = fnv1a(keys[i].text, keys[i].len) & t->mask;
    while (t->slots[at])
      at = (at + 1) & t->mask;
    t->slots[at] = &keys[i];
  }

  memset(&t->glibc, 0, sizeof t->glibc);
  if (!hcreate_r(2 * count, &t->glibc))
    bench_must(NULL);
  for (size_t i = 0; i < count; i++) {
    ENTRY item, *stored;
    item.key = (char *)keys[i].text;
    item.data = (void *)bench_entry[keys[i].index];
    if (!hsearch_r(item, ENTER, &stored, &t->glibc))
      bench_must(NULL);
  }
}

static inline const struct httpstatus *find_binary(const struct key_table *t,
                                                   const char *s, size_t n) {
  const struct bench_key *k;
#define SORTED_KEY(i) (t->sorted[i])
  BENCH_BINARY_SEARCH(k, t->count, SORTED_KEY, s, n);
#undef SORTED_KEY
  return k ? bench_entry[k->index] : NULL;
}

static inline const struct httpstatus *find_linear(const struct key_table *t,
                                                   const char *s, size_t n) {
  for (size_t i = 0; i < t->count; i++)
    if (t->keys[i].len == n && memcmp(t->keys[i].text, s, n) == 0)
      return bench_entry[t->keys[i].index];
  return NULL;
}

static inline const struct httpstatus *find_fnv(const struct key_table *t,
                                                const char *s, size_t n) {
  for (size_t at = fnv1a(s, n) & t->mask; t->slots[at]; at = (at + 1) & t->mask)
    if (t->slots[at]->len == n && memcmp(t->slots[at]->text, s, n) == 0)
      return bench_entry[t->slots[at]->index];
  return NULL;
}

/* hsearch_r takes NUL-terminated keys, and the inputs are not: it pays
 * for a terminated copy (every key is shorter than FOLDED_MAX). */
static inline const struct httpstatus *find_hsearch(struct key_table *t, const char *s,
                                                    size_t n) {
  ENTRY item, *found;
  char key[FOLDED_MAX + 1];
  if (n > FOLDED_MAX)
    return NULL;
  memcpy(key, s, n);
  key[n] = '\0';
  item.key = key;
  item.data = NULL;
  return hsearch_r(item, FIND, &found, &t->glibc) ? found->data : NULL;
}

static struct key_table names_table, phrases_table, forgiving_table;

void init_text_tables(void) {
  init_table(&names_table, names_keys, names_key_count);
  init_table(&phrases_table, phrases_keys, phrases_key_count);
  init_table(&forgiving_table, forgiving_keys, forgiving_key_count);
}

#define RUNTIME_STRATEGIES(table)                                                      \
  BENCH_OPAQUE const struct httpstatus *table##_binary(const char *s, size_t n) {      \
    return find_binary(&table##_table, s, n);                                          \
  }                                                                                    \
  BENCH_OPAQUE const struct httpstatus *table##_linear(const char *s, size_t n) {      \
    return find_linear(&table##_table, s, n);                                          \
  }                                                                                    \
  BENCH_OPAQUE const struct httpstatus *table##_fnv(const char *s, size_t n) {         \
    return find_fnv(&table##_table, s, n);                                             \
  }                                                                                    \
  BENCH_OPAQUE const struct httpstatus *table##_hsearch(const char *s, size_t n) {     \
    return find_hsearch(&table##_table, s, n);                                         \
  }
RUNTIME_STRATEGIES(names)
RUNTIME_STRATEGIES(phrases)
RUNTIME_STRATEGIES(forgiving)
#undef RUNTIME_STRATEGIES

BENCH_OPAQUE const struct httpstatus *text_empty(const char *s, size_t n) {
  (void)s;
  (void)n;
  return NULL;
}

/* The forgiving lookups of the other strategies: the input folded as
 * httpstatus_find folds it, by the same loop (separators dropped, letters
 * upper-cased, any other byte rejected), then looked up among the folded
 * keys. */
static inline int fold(const char *s, size_t n, char *key, size_t *len) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i], upper = (unsigned char)(c & ~0x20);
    if (upper >= 'A' && upper <= 'Z')
      c = upper;
    else if (c == ' ' || (c >= '\t' && c <= '\r') || c == '_' || c == '-' || c == '\'')
      continue;
    else if (!(c >= '0' && c <= '9'))
      return 0;
    if (m == FOLDED_MAX)
      return 0;
    key[m++] = (char)c;
  }
  *len = m;
  return 1;
}

#define FOLDED(strategy)                                                               \
  BENCH_OPAQUE const struct httpstatus *folded_##strategy(const char *s, size_t n) {   \
    char key[FOLDED_MAX];                                                              \
    size_t len;                                                                        \
    if (!fold(s, n, key, &len))                                                        \
      return NULL;                                                                     \
    return forgiving_##strategy(key, len);                                             \
  }
FOLDED(gperf_default)
FOLDED(switch_length)
FOLDED(switch_first)
FOLDED(trie)
FOLDED(binary)
FOLDED(linear)
FOLDED(fnv)
FOLDED(hsearch)
FOLDED(chd)
FOLDED(bdz)
FOLDED(bbhash)
#undef FOLDED
