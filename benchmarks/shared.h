/* What the lookup benchmark's files and the scaling study's share: the
 * opaque-function attribute, the lookup and input types, the
 * out-of-memory exit and the binary search over keys in byte order. */
#ifndef BENCH_SHARED_H
#define BENCH_SHARED_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every strategy is a separate function the compiler may neither inline
 * nor specialise, so each call costs what a call through a pointer costs. */
#ifdef __clang__
#define BENCH_OPAQUE __attribute__((noinline))
#else
#define BENCH_OPAQUE __attribute__((noinline, noclone))
#endif

/* The includer defines struct httpstatus: the library's, or the scaling
 * study's stand-in. */
struct httpstatus;
typedef const struct httpstatus *(*text_lookup)(const char *s, size_t n);

/* An input: s[0..len), in a heap block of exactly that length. */
struct text_input {
  const char *s;
  size_t len;
};

/* Exits with a message when p is NULL (out of memory); else returns p. */
static inline void *bench_must(void *p) {
  if (p == NULL) {
    fputs("benchmark: out of memory\n", stderr);
    exit(1);
  }
  return p;
}

/* Byte order, a prefix first. */
static inline int bench_compare_text(const char *a, size_t alen, const char *b,
                                     size_t blen) {
  int c = memcmp(a, b, alen < blen ? alen : blen);
  return c ? c : (alen > blen) - (alen < blen);
}

/* Sets found to the key equal to s[0..n) among count keys in byte order,
 * or to NULL. key_at names a macro: key_at(i) is the i-th key, a pointer
 * to a struct with text and len. A macro, so that each search compiles as
 * if written in place. */
#define BENCH_BINARY_SEARCH(found, count, key_at, s, n)                                \
  do {                                                                                 \
    size_t lo_ = 0, hi_ = (count);                                                     \
    (found) = NULL;                                                                    \
    while (lo_ < hi_) {                                                                \
      size_t mid_ = lo_ + (hi_ - lo_) / 2;                                             \
      int c_ = bench_compare_text((s), (n), key_at(mid_)->text, key_at(mid_)->len);    \
      if (c_ == 0) {                                                                   \
        (found) = key_at(mid_);                                                        \
        break;                                                                         \
      }                                                                                \
      if (c_ < 0)                                                                      \
        hi_ = mid_;                                                                    \
      else                                                                             \
        lo_ = mid_ + 1;                                                                \
    }                                                                                  \
  } while (0)

#endif
