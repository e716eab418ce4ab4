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
 *   httpstatus_bench --check N    only check every strategy against the
 *                                 library, on the first N inputs of each
 *                                 workload (the test suite runs it under
 *                                 the sanitizers)
 *
 * Fairness: every strategy is a separate, non-inlined function, called
 * through a function pointer by the same loop, and returns the library's
 * own entry pointer; every result is folded into a sink that is written
 * out. Every key list is generated from the library's data. Before any
 * timing, every strategy is checked against the library on every input.
 *
 * This file is the harness: it checks, times and counts the strategies
 * listed in strategies.c on the inputs workloads.c builds. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef BENCH_CALLGRIND
#include <valgrind/callgrind.h>
#endif

#include "measure.h"
#include "strategies.h"
#include "workloads.h"

#ifdef __clang__
#define BENCH_COMPILER "clang " __clang_version__
#else
#define BENCH_COMPILER "gcc " __VERSION__
#endif

#ifndef BENCH_FLAGS
#define BENCH_FLAGS "unknown"
#endif

enum { TIMED_LOOKUPS = 200000, CALLGRIND_INPUTS = INPUTS };

volatile uintptr_t bench_sink;

/* A kind of lookup: its strategies and the inputs they are timed on. */
struct kind {
  const char *name;
  const struct strategy *strategies;
  int inputs_code[WORKLOADS][INPUTS];
  struct text_input inputs_text[WORKLOADS][INPUTS];
};

static BENCH_OPAQUE uintptr_t run_code(code_lookup lookup, const int *in, size_t n) {
  uintptr_t sink = 0;
  for (size_t i = 0; i < n; i++)
    sink += (uintptr_t)lookup(in[i]);
  return sink;
}

static uintptr_t run(const struct kind *k, const struct strategy *s, int w, size_t n) {
  return s->code ? run_code(s->code, k->inputs_code[w], n)
                 : run_text(s->text, k->inputs_text[w], n);
}

/* Runs of one byte, 0 to EDGE_LENGTH long, that every text strategy
 * must also answer as the library does: a lookup that trusts its table's
 * empty positions (zero bytes, length 0) answers a run of zero bytes. */
enum { EDGE_LENGTH = 64 };
static const char edge_bytes[] = {'\0', '\xff', 'A'};

static void verify_edges(const struct kind *k, const struct strategy *s) {
  static char run_of[EDGE_LENGTH];
  for (size_t b = 0; b < sizeof edge_bytes; b++) {
    memset(run_of, edge_bytes[b], sizeof run_of);
    for (size_t len = 0; len <= EDGE_LENGTH; len++)
      if (k->strategies[0].text(run_of, len) != s->text(run_of, len)) {
        fprintf(stderr,
                "httpstatus_bench: %s lookup '%s' disagrees with the library on %zu "
                "bytes 0x%02x\n",
                k->name, s->name, len, (unsigned char)edge_bytes[b]);
        exit(1);
      }
  }
}

/* Every strategy must give the library's answer on the first `inputs`
 * inputs of every workload, and on the edge runs. */
