/* What the lookup benchmark (bench.c, workloads.c) and the scaling study
 * (scaling/harness.c) measure with: one reproducible random sequence for
 * the workloads, the clock and the median runs are timed by, and the loop
 * that times a text lookup. The
 * includer defines _POSIX_C_SOURCE 199309L or later before its first
 * #include, for clock_gettime. */
#ifndef BENCH_MEASURE_H
#define BENCH_MEASURE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "shared.h"

/* The next number of a fixed xorshift64* sequence, so that every run
 * builds the same inputs; each file that draws has a sequence of its own. */
static inline uint64_t bench_random(void) {
  static uint64_t state = 0x9e3779b97f4a7c15u;
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * 2685821657736338717u;
}

/* A number of the sequence in [0, n). */
static inline size_t bench_random_below(size_t n) {
  return (size_t)(bench_random() % n);
}

/* The thread's CPU time, not the wall clock: on a shared machine a run
 * the scheduler interrupts would otherwise count the other programs' time
 * as its own. */
static inline double bench_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* For qsort: ascending doubles, so that the middle one is the median. */
static inline int bench_compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The timed loop: every lookup through the same pointer call, every
 * result added to the sink the caller writes out. */
static BENCH_OPAQUE __attribute__((unused)) uintptr_t
run_text(text_lookup lookup, const struct text_input *in, size_t n) {
  uintptr_t sink = 0;
  for (size_t i = 0; i < n; i++)
    sink += (uintptr_t)lookup(in[i].s, in[i].len);
  return sink;
}

#endif
