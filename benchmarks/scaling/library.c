/* The library's lookup, rebuilt over the synthetic keys: gperf's output
 * with the library's options and post-processing (gperf/gperf.cmake,
 * gperf/postprocess.py), looked up by the library's own code
 * (core/src/gperf_lookup.h), as core/src/httpstatus.c looks up names. */
#include "scaling.h"

#include "../../core/src/gperf_lookup.h"
DEFINE_MATCH(match, bench_entry[0])
#include "scaling_gperf.c"

BENCH_OPAQUE const struct httpstatus *scaling_library(const char *s, size_t n) {
  if (s == NULL || !LENGTH_FITS(scaling, n))
    return NULL;
  return LOOKUP(match, scaling, s, n);
}
