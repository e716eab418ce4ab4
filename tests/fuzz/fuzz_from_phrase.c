/* httpstatus_from_phrase against a linear scan over every current and old
 * phrase. */
#include <stdint.h>

#include "oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  oracle_expect_same("httpstatus_from_phrase", data, size,
                     httpstatus_from_phrase(s, size), oracle_from_phrase(s, size));
  return 0;
}
