/* cmph's CHD and BDZ and BBHash over the synthetic keys, built at
 * start-up (benchmarks/perfect_hash.c, bbhash.cpp): the input's number
 * names the one key it may be, which is then compared. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <string.h>

#include "../measure.h"
#include "../perfect_hash.h"
#include "scaling.h"

static struct perfect_hash hashes[3];

void scaling_build_hashed(double seconds[3], size_t bytes[3]) {
  const char **texts = bench_must(malloc(synthetic_key_count * sizeof *texts));
  size_t *lens = bench_must(malloc(synthetic_key_count * sizeof *lens));
  for (size_t i = 0; i < synthetic_key_count; i++) {
    texts[i] = synthetic_keys[i].text;
    lens[i] = synthetic_keys[i].len;
  }
  for (int kind = PERFECT_HASH_CHD; kind <= PERFECT_HASH_BBHASH; kind++) {
    double start = bench_now_ns();
    hashes[kind] = perfect_hash_build((enum perfect_hash_kind)kind, texts, lens,
                                      synthetic_key_count);
    seconds[kind] = (bench_now_ns() - start) / 1e9;
    bytes[kind] = hashes[kind].bytes;
  }
  free(texts);
  free(lens);
}

static inline const struct httpstatus *numbered(int kind, size_t number, const char *s,
                                                size_t n) {
  size_t at = perfect_hash_position(&hashes[kind], number);
  const struct bench_key *k;
  if (at == synthetic_key_count)
    return NULL;
  k = &synthetic_keys[at];
  return k->len == n && memcmp(k->text, s, n) == 0 ? bench_entry[k->index] : NULL;
}

BENCH_OPAQUE const struct httpstatus *scaling_chd(const char *s, size_t n) {
  return numbered(PERFECT_HASH_CHD, cmph_number(&hashes[PERFECT_HASH_CHD], s, n), s, n);
}

BENCH_OPAQUE const struct httpstatus *scaling_bdz(const char *s, size_t n) {
  return numbered(PERFECT_HASH_BDZ, cmph_number(&hashes[PERFECT_HASH_BDZ], s, n), s, n);
}

BENCH_OPAQUE const struct httpstatus *scaling_bbhash(const char *s, size_t n) {
  return numbered(PERFECT_HASH_BBHASH,
                  bbhash_number(&hashes[PERFECT_HASH_BBHASH], s, n), s, n);
}
