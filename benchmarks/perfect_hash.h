/* The minimal perfect hashes a C programmer picks instead of gperf: cmph's
 * CHD and BDZ, and BBHash. Each maps its n keys to 0 .. n-1, each key its
 * own number, and any other text to some number too (BBHash's may be n or
 * more): a strategy looks the number's key up and compares it, as the
 * library does. Shared by the lookup benchmark and the scaling study. */
#ifndef BENCH_PERFECT_HASH_H
#define BENCH_PERFECT_HASH_H

#include <stddef.h>
#include <stdint.h>

#include <cmph.h>

#ifdef __cplusplus
extern "C" {
#endif

enum perfect_hash_kind { PERFECT_HASH_CHD, PERFECT_HASH_BDZ, PERFECT_HASH_BBHASH };

struct perfect_hash {
  void *function;     /* cmph's packed function, or BBHash's */
  size_t count;       /* keys */
  uint32_t *position; /* position[number]: the key's place in the list */
  size_t bytes;       /* the function, packed or serialised, and position */
};

/* Builds the kind's function over the n texts (texts[i] is lens[i] bytes)
 * and checks it: every key a number of its own, below n. Exits with a
 * message if the library fails or the check does. */
struct perfect_hash perfect_hash_build(enum perfect_hash_kind kind,
                                       const char *const *texts, const size_t *lens,
                                       size_t n);

/* s[0..n)'s number under a cmph function (CHD or BDZ). */
static inline size_t cmph_number(const struct perfect_hash *h, const char *s,
                                 size_t n) {
  return cmph_search_packed(h->function, s, (cmph_uint32)n);
}

/* s[0..n)'s number under a BBHash function (bbhash.cpp). */
size_t bbhash_number(const struct perfect_hash *h, const char *s, size_t n);

/* The place in the key list of the one key s[0..n) may be, given its
 * number; count when there is none. */
static inline size_t perfect_hash_position(const struct perfect_hash *h,
                                           size_t number) {
  return number < h->count ? h->position[number] : h->count;
}

#ifdef __cplusplus
}
#endif

#endif
