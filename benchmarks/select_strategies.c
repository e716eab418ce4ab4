/* The library's NAME and phrase lookups with the other match of
 * core/src/gperf_lookup.h: DEFINE_MATCH_SELECT, which selects entry or
 * NULL where DEFINE_MATCH exits early on a length that differs. Built from
 * the library's own generated tables and code, as core/src/httpstatus.c
 * builds them; the one difference is that the entries' address is read
 * from a variable (httpstatus_at(0)), entries[] being the library's own. */
#include "httpstatus.h"
#include "shared.h"
/* Not strategies.h: its key lists' names are those of the generated
 * tables included below. */
void init_select_tables(void);
const struct httpstatus *names_select(const char *s, size_t n);
const struct httpstatus *phrases_select(const char *s, size_t n);

static const struct httpstatus *library_entries;

#include "../core/src/gperf_lookup.h"
DEFINE_MATCH_SELECT(match_select, library_entries)
#include "names.c"
#include "phrases.c"

void init_select_tables(void) { library_entries = httpstatus_at(0); }

BENCH_OPAQUE const struct httpstatus *names_select(const char *s, size_t n) {
  if (s == NULL || !LENGTH_FITS(names, n))
    return NULL;
  return LOOKUP(match_select, names, s, n);
}

BENCH_OPAQUE const struct httpstatus *phrases_select(const char *s, size_t n) {
  if (s == NULL || !LENGTH_FITS(phrases, n))
    return NULL;
  return LOOKUP(match_select, phrases, s, n);
}
