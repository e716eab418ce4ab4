/* httpstatus_find against the folding rules of httpstatus.h applied
 * literally, over a linear scan of every current and old NAME and phrase. */
#include <stdint.h>

#include "oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  oracle_expect_same("httpstatus_find", data, size, httpstatus_find(s, size),
                     oracle_find(s, size));
  return 0;
}
