/* The library's lookup, rebuilt over the synthetic keys: gperf's output
 * with the library's options and post-processing (gperf/gperf.cmake),
 * wrapped as core/src/httpstatus.c wraps its tables. */
#include <stdint.h>
#include <string.h>

#include "scaling.h"

struct httpstatus_slot {
  int name;
  unsigned index;
};
static const struct httpstatus_slot *scaling_lookup(const char *str, size_t len);

static uint64_t load64(const char *p) {
  uint64_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

static uint32_t load32(const char *p) {
  uint32_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

static uint16_t load16(const char *p) {
  uint16_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

/* The compare the post-processing points gperf's memcmp at: the same as
 * core/src/httpstatus.c's. */
static inline int httpstatus_keys_differ(const char *a, const char *b, size_t n) {
  if (n >= 8) {
    uint64_t diff = (load64(a) ^ load64(b)) | (load64(a + n - 8) ^ load64(b + n - 8));
    for (size_t i = 8; i + 8 < n; i += 8)
      diff |= load64(a + i) ^ load64(b + i);
    return diff != 0;
  }
  if (n >= 4)
    return ((load32(a) ^ load32(b)) | (load32(a + n - 4) ^ load32(b + n - 4))) != 0;
  if (n >= 2)
    return ((load16(a) ^ load16(b)) | (load16(a + n - 2) ^ load16(b + n - 2))) != 0;
  return n == 1 && a[0] != b[0];
}

#include "scaling_gperf.c"

BENCH_OPAQUE const struct httpstatus *scaling_library(const char *s, size_t n) {
  const struct httpstatus_slot *slot;
  if (s == NULL)
    return NULL;
  slot = scaling_lookup(s, n);
  return slot ? bench_entry[slot->index] : NULL;
}
