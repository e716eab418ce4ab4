/* Binary search over the synthetic keys, which are in byte order. */
#include "scaling.h"

BENCH_OPAQUE const struct httpstatus *scaling_binary(const char *s, size_t n) {
  const struct bench_key *k;
#define KEY_AT(i) (&synthetic_keys[i])
  BENCH_BINARY_SEARCH(k, synthetic_key_count, KEY_AT, s, n);
#undef KEY_AT
  return k ? bench_entry[k->index] : NULL;
}
