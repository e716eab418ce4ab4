/* What the scaling study's strategies share: the synthetic keys, in byte
 * order, and the entries every strategy returns (one per key). The switch
 * and the trie are written by generate_strategies.py, as for the library's
 * tables. */
#ifndef SCALING_H
#define SCALING_H

#include <stddef.h>

#include "../shared.h"

/* What a lookup returns: the key's entry. Small, as the library's gperf
 * tables hold each entry's byte offset in an unsigned short. */
struct httpstatus {
  size_t index;
};
/* bench_entry[i] is key i's entry; the entries lie one after another, so
 * it is also &bench_entry[0][i]. */
extern const struct httpstatus *const *bench_entry;

struct bench_key {
  const char *text;
  size_t len;
  unsigned index;
};
extern const struct bench_key synthetic_keys[]; /* in byte order */
extern const size_t synthetic_key_count;

const struct httpstatus *scaling_library(const char *s, size_t n);
const struct httpstatus *scaling_switch_first(const char *s, size_t n);
const struct httpstatus *scaling_trie(const char *s, size_t n);
const struct httpstatus *scaling_binary(const char *s, size_t n);
/* hashed.c: built by scaling_build_hashed, which gives each one's build
 * time (CPU seconds) and bytes (function and number-to-key table), in the
 * order CHD, BDZ, BBHash. */
void scaling_build_hashed(double seconds[3], size_t bytes[3]);
const struct httpstatus *scaling_chd(const char *s, size_t n);
const struct httpstatus *scaling_bdz(const char *s, size_t n);
const struct httpstatus *scaling_bbhash(const char *s, size_t n);

#endif
