/* httpstatus_unofficial_from_code against a linear scan of
 * httpstatus_unofficial_at, for any int: the input's first bytes,
 * zero-padded, in native byte order. */
#include <stdint.h>
#include <string.h>

#include "oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int code = 0;
  if (size > 0)
    memcpy(&code, data, size < sizeof code ? size : sizeof code);
  oracle_expect_same("httpstatus_unofficial_from_code", &code, sizeof code,
                     httpstatus_unofficial_from_code(code),
                     oracle_unofficial_from_code(code));
  return 0;
}
