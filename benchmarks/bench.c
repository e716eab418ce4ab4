/* The lookup benchmark: the library against every other way to map a code,
 * a NAME, a phrase or a forgiving text to an entry.
 *
 *   httpstatus_bench [--runs N]   time every strategy on every workload;
 *                                 prints "# key,value" lines (compiler,
 *                                 flags, runs), then CSV rows of kind,
 *                                 strategy, workload and median, min and
 *                                 max ns per lookup
 *   httpstatus_bench --callgrind  run each strategy on each workload once,
 *                                 dumping callgrind's counts after each
 *                                 (run it under valgrind --tool=callgrind)
 *
 * Fairness: every strategy is a separate, non-inlined function, called
 * through a function pointer by the same loop, and returns the library's
 * own entry pointer; every result is folded into a sink that is written
 * out. Every key list is generated from the library's data. Before any
 * timing, every strategy is checked against the library on every input. */
#define _GNU_SOURCE /* hsearch_r */
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef BENCH_CALLGRIND
#include <valgrind/callgrind.h>
#endif

#include "strategies.h"

#ifdef __clang__
#define BENCH_OPAQUE __attribute__((noinline))
#else
#define BENCH_OPAQUE __attribute__((noinline, noclone))
#endif

#ifdef __clang__
#define BENCH_COMPILER "clang " __clang_version__
#else
#define BENCH_COMPILER "gcc " __VERSION__
#endif

#ifndef BENCH_FLAGS
#define BENCH_FLAGS "unknown"
#endif

enum { INPUTS = 10000, TIMED_LOOKUPS = 200000, CALLGRIND_INPUTS = INPUTS };

const struct httpstatus *bench_entry[HTTPSTATUS_COUNT];
volatile uintptr_t bench_sink;

/* ------------------------------------------------------------------ */
/* Code to entry. */

typedef const struct httpstatus *(*code_lookup)(int code);

enum position {
#define POSITION(code, NAME, ...) POSITION_##NAME,
  HTTPSTATUS_MAP(POSITION)
#undef POSITION
};

