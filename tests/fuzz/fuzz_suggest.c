/* httpstatus_suggest against its rules in httpstatus.h applied literally:
 * every run of whole words, and the whole edit distance table. */
#include <stdint.h>

#include "oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  oracle_expect_same("httpstatus_suggest", data, size, httpstatus_suggest(s, size),
                     oracle_suggest(s, size));
  return 0;
}
