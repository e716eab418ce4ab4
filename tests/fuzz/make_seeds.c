/* Writes the seed corpora of the fuzz targets from the library's own data:
 *   make_seeds DIR
 * fills, under DIR (each directory must exist):
 *   from_name, from_phrase: every current and old NAME and phrase;
 *   find: the same, every code as text, as "404 Not Found" and as the
 *     status lines "HTTP/1.1 404 Not Found" and "HTTP/2 404";
 *   suggest: every NAME and phrase, and each with its middle byte dropped;
 *   unofficial_find: every unofficial NAME, phrase and code as text, as
 *     "499 Client Closed Request" and as "HTTP/1.1 499";
 *   find and unofficial_find, also: every identifier of another ecosystem,
 *     bare and after its usual qualifier, and every code as ":status: 404"
 *     and "Status: 404 Not Found";
 *   from_code, unofficial_from_code: every code as a native int. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle.h"

static void write_seed(const char *dir, const char *target, size_t number,
                       const void *bytes, size_t len) {
  char path[4096];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s/seed-%04zu", dir, target, number);
  f = fopen(path, "wb");
  if (f == NULL || fwrite(bytes, 1, len, f) != len || fclose(f) != 0) {
    perror(path);
    exit(1);
  }
}

/* Writes printf's output as one seed; the data's texts always fit. */
static void write_text(const char *dir, const char *target, size_t number,
                       const char *format, int code, const char *text) {
  char buffer[256];
  int len = snprintf(buffer, sizeof buffer, format, code, text);
  if (len < 0 || (size_t)len >= sizeof buffer)
    exit(1);
  write_seed(dir, target, number, buffer, (size_t)len);
}

int main(int argc, char **argv) {
  struct oracle_key key;
  const struct httpstatus *e;
  const char *dir;
  size_t i, n = 0;

  if (argc != 2) {
    fputs("usage: make_seeds DIR\n", stderr);
    return 2;
  }
  dir = argv[1];
  for (i = 0; oracle_key_at(i, &key); i++) {
    size_t len = strlen(key.text), middle = len / 2;
    char typo[256];
    write_seed(dir, "from_name", i, key.text, len);
    write_seed(dir, "from_phrase", i, key.text, len);
    write_seed(dir, "find", i, key.text, len);
    write_seed(dir, "suggest", 2 * i, key.text, len);
    if (len > sizeof typo)
      return 1;
    memcpy(typo, key.text, middle);
    memcpy(typo + middle, key.text + middle + 1, len - middle - 1);
    write_seed(dir, "suggest", 2 * i + 1, typo, len - 1);
  }
  /* Other ecosystems' identifiers, for both lookups: each finds what it
   * finds, and the references say which. */
#define ECOSYSTEM_QUALIFIER(ECO, name, qualifier)                                      \
  [HTTPSTATUS_ECOSYSTEM_##ECO] = qualifier,
  static const char *const qualifiers[] = {
      HTTPSTATUS_ECOSYSTEM_MAP(ECOSYSTEM_QUALIFIER)};
#undef ECOSYSTEM_QUALIFIER
#define IDENTIFIER(ECO, code, meaning, identifier, found)                              \
  write_text(dir, "find", i++, "%.0d%s", 0, identifier);                               \
  write_text(dir, "unofficial_find", n++, "%.0d%s", 0, identifier);                    \
  {                                                                                    \
    char qualified[256];                                                               \
    snprintf(qualified, sizeof qualified, "%s%s",                                      \
             qualifiers[HTTPSTATUS_ECOSYSTEM_##ECO], identifier);                      \
    write_text(dir, "find", i++, "%.0d%s", 0, qualified);                              \
    write_text(dir, "unofficial_find", n++, "%.0d%s", 0, qualified);                   \
  }
  HTTPSTATUS_IDENTIFIER_MAP(IDENTIFIER)
#undef IDENTIFIER
  for (size_t k = 0; (e = httpstatus_at(k)) != NULL; k++) {
    write_text(dir, "find", i++, ":status: %d", e->code, "");
    write_text(dir, "find", i++, "Status: %d %s", e->code, e->phrase);
    write_text(dir, "find", i++, "%d", e->code, "");
    write_text(dir, "find", i++, "%d %s", e->code, e->phrase);
    write_text(dir, "find", i++, "HTTP/1.1 %d %s", e->code, e->phrase);
    write_text(dir, "find", i++, "HTTP/2 %d", e->code, "");
    write_seed(dir, "from_code", k, &e->code, sizeof e->code);
  }
  for (size_t k = 0; (e = httpstatus_unofficial_at(k)) != NULL; k++) {
    write_seed(dir, "unofficial_find", n++, e->name, strlen(e->name));
    write_seed(dir, "unofficial_find", n++, e->phrase, strlen(e->phrase));
    write_text(dir, "unofficial_find", n++, "%d", e->code, "");
    write_text(dir, "unofficial_find", n++, "%d %s", e->code, e->phrase);
    write_text(dir, "unofficial_find", n++, "HTTP/1.1 %d", e->code, "");
    write_text(dir, "unofficial_find", n++, ":status: %d", e->code, "");
    write_seed(dir, "unofficial_from_code", k, &e->code, sizeof e->code);
  }
  return 0;
}