static BENCH_OPAQUE const struct httpstatus *code_switch(int code) {
  switch (code) {
#define CASE(code, NAME, ...) \
  case code:                  \
    return bench_entry[POSITION_##NAME];
    HTTPSTATUS_MAP(CASE)
#undef CASE
  }
  return NULL;
}

static const struct httpstatus *by_class[5][100]; /* [code/100 - 1][code%100] */

static BENCH_OPAQUE const struct httpstatus *code_two_level(int code) {
  if (code < 100 || code > 599)
    return NULL;
  return by_class[code / 100 - 1][code % 100];
}

static int sorted_codes[HTTPSTATUS_COUNT];

static BENCH_OPAQUE const struct httpstatus *code_binary(int code) {
  size_t lo = 0, hi = HTTPSTATUS_COUNT;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (sorted_codes[mid] == code)
      return bench_entry[mid];
    if (sorted_codes[mid] < code)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static BENCH_OPAQUE const struct httpstatus *code_linear(int code) {
  for (size_t i = 0; i < HTTPSTATUS_COUNT; i++)
    if (sorted_codes[i] == code)
      return bench_entry[i];
  return NULL;
}

static BENCH_OPAQUE const struct httpstatus *code_empty(int code) {
  (void)code;
  return NULL;
}

static void init_codes(void) {
  for (size_t i = 0; i < HTTPSTATUS_COUNT; i++) {
    int code = bench_entry[i]->code;
    sorted_codes[i] = code; /* httpstatus_at() is in code order */
    by_class[code / 100 - 1][code % 100] = bench_entry[i];
  }
}

/* ------------------------------------------------------------------ */
/* Text to entry: the strategies built at run time over a table's keys. */

typedef const struct httpstatus *(*text_lookup)(const char *s, size_t n);

struct key_table {
  const struct bench_key *keys;
  size_t count;
  const struct bench_key **sorted; /* byte order, for the binary search */
  const struct bench_key **slots;  /* open addressing, FNV-1a */
  size_t mask;
  struct hsearch_data glibc;
};

static int compare_text(const char *a, size_t alen, const char *b, size_t blen) {
  int c = memcmp(a, b, alen < blen ? alen : blen);
  return c ? c : (alen > blen) - (alen < blen);
}

static int compare_keys(const void *a, const void *b) {
  const struct bench_key *x = *(const struct bench_key *const *)a;
  const struct bench_key *y = *(const struct bench_key *const *)b;
  return compare_text(x->text, x->len, y->text, y->len);
}

static uint32_t fnv1a(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void *must(void *p) {
  if (p == NULL) {
    fputs("httpstatus_bench: out of memory\n", stderr);
    exit(1);
  }
  return p;
}

static void init_table(struct key_table *t, const struct bench_key *keys, size_t count) {
  size_t size = 1;
  t->keys = keys;
  t->count = count;
  t->sorted = must(malloc(count * sizeof *t->sorted));
  for (size_t i = 0; i < count; i++)
    t->sorted[i] = &keys[i];
  qsort(t->sorted, count, sizeof *t->sorted, compare_keys);

  while (size < 2 * count) /* load factor at most 1/2 */
    size *= 2;
  t->mask = size - 1;
  t->slots = must(calloc(size, sizeof *t->slots));
  for (size_t i = 0; i < count; i++) {
    size_t at = fnv1a(keys[i].text, keys[i].len) & t->mask;
    while (t->slots[at])
      at = (at + 1) & t->mask;
    t->slots[at] = &keys[i];
  }

  memset(&t->glibc, 0, sizeof t->glibc);
  if (!hcreate_r(2 * count, &t->glibc))
    must(NULL);
  for (size_t i = 0; i < count; i++) {
    ENTRY item, *stored;
    item.key = (char *)keys[i].text;
    item.data = (void *)bench_entry[keys[i].index];
    if (!hsearch_r(item, ENTER, &stored, &t->glibc))
      must(NULL);
  }
}

static inline const struct httpstatus *find_binary(const struct key_table *t,
                                                   const char *s, size_t n) {
  size_t lo = 0, hi = t->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const struct bench_key *k = t->sorted[mid];
    int c = compare_text(s, n, k->text, k->len);
    if (c == 0)
      return bench_entry[k->index];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
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

/* hsearch_r takes NUL-terminated keys: every input here is one. */
static inline const struct httpstatus *find_hsearch(struct key_table *t,
                                                    const char *s, size_t n) {
  ENTRY item, *found;
  (void)n;
  item.key = (char *)s;
  item.data = NULL;
  return hsearch_r(item, FIND, &found, &t->glibc) ? found->data : NULL;
}

static struct key_table names_table, phrases_table, forgiving_table;

#define RUNTIME_STRATEGIES(table)                                                  \
  static BENCH_OPAQUE const struct httpstatus *table##_binary(const char *s,      \
                                                               size_t n) {        \
    return find_binary(&table##_table, s, n);                                    \
  }                                                                                \
  static BENCH_OPAQUE const struct httpstatus *table##_linear(const char *s,      \
                                                               size_t n) {        \
    return find_linear(&table##_table, s, n);                                    \
  }                                                                                \
  static BENCH_OPAQUE const struct httpstatus *table##_fnv(const char *s,         \
                                                            size_t n) {           \
    return find_fnv(&table##_table, s, n);                                       \
  }                                                                                \
  static BENCH_OPAQUE const struct httpstatus *table##_hsearch(const char *s,     \
                                                                size_t n) {       \
    return find_hsearch(&table##_table, s, n);                                   \
  }
RUNTIME_STRATEGIES(names)
RUNTIME_STRATEGIES(phrases)
RUNTIME_STRATEGIES(forgiving)
#undef RUNTIME_STRATEGIES

static BENCH_OPAQUE const struct httpstatus *text_empty(const char *s, size_t n) {
  (void)s;
  (void)n;
  return NULL;
}

/* The forgiving lookups of the other strategies: the input folded as
 * httpstatus_find folds it, by the same loop (separators dropped, letters
 * upper-cased, any other byte rejected), then looked up among the folded
 * keys. */
enum { FOLDED_MAX = 64 };

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

/* NUL-terminated, for the strategies that need it. */
#define FOLDED(strategy)                                                          \
  static BENCH_OPAQUE const struct httpstatus *folded_##strategy(const char *s,   \
                                                                 size_t n) {      \
    char key[FOLDED_MAX + 1];                                                     \
    size_t len;                                                                   \
    if (!fold(s, n, key, &len))                                                   \
      return NULL;                                                                \
    key[len] = '\0';                                                              \
    return forgiving_##strategy(key, len);                                        \
  }
FOLDED(gperf_default)
FOLDED(switch_length)
FOLDED(switch_first)
FOLDED(trie)
FOLDED(binary)
FOLDED(linear)
FOLDED(fnv)
FOLDED(hsearch)
#undef FOLDED

/* ------------------------------------------------------------------ */
/* The strategies of each kind of lookup, the library first. */

struct strategy {
  const char *name;
  code_lookup code;
  text_lookup text;
};

static const struct strategy code_strategies[] = {
    {"library", httpstatus_from_code, NULL},
    {"switch", code_switch, NULL},
    {"two-level table", code_two_level, NULL},
    {"binary search", code_binary, NULL},
    {"linear scan", code_linear, NULL},
    {"empty (loop only)", code_empty, NULL},
    {NULL, NULL, NULL}};

#define TEXT_STRATEGIES(library, table)                                \
  {{"library", NULL, library},                                         \
   {"gperf default", NULL, table##_gperf_default},                     \
   {"switch length", NULL, table##_switch_length},                     \
   {"switch length+first", NULL, table##_switch_first},                \
   {"trie", NULL, table##_trie},                                       \
   {"binary search", NULL, table##_binary},                            \
   {"linear scan", NULL, table##_linear},                              \
   {"FNV-1a open addr.", NULL, table##_fnv},                           \
   {"hsearch_r", NULL, table##_hsearch},                               \
   {"empty (loop only)", NULL, text_empty},                            \
   {NULL, NULL, NULL}}
static const struct strategy name_strategies[] =
    TEXT_STRATEGIES(httpstatus_from_name, names);
static const struct strategy phrase_strategies[] =
    TEXT_STRATEGIES(httpstatus_from_phrase, phrases);
static const struct strategy find_strategies[] =
    TEXT_STRATEGIES(httpstatus_find, folded);
#undef TEXT_STRATEGIES

/* ------------------------------------------------------------------ */
/* Workloads, built at run time from the tables' keys. */

enum workload { HITS, HOT, MISSES, NEAR_MISSES, MIXED, WORKLOADS };
static const char *const workload_names[WORKLOADS] = {
    "hits", "hot", "misses", "near misses", "50/50 mix"};

struct text_input {
  const char *s;
  size_t len;
};

struct kind {
  const char *name;
  const struct strategy *strategies;
  int inputs_code[WORKLOADS][INPUTS];
  struct text_input inputs_text[WORKLOADS][INPUTS];
};

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t next_random(void) { /* xorshift64*: reproducible runs */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717u;
}

static size_t random_below(size_t n) { return (size_t)(next_random() % n); }

static void shuffle_codes(int *v, size_t n) {
  for (size_t i = n - 1; i > 0; i--) {
    size_t j = random_below(i + 1);
    int t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

static void shuffle_texts(struct text_input *v, size_t n) {
  for (size_t i = n - 1; i > 0; i--) {
    size_t j = random_below(i + 1);
    struct text_input t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

static void build_code_inputs(struct kind *k) {
  int(*in)[INPUTS] = k->inputs_code;
  for (size_t i = 0; i < INPUTS; i++) {
    int code;
    in[HITS][i] = sorted_codes[i % HTTPSTATUS_COUNT];
    in[HOT][i] = sorted_codes[HTTPSTATUS_COUNT / 2];
    do /* three digits, like the codes */
      code = 100 + (int)random_below(900);
    while (httpstatus_from_code(code));
    in[MISSES][i] = code;
    do { /* one digit of a code changed */
      int digits[3], at = (int)random_below(3), was;
      code = sorted_codes[random_below(HTTPSTATUS_COUNT)];
      digits[0] = code / 100, digits[1] = code / 10 % 10, digits[2] = code % 10;
      was = digits[at];
      while (digits[at] == was)
        digits[at] = (int)random_below(10);
      code = digits[0] * 100 + digits[1] * 10 + digits[2];
    } while (code < 100 || httpstatus_from_code(code));
    in[NEAR_MISSES][i] = code;
  }
  shuffle_codes(in[HITS], INPUTS);
  for (size_t i = 0; i < INPUTS; i++)
    in[MIXED][i] = (next_random() & 1) ? in[HITS][i] : in[MISSES][i];
}

/* Every string gets its own NUL-terminated copy, as input read from
 * outside would. */
static const char *copy_text(const char *s, size_t n) {
  char *copy = must(malloc(n + 1));
  memcpy(copy, s, n);
  copy[n] = '\0';
  return copy;
}

struct text_source {
  const char **texts; /* the hits, as given to the lookups */
  size_t count;
  const char *alphabet; /* every byte the hits use */
  text_lookup reference;
};

static void build_text_inputs(struct kind *k, const struct text_source *src) {
  struct text_input(*in)[INPUTS] = k->inputs_text;
  size_t alphabet_len = strlen(src->alphabet);
  char buffer[FOLDED_MAX + 1];
  for (size_t i = 0; i < INPUTS; i++) {
    const char *hit = src->texts[i % src->count];
    const char *hot = src->texts[src->count / 2];
    size_t n;
    in[HITS][i] = (struct text_input){copy_text(hit, strlen(hit)), strlen(hit)};
    in[HOT][i] = (struct text_input){hot, strlen(hot)};
    do { /* random bytes of the keys' alphabet, at a key's length */
      n = strlen(src->texts[random_below(src->count)]);
      for (size_t j = 0; j < n; j++)
        buffer[j] = src->alphabet[random_below(alphabet_len)];
    } while (src->reference(buffer, n));
    in[MISSES][i] = (struct text_input){copy_text(buffer, n), n};
    do { /* a key with one byte changed */
      const char *key = src->texts[random_below(src->count)];
      size_t at;
      n = strlen(key);
      memcpy(buffer, key, n);
      at = random_below(n);
      while (buffer[at] == key[at])
        buffer[at] = src->alphabet[random_below(alphabet_len)];
    } while (src->reference(buffer, n));
    in[NEAR_MISSES][i] = (struct text_input){copy_text(buffer, n), n};
  }
  shuffle_texts(in[HITS], INPUTS);
  for (size_t i = 0; i < INPUTS; i++)
    in[MIXED][i] = (next_random() & 1) ? in[HITS][i] : in[MISSES][i];
}

static const char *alphabet_of(const char **texts, size_t count) {
  static char seen[3][257];
  static int used;
  char *out = seen[used++];
  size_t n = 0;
  for (unsigned c = 1; c < 256; c++)
    for (size_t i = 0; i < count; i++)
      if (strchr(texts[i], (int)c)) {
        out[n++] = (char)c;
        break;
      }
  out[n] = '\0';
  return out;
}

static const char **texts_of(const struct bench_key *keys, size_t count) {
  const char **texts = must(malloc(count * sizeof *texts));
  for (size_t i = 0; i < count; i++)
    texts[i] = keys[i].text;
  return texts;
}

/* httpstatus_find's input: every NAME and phrase, lower-cased. */
static const char **lower_texts(size_t *count) {
  const char **texts = must(malloc((names_key_count + phrases_key_count) * sizeof *texts));
  size_t n = 0;
  for (int table = 0; table < 2; table++) {
    const struct bench_key *keys = table ? phrases_keys : names_keys;
    size_t keys_count = table ? phrases_key_count : names_key_count;
    for (size_t i = 0; i < keys_count; i++) {
      char *lower = (char *)copy_text(keys[i].text, keys[i].len);
      for (char *c = lower; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
          *c = (char)(*c - 'A' + 'a');
      texts[n++] = lower;
    }
  }
  *count = n;
  return texts;
}

/* ------------------------------------------------------------------ */
/* Running. */

static BENCH_OPAQUE uintptr_t run_code(code_lookup lookup, const int *in, size_t n) {
  uintptr_t sink = 0;
  for (size_t i = 0; i < n; i++)
    sink += (uintptr_t)lookup(in[i]);
  return sink;
}

static BENCH_OPAQUE uintptr_t run_text(text_lookup lookup, const struct text_input *in,
                                       size_t n) {
  uintptr_t sink = 0;
  for (size_t i = 0; i < n; i++)
    sink += (uintptr_t)lookup(in[i].s, in[i].len);
  return sink;
}

static uintptr_t run(const struct kind *k, const struct strategy *s, int w, size_t n) {
  return s->code ? run_code(s->code, k->inputs_code[w], n)
                 : run_text(s->text, k->inputs_text[w], n);
}

/* Every strategy must give the library's answer on every input. */
static void verify(const struct kind *k) {
  const struct strategy *library = &k->strategies[0];
  for (const struct strategy *s = k->strategies + 1; s->name; s++) {
    if (s->code == code_empty || s->text == text_empty)
      continue;
    for (int w = 0; w < WORKLOADS; w++)
      for (size_t i = 0; i < INPUTS; i++) {
        const struct httpstatus *want, *got;
        if (s->code) {
          want = library->code(k->inputs_code[w][i]);
          got = s->code(k->inputs_code[w][i]);
        } else {
          want = library->text(k->inputs_text[w][i].s, k->inputs_text[w][i].len);
          got = s->text(k->inputs_text[w][i].s, k->inputs_text[w][i].len);
        }
        if (want != got) {
          fprintf(stderr, "httpstatus_bench: %s lookup '%s' disagrees with the library on %s input %zu\n",
                  k->name, s->name, workload_names[w], i);
          exit(1);
        }
      }
  }
}

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Runs are interleaved (run r of every strategy, then run r + 1), so a
 * change of clock speed during the benchmark touches every strategy. */
static void time_kind(const struct kind *k, int runs) {
  enum { MAX_RUNS = 101, MAX_STRATEGIES = 16 };
  static double ns[MAX_STRATEGIES][MAX_RUNS];
  size_t count = 0;
  while (k->strategies[count].name)
    count++;
  if (count > MAX_STRATEGIES) {
    fputs("httpstatus_bench: raise MAX_STRATEGIES\n", stderr);
    exit(1);
  }
  for (int w = 0; w < WORKLOADS; w++) {
    fprintf(stderr, "  timing %s lookups, %s\n", k->name, workload_names[w]);
    for (size_t s = 0; s < count; s++)
      bench_sink += run(k, &k->strategies[s], w, INPUTS); /* warm up */
    for (int r = 0; r < runs; r++)
      for (size_t s = 0; s < count; s++) {
        double start = now_ns();
        for (size_t done = 0; done < TIMED_LOOKUPS; done += INPUTS)
          bench_sink += run(k, &k->strategies[s], w, INPUTS);
        ns[s][r] = (now_ns() - start) / TIMED_LOOKUPS;
      }
    for (size_t s = 0; s < count; s++) {
      qsort(ns[s], (size_t)runs, sizeof ns[s][0], compare_doubles);
      printf("%s,%s,%s,%.3f,%.3f,%.3f\n", k->name, k->strategies[s].name,
             workload_names[w], ns[s][runs / 2], ns[s][0], ns[s][runs - 1]);
    }
  }
}

#ifdef BENCH_CALLGRIND
static void count_kind(const struct kind *k) {
  char label[200];
  for (int w = 0; w < WORKLOADS; w++)
    for (const struct strategy *s = k->strategies; s->name; s++) {
      snprintf(label, sizeof label, "%s|%s|%s|%d", k->name, s->name,
               workload_names[w], (int)CALLGRIND_INPUTS);
      CALLGRIND_ZERO_STATS;
      bench_sink += run(k, s, w, CALLGRIND_INPUTS);
      CALLGRIND_DUMP_STATS_AT(label);
    }
}
#endif

static struct kind kinds[4];

int main(int argc, char **argv) {
  int runs = 7, callgrind = 0;
  size_t find_count;
  struct text_source name_source, phrase_source, find_source;

  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--callgrind") == 0)
      callgrind = 1;
    else {
      fprintf(stderr, "usage: %s [--runs N | --callgrind]\n", argv[0]);
      return 2;
    }
  if (runs < 1 || runs > 101) {
    fputs("httpstatus_bench: --runs takes 1 to 101\n", stderr);
    return 2;
  }

  for (size_t i = 0; i < HTTPSTATUS_COUNT; i++)
    bench_entry[i] = httpstatus_at(i);
  init_codes();
  init_table(&names_table, names_keys, names_key_count);
  init_table(&phrases_table, phrases_keys, phrases_key_count);
  init_table(&forgiving_table, forgiving_keys, forgiving_key_count);

  kinds[0].name = "code";
  kinds[0].strategies = code_strategies;
  build_code_inputs(&kinds[0]);

  name_source.texts = texts_of(names_keys, names_key_count);
  name_source.count = names_key_count;
  name_source.reference = names_linear;
  name_source.alphabet = alphabet_of(name_source.texts, name_source.count);
  kinds[1].name = "name";
  kinds[1].strategies = name_strategies;
  build_text_inputs(&kinds[1], &name_source);

  phrase_source.texts = texts_of(phrases_keys, phrases_key_count);
  phrase_source.count = phrases_key_count;
  phrase_source.reference = phrases_linear;
  phrase_source.alphabet = alphabet_of(phrase_source.texts, phrase_source.count);
  kinds[2].name = "phrase";
  kinds[2].strategies = phrase_strategies;
  build_text_inputs(&kinds[2], &phrase_source);

  find_source.texts = lower_texts(&find_count);
  find_source.count = find_count;
  find_source.reference = folded_linear;
  find_source.alphabet = alphabet_of(find_source.texts, find_source.count);
  kinds[3].name = "find";
  kinds[3].strategies = find_strategies;
  build_text_inputs(&kinds[3], &find_source);

  if (callgrind) {
#ifdef BENCH_CALLGRIND
    for (int i = 0; i < 4; i++)
      count_kind(&kinds[i]);
    return 0;
#else
    fputs("httpstatus_bench: built without valgrind/callgrind.h\n", stderr);
    return 2;
#endif
  }

  printf("# compiler,%s\n", BENCH_COMPILER);
  printf("# flags,%s\n", BENCH_FLAGS);
  printf("# runs,%d\n# lookups per run,%d\n", runs, (int)TIMED_LOOKUPS);
  printf("kind,strategy,workload,ns_median,ns_min,ns_max\n");
  for (int i = 0; i < 4; i++) {
    fprintf(stderr, "  checking every %s strategy against the library\n", kinds[i].name);
    verify(&kinds[i]);
  }
  for (int i = 0; i < 4; i++)
    time_kind(&kinds[i], runs);
  return 0;
}
