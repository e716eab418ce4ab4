/* httpstatus_unofficial_find against httpstatus_find's rules applied
 * literally over a linear scan of the unofficial meanings. */
#include <stdint.h>

#include "oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  oracle_expect_same("httpstatus_unofficial_find", data, size,
                     httpstatus_unofficial_find(s, size),
                     oracle_unofficial_find(s, size));
  return 0;
}
