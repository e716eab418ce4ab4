/* httpstatus_from_name against a linear scan over every current and old
 * name. */
#include <stdint.h>

#include "oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  oracle_expect_same("httpstatus_from_name", data, size, httpstatus_from_name(s, size),
                     oracle_from_name(s, size));
  return 0;
}
