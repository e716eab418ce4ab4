/* Prints the result of every lookup for every key of the table and for
 * near misses of each key, one line per query. Built once against the
 * CMake-built library and once against the amalgamation: the two outputs
 * must be the same, byte for byte (differential.sh). */
#include "httpstatus.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void print_text(const char *s) { printf(" %s", s ? s : "(null)"); }

static void print_code(const struct httpstatus *e) { printf(" %d", e ? e->code : 0); }

/* The query, escaped, then what each text lookup returns for it. */
static void query(const char *s, size_t len) {
  size_t i;
  putchar('[');
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7f && c != '\\')
      putchar(c);
    else
      printf("\\x%02x", c);
  }
  putchar(']');
  print_code(httpstatus_from_name(s, len));
  print_code(httpstatus_from_phrase(s, len));
  print_code(httpstatus_find(s, len));
  putchar('\n');
}

/* The key itself and every one-byte change of it: each prefix, each byte
 * replaced, dropped, doubled or case-flipped, and each byte appended. Each
 * copy takes the key's NUL along, though query reads only len bytes. */
static void near_misses(const char *key) {
  static const unsigned char bytes[] = {0,   '\t', ' ', '\'', '-', '0',  '4',  'A', 'E',
                                        'Z', '_',  'a', 'e',  'z', 0x7f, 0x80, 0xff};
  char buf[256];
  size_t len = strlen(key), i, b;
  if (len + 2 > sizeof buf)
    return;
  query(key, len);
  for (i = 0; i < len; i++)
    query(key, i);
  for (i = 0; i < len; i++) {
    for (b = 0; b < sizeof bytes; b++) {
      memcpy(buf, key, len + 1);
      buf[i] = (char)bytes[b];
      query(buf, len);
    }
    memcpy(buf, key, len + 1);
    memmove(buf + i, buf + i + 1, len - i);
    query(buf, len - 1);
    memcpy(buf, key, len + 1);
    memmove(buf + i + 1, buf + i, len - i + 1);
    query(buf, len + 1);
    memcpy(buf, key, len + 1);
    buf[i] = (char)(buf[i] ^ 0x20);
    query(buf, len);
  }
  for (b = 0; b < sizeof bytes; b++) {
    memcpy(buf, key, len + 1);
    buf[len] = (char)bytes[b];
    query(buf, len + 1);
  }
}

/* The query printf would write from format and its arguments. */
static void queryf(const char *format, ...) {
  char buf[300];
  va_list args;
  int n;
  va_start(args, format);
  n = vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  if (n >= 0 && (size_t)n < sizeof buf)
    query(buf, (size_t)n);
}

/* Forms httpstatus_find accepts or refuses around a key: padded, lower
 * case, after the entry's code and after another code. */
static void decorated(int code, const char *key) {
  char lower[256];
  size_t len = strlen(key), i;
  queryf("  %s \t", key);
  queryf("%d %s", code, key);
  queryf("%d-%s", code, key);
  queryf("%d %s", code == 200 ? 404 : 200, key);
  if (len > sizeof lower)
    return;
  for (i = 0; i < len; i++) {
    lower[i] = key[i];
    if (key[i] >= 'A' && key[i] <= 'Z')
      lower[i] = (char)(key[i] | 0x20);
  }
  query(lower, len);
}

static void key(int code, const char *text) {
  near_misses(text);
  decorated(code, text);
}

int main(void) {
  const struct httpstatus *e;
  size_t i;
  int code;

  printf("version %s count %zu\n", httpstatus_version(), httpstatus_count());
  for (i = 0; (e = httpstatus_at(i)) != NULL; i++) {
    printf("entry %zu %d %d %d %u", i, e->code, (int)e->status_class, (int)e->registry,
           e->flags);
    print_text(e->name);
    print_text(e->phrase);
    print_text(e->description);
    print_text(e->spec);
    putchar('\n');
  }
  printf("after the last: %d %d\n", httpstatus_at(i) == NULL,
         httpstatus_at(SIZE_MAX) == NULL);

  for (code = -1000; code <= 1100; code++) {
    printf("code %d", code);
    print_code(httpstatus_from_code(code));
    printf(" %d\n", (int)httpstatus_class_of(code));
  }
  {
    static const int extremes[] = {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX};
    for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
      printf("code %d", extremes[i]);
      print_code(httpstatus_from_code(extremes[i]));
      printf(" %d\n", (int)httpstatus_class_of(extremes[i]));
    }
  }
  for (code = -1; code <= 8; code++) {
    printf("names of %d", code);
    print_text(httpstatus_class_name((enum httpstatus_class)code));
    print_text(httpstatus_registry_name((enum httpstatus_registry)code));
    putchar('\n');
  }
  for (code = 0; code <= 130; code++) {
    printf("flag %d", code);
    print_text(httpstatus_flag_name((enum httpstatus_flag)code));
    putchar('\n');
  }

  for (i = 0; (e = httpstatus_at(i)) != NULL; i++) {
    key(e->code, e->name);
    key(e->code, e->phrase);
  }
#define OLD_NAME(code, OLD, NAME) key(code, #OLD);
  HTTPSTATUS_OLD_NAME_MAP(OLD_NAME)
#undef OLD_NAME
#define OLD_PHRASE(code, phrase) key(code, phrase);
  HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE)
#undef OLD_PHRASE

  for (code = 0; code <= 1000; code++) {
    queryf("%d", code);
    queryf("0%d ", code);
  }
  query("", 0);
  query(" ", 1);
  query("4040", 4);
  printf("null %d %d %d\n", httpstatus_from_name(NULL, 3) == NULL,
         httpstatus_from_phrase(NULL, 3) == NULL, httpstatus_find(NULL, 3) == NULL);
  return ferror(stdout) ? 1 : 0;
}