static void verify(const struct kind *k, size_t inputs) {
  const struct strategy *library = &k->strategies[0];
  for (const struct strategy *s = k->strategies + 1; s->name; s++) {
    if (s->code == code_empty || s->text == text_empty)
      continue;
    if (s->text)
      verify_edges(k, s);
    for (int w = 0; w < WORKLOADS; w++)
      for (size_t i = 0; i < inputs; i++) {
        const struct httpstatus *want, *got;
        if (s->code) {
          want = library->code(k->inputs_code[w][i]);
          got = s->code(k->inputs_code[w][i]);
        } else {
          want = library->text(k->inputs_text[w][i].s, k->inputs_text[w][i].len);
          got = s->text(k->inputs_text[w][i].s, k->inputs_text[w][i].len);
        }
        if (want != got) {
          fprintf(stderr,
                  "httpstatus_bench: %s lookup '%s' disagrees with the library on %s "
                  "input %zu\n",
                  k->name, s->name, workload_names[w], i);
          exit(1);
        }
      }
  }
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
        double start = bench_now_ns();
        for (size_t done = 0; done < TIMED_LOOKUPS; done += INPUTS)
          bench_sink += run(k, &k->strategies[s], w, INPUTS);
        ns[s][r] = (bench_now_ns() - start) / TIMED_LOOKUPS;
      }
    for (size_t s = 0; s < count; s++) {
      qsort(ns[s], (size_t)runs, sizeof ns[s][0], bench_compare_doubles);
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
      snprintf(label, sizeof label, "%s|%s|%s|%d", k->name, s->name, workload_names[w],
               (int)CALLGRIND_INPUTS);
      CALLGRIND_ZERO_STATS;
      bench_sink += run(k, s, w, CALLGRIND_INPUTS);
      CALLGRIND_DUMP_STATS_AT(label);
    }
}
#endif

enum { KINDS = 6 };
static struct kind kinds[KINDS];

/* What httpstatus_find's workloads count as found: the forgiving keys, as
 * before, and what the library finds besides once they fail (other
 * ecosystems' identifiers), so that a miss is a miss for every strategy. */
static const struct httpstatus *find_reference(const char *s, size_t len) {
  const struct httpstatus *e = folded_linear(s, len);
  return e != NULL ? e : httpstatus_find(s, len);
}

int main(int argc, char **argv) {
  int runs = 7, callgrind = 0, check = 0;

  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--check") == 0 && i + 1 < argc) {
      check = atoi(argv[++i]);
      if (check < 1 || check > INPUTS) {
        fprintf(stderr, "httpstatus_bench: --check takes 1 to %d\n", (int)INPUTS);
        return 2;
      }
    } else if (strcmp(argv[i], "--callgrind") == 0)
      callgrind = 1;
    else {
      fprintf(stderr, "usage: %s [--runs N | --callgrind | --check N]\n", argv[0]);
      return 2;
    }
  if (runs < 1 || runs > 101) {
    fputs("httpstatus_bench: --runs takes 1 to 101\n", stderr);
    return 2;
  }

  init_strategies();
  kinds[0].name = "code";
  kinds[0].strategies = code_strategies;
  build_code_inputs(kinds[0].inputs_code);
  kinds[1].name = "name";
  kinds[1].strategies = name_strategies;
  build_text_inputs(kinds[1].inputs_text, names_keys, names_key_count, names_linear);
  kinds[2].name = "phrase";
  kinds[2].strategies = phrase_strategies;
  build_text_inputs(kinds[2].inputs_text, phrases_keys, phrases_key_count,
                    phrases_linear);
  kinds[3].name = "find";
  kinds[3].strategies = find_strategies;
  build_find_inputs(kinds[3].inputs_text, find_reference);
  kinds[4].name = "unofficial";
  kinds[4].strategies = unofficial_strategies;
  build_unofficial_inputs(kinds[4].inputs_text, httpstatus_unofficial_find);
  /* httpstatus_suggest gets httpstatus_find's inputs: its misses are the
   * texts it exists for. */
  kinds[5].name = "suggest";
  kinds[5].strategies = suggest_strategies;
  memcpy(kinds[5].inputs_text, kinds[3].inputs_text, sizeof kinds[5].inputs_text);

  if (check) {
    for (int i = 0; i < KINDS; i++)
      verify(&kinds[i], (size_t)check);
    printf("every strategy agrees with the library on %d inputs of each workload\n",
           check);
    return 0;
  }
  if (callgrind) {
#ifdef BENCH_CALLGRIND
    for (int i = 0; i < KINDS; i++)
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
  for (int i = 0; i < KINDS; i++) {
    fprintf(stderr, "  checking every %s strategy against the library\n",
            kinds[i].name);
    verify(&kinds[i], INPUTS);
  }
  for (int i = 0; i < KINDS; i++)
    time_kind(&kinds[i], runs);
  return 0;
}
