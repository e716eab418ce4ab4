/* The benchmark's code-to-entry strategies: the usual ways to map a status
 * code to an entry, each expanded from the library's HTTPSTATUS_MAP or
 * built from its entries at start-up. */
#include "strategies.h"

enum position {
#define POSITION(code, NAME, ...) POSITION_##NAME,
  HTTPSTATUS_MAP(POSITION)
#undef POSITION
};

BENCH_OPAQUE const struct httpstatus *code_switch(int code) {
  switch (code) {
#define CASE(code, NAME, ...)                                                          \
  case code: return bench_entry[POSITION_##NAME];
    HTTPSTATUS_MAP(CASE)
#undef CASE
  }
  return NULL;
}

static const struct httpstatus *by_class[5][100]; /* [code/100 - 1][code%100] */

BENCH_OPAQUE const struct httpstatus *code_two_level(int code) {
  if (code < 100 || code > 599)
    return NULL;
  return by_class[code / 100 - 1][code % 100];
}

static int sorted_codes[HTTPSTATUS_COUNT];

BENCH_OPAQUE const struct httpstatus *code_binary(int code) {
  size_t lo = 0, hi = HTTPSTATUS_COUNT;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (sorted_codes[mid] == code)
      return bench_entry[mid];
    if (sorted_codes[mid] < code)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

BENCH_OPAQUE const struct httpstatus *code_linear(int code) {
  for (size_t i = 0; i < HTTPSTATUS_COUNT; i++)
    if (sorted_codes[i] == code)
      return bench_entry[i];
  return NULL;
}

BENCH_OPAQUE const struct httpstatus *code_empty(int code) {
  (void)code;
  return NULL;
}

void init_code_tables(void) {
  for (size_t i = 0; i < HTTPSTATUS_COUNT; i++) {
    int code = bench_entry[i]->code;
    sorted_codes[i] = code; /* httpstatus_at() is in code order */
    by_class[code / 100 - 1][code % 100] = bench_entry[i];
  }
}
