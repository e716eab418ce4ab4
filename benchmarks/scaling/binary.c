/* Binary search over the synthetic keys, which are in byte order. */
#include <string.h>

#include "scaling.h"

BENCH_OPAQUE const struct httpstatus *scaling_binary(const char *s, size_t n) {
  size_t lo = 0, hi = synthetic_key_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const struct bench_key *k = &synthetic_keys[mid];
    int c = memcmp(s, k->text, n < k->len ? n : k->len);
    if (c == 0)
      c = (n > k->len) - (n < k->len);
    if (c == 0)
      return bench_entry[k->index];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}
