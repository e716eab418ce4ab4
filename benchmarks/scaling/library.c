/* The library's lookup, rebuilt over the synthetic keys: gperf's output
 * with the library's options and post-processing (gperf/gperf.cmake,
 * gperf/postprocess.py), looked up by the library's own code
 * (core/src/gperf_lookup.h), as core/src/httpstatus.c looks up names. */
#include "scaling.h"

/* The entries the generated offsets count from. */
#define entries (bench_entry[0])
#include "../../core/src/gperf_lookup.h"
#include "scaling_gperf.c"

BENCH_OPAQUE const struct httpstatus *scaling_library(const char *s, size_t n) {
  if (s == NULL || !LENGTH_FITS(scaling, n))
    return NULL;
  return LOOKUP(scaling, s, n);
}
