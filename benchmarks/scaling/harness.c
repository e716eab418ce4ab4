/* The scaling study's harness, built once per key set:
 *
 *   scaling_bench [--runs N]    build the perfect hashes, printing
 *                               "# built,strategy,seconds,bytes" lines,
 *                               check every strategy on every input, then
 *                               print CSV rows of strategy, workload and
 *                               median ns per lookup
 *   scaling_bench --callgrind   run each strategy on each workload once,
 *                               dumping callgrind's counts after each
 *
 * Workloads: shuffled hits (every key equally often; past INPUTS keys,
 * INPUTS keys spread evenly over them), the hot key (the
 * middle one) and misses (random bytes of the keys' alphabet at the length
 * of a random key). Each input sits in a heap block of exactly its length.
 * The method is the main benchmark's (bench.c): every strategy a separate
 * function called through a pointer by the same loop, runs interleaved. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef BENCH_CALLGRIND
#include <valgrind/callgrind.h>
#endif

#include "../measure.h"
#include "scaling.h"

/* The generated strategies may be left out of the link: a strategy whose
 * compile took too long at this size is skipped (its pointer is NULL). */
__attribute__((weak)) const struct httpstatus *scaling_switch_first(const char *s,
                                                                    size_t n);
__attribute__((weak)) const struct httpstatus *scaling_trie(const char *s, size_t n);
/* So may the library's, where gperf did not finish. */
__attribute__((weak)) const struct httpstatus *scaling_library(const char *s, size_t n);

const struct httpstatus *const *bench_entry;

enum { INPUTS = 16384, TIMED_LOOKUPS = 8 * INPUTS, MAX_RUNS = 101, MAX_KEY = 256 };
enum workload { HITS, HOT, MISSES, WORKLOADS };
static const char *const workload_names[WORKLOADS] = {"hits", "hot", "misses"};

static const struct {
  const char *name;
  text_lookup lookup;
} strategies[] = {{"library (gperf)", scaling_library},
                  {"switch length+first", scaling_switch_first},
                  {"trie", scaling_trie},
                  {"binary search", scaling_binary},
                  {"cmph CHD", scaling_chd},
                  {"cmph BDZ", scaling_bdz},
                  {"BBHash", scaling_bbhash}};
enum { FIRST_HASHED = 4 }; /* the perfect hashes, in scaling_build_hashed's order */
enum { STRATEGIES = sizeof strategies / sizeof strategies[0] };

static struct text_input inputs[WORKLOADS][INPUTS];
volatile uintptr_t bench_sink;

static struct text_input copy_input(const char *s, size_t n) {
  char *copy = bench_must(malloc(n ? n : 1));
  memcpy(copy, s, n);
  return (struct text_input){copy, n};
}

static void build_inputs(void) {
  char alphabet[256], buffer[MAX_KEY];
  size_t alphabet_len = 0, count = synthetic_key_count;
  const struct bench_key *hot = &synthetic_keys[count / 2];
  struct text_input hot_input = copy_input(hot->text, hot->len);
  for (unsigned c = 1; c < 256; c++)
    for (size_t i = 0; i < count; i++)
      if (memchr(synthetic_keys[i].text, (int)c, synthetic_keys[i].len)) {
        alphabet[alphabet_len++] = (char)c;
        break;
      }
  for (size_t i = 0; i < INPUTS; i++) {
    /* every key equally often, or keys spread evenly over all of them */
    const struct bench_key *hit =
        &synthetic_keys[count <= INPUTS ? i % count : i * (count / INPUTS)];
    size_t n;
    inputs[HITS][i] = copy_input(hit->text, hit->len);
    inputs[HOT][i] = hot_input;
    do {
      n = synthetic_keys[bench_random_below(count)].len;
      for (size_t j = 0; j < n; j++)
        buffer[j] = alphabet[bench_random_below(alphabet_len)];
    } while (scaling_binary(buffer, n));
    inputs[MISSES][i] = copy_input(buffer, n);
  }
  for (size_t i = INPUTS - 1; i > 0; i--) {
    size_t j = bench_random_below(i + 1);
    struct text_input t = inputs[HITS][i];
    inputs[HITS][i] = inputs[HITS][j];
    inputs[HITS][j] = t;
  }
}

