/* Writes the seed corpora of the fuzz targets from the library's own data:
 *   make_seeds DIR
 * fills DIR/from_name, DIR/from_phrase and DIR/find (which must exist) with
 * every current and old NAME and phrase, DIR/find also with every code as
 * text and as "404 Not Found", and DIR/from_code with every code as a
 * native int. */
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

int main(int argc, char **argv) {
  struct oracle_key key;
  const struct httpstatus *e;
  char text[256];
  size_t i;

  if (argc != 2) {
    fputs("usage: make_seeds DIR\n", stderr);
    return 2;
  }
  for (i = 0; oracle_key_at(i, &key); i++) {
    write_seed(argv[1], "from_name", i, key.text, strlen(key.text));
    write_seed(argv[1], "from_phrase", i, key.text, strlen(key.text));
    write_seed(argv[1], "find", i, key.text, strlen(key.text));
  }
  for (size_t n = 0; (e = httpstatus_at(n)) != NULL; n++) {
    int len = snprintf(text, sizeof text, "%d", e->code);
    write_seed(argv[1], "find", i++, text, (size_t)len);
    len = snprintf(text, sizeof text, "%d %s", e->code, e->phrase);
    if (len < 0 || (size_t)len >= sizeof text)
      return 1;
    write_seed(argv[1], "find", i++, text, (size_t)len);
    write_seed(argv[1], "from_code", n, &e->code, sizeof e->code);
  }
  return 0;
}