/* Every strategy returns the key's own entry on a hit and NULL on a miss. */
static void verify(void) {
  for (size_t s = 0; s < STRATEGIES; s++) {
    if (!strategies[s].lookup)
      continue;
    for (size_t i = 0; i < synthetic_key_count; i++) {
      const struct bench_key *k = &synthetic_keys[i];
      if (strategies[s].lookup(k->text, k->len) != bench_entry[k->index]) {
        fprintf(stderr, "scaling_bench: '%s' misses key %zu\n", strategies[s].name, i);
        exit(1);
      }
    }
    for (size_t i = 0; i < INPUTS; i++)
      if (strategies[s].lookup(inputs[MISSES][i].s, inputs[MISSES][i].len) != NULL) {
        fprintf(stderr, "scaling_bench: '%s' accepts miss %zu\n", strategies[s].name,
                i);
        exit(1);
      }
  }
}

static void time_all(int runs) {
  static double ns[STRATEGIES][MAX_RUNS];
  printf("strategy,workload,ns_median\n");
  for (int w = 0; w < WORKLOADS; w++) {
    for (size_t s = 0; s < STRATEGIES; s++) /* warm up */
      if (strategies[s].lookup)
        bench_sink += run_text(strategies[s].lookup, inputs[w], INPUTS);
    for (int r = 0; r < runs; r++)
      for (size_t s = 0; s < STRATEGIES; s++) {
        double start;
        if (!strategies[s].lookup)
          continue;
        start = bench_now_ns();
        for (size_t done = 0; done < TIMED_LOOKUPS; done += INPUTS)
          bench_sink += run_text(strategies[s].lookup, inputs[w], INPUTS);
        ns[s][r] = (bench_now_ns() - start) / TIMED_LOOKUPS;
      }
    for (size_t s = 0; s < STRATEGIES; s++) {
      if (!strategies[s].lookup)
        continue;
      qsort(ns[s], (size_t)runs, sizeof ns[s][0], bench_compare_doubles);
      printf("%s,%s,%.3f\n", strategies[s].name, workload_names[w], ns[s][runs / 2]);
    }
  }
}

int main(int argc, char **argv) {
  int runs = 7, callgrind = 0;
  struct httpstatus *entries;
  const struct httpstatus **entry;

  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--callgrind") == 0)
      callgrind = 1;
    else {
      fprintf(stderr, "usage: %s [--runs N | --callgrind]\n", argv[0]);
      return 2;
    }
  if (runs < 1 || runs > MAX_RUNS) {
    fprintf(stderr, "scaling_bench: --runs takes 1 to %d\n", MAX_RUNS);
    return 2;
  }

  entries = bench_must(malloc(synthetic_key_count * sizeof *entries));
  entry = bench_must(malloc(synthetic_key_count * sizeof *entry));
  for (size_t i = 0; i < synthetic_key_count; i++) {
    entries[i].index = i;
    entry[i] = &entries[i];
  }
  bench_entry = entry;
  build_inputs();
  {
    double seconds[3];
    size_t bytes[3];
    scaling_build_hashed(seconds, bytes);
    if (!callgrind)
      for (int i = 0; i < 3; i++)
        printf("# built,%s,%.6f,%zu\n", strategies[FIRST_HASHED + i].name, seconds[i],
               bytes[i]);
  }
  verify();

  if (callgrind) {
#ifdef BENCH_CALLGRIND
    char label[200];
    for (int w = 0; w < WORKLOADS; w++)
      for (size_t s = 0; s < STRATEGIES; s++) {
        if (!strategies[s].lookup)
          continue;
        snprintf(label, sizeof label, "scaling|%s|%s|%d", strategies[s].name,
                 workload_names[w], (int)INPUTS);
        CALLGRIND_ZERO_STATS;
        bench_sink += run_text(strategies[s].lookup, inputs[w], INPUTS);
        CALLGRIND_DUMP_STATS_AT(label);
      }
    return 0;
#else
    fputs("scaling_bench: built without valgrind/callgrind.h\n", stderr);
    return 2;
#endif
  }
  time_all(runs);
  return 0;
}
