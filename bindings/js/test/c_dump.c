/* What the C library answers, for the JavaScript suites to compare with.
 *   c_dump entries   every registered entry, then every unofficial meaning,
 *                    one line each, fields separated by tabs:
 *                    R|U code class registry flags name phrase description
 *                    spec origin spec_url mdn_url status_line (a NULL URL
 *                    prints as "-"; the status line with each byte below
 *                    0x20, 0x7f and '\' as \xHH)
 *   c_dump ecosystems  every ecosystem: name qualifier
 *   c_dump identifiers every entry (R, then U), every ecosystem: R|U
 *                    position ecosystem identifier..., one line each
 *   c_dump answers   one line in, one line out:
 *                    "c CODE" -> from_code's position, class_of's name,
 *                                unofficial_from_code's position
 *                    "t HEX"  -> the positions from_name, from_phrase,
 *                                find, suggest and unofficial_find give
 *                                for the bytes HEX spells
 *                    a position is the entry's index in httpstatus_at (or
 *                    httpstatus_unofficial_at) order, -1 for NULL; a NULL
 *                    class name prints as "-". */
#include "httpstatus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long position(const struct httpstatus *e, const struct httpstatus *first) {
  return e ? (long)(e - first) : -1;
}

static void print_escaped(const char *s) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c < 0x20 || c == 0x7f || c == '\\')
      printf("\\x%02x", c);
    else
      putchar(c);
  }
}

static void print_entry(char table, const struct httpstatus *e) {
  printf("%c\t%d\t%s\t%s\t%u\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t", table, e->code,
         httpstatus_class_name(e->status_class), httpstatus_registry_name(e->registry),
         e->flags, e->name, e->phrase, e->description, e->spec, e->origin,
         e->spec_url ? e->spec_url : "-", e->mdn_url ? e->mdn_url : "-");
  print_escaped(httpstatus_status_line(e));
  putchar('\n');
}

static void print_identifiers(char table, size_t position, const struct httpstatus *e) {
  size_t eco, i;
  const char *identifier;
  for (eco = 0; eco < httpstatus_ecosystem_count(); eco++) {
    printf("%c\t%zu\t%s", table, position,
           httpstatus_ecosystem_name((enum httpstatus_ecosystem)eco));
    for (i = 0;
         (identifier = httpstatus_identifier(e, (enum httpstatus_ecosystem)eco, i));
         i++)
      printf("\t%s", identifier);
    putchar('\n');
  }
}

static int hex_digit(int c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static void answer_text(const char *hex, char *bytes) {
  size_t n = 0;
  const struct httpstatus *first = httpstatus_at(0);
  while (hex_digit(hex[0]) >= 0 && hex_digit(hex[1]) >= 0) {
    bytes[n++] = (char)(hex_digit(hex[0]) * 16 + hex_digit(hex[1]));
    hex += 2;
  }
  printf("%ld %ld %ld %ld %ld\n", position(httpstatus_from_name(bytes, n), first),
         position(httpstatus_from_phrase(bytes, n), first),
         position(httpstatus_find(bytes, n), first),
         position(httpstatus_suggest(bytes, n), first),
         position(httpstatus_unofficial_find(bytes, n), httpstatus_unofficial_at(0)));
}

static void answer_code(long code) {
  int c = code >= -1000000 && code <= 1000000 ? (int)code : -1;
  const char *class_name = httpstatus_class_name(httpstatus_class_of(c));
  printf("%ld %s %ld\n", position(httpstatus_from_code(c), httpstatus_at(0)),
         class_name ? class_name : "-",
         position(httpstatus_unofficial_from_code(c), httpstatus_unofficial_at(0)));
}

int main(int argc, char **argv) {
  static char line[1 << 16], bytes[1 << 15];
  size_t i;
  if (argc == 2 && strcmp(argv[1], "entries") == 0) {
    for (i = 0; i < httpstatus_count(); i++)
      print_entry('R', httpstatus_at(i));
    for (i = 0; i < httpstatus_unofficial_count(); i++)
      print_entry('U', httpstatus_unofficial_at(i));
    return 0;
  }
  if (argc == 2 && strcmp(argv[1], "ecosystems") == 0) {
    for (i = 0; i < httpstatus_ecosystem_count(); i++)
      printf("%s\t%s\n", httpstatus_ecosystem_name((enum httpstatus_ecosystem)i),
             httpstatus_ecosystem_qualifier((enum httpstatus_ecosystem)i));
    return 0;
  }
  if (argc == 2 && strcmp(argv[1], "identifiers") == 0) {
    for (i = 0; i < httpstatus_count(); i++)
      print_identifiers('R', i, httpstatus_at(i));
    for (i = 0; i < httpstatus_unofficial_count(); i++)
      print_identifiers('U', i, httpstatus_unofficial_at(i));
    return 0;
  }
  if (argc != 2 || strcmp(argv[1], "answers") != 0) {
    fprintf(stderr, "usage: %s entries|ecosystems|identifiers|answers\n", argv[0]);
    return 2;
  }
  while (fgets(line, sizeof line, stdin)) {
    if (line[0] == 'c' && line[1] == ' ')
      answer_code(strtol(line + 2, NULL, 10));
    else if (line[0] == 't' && line[1] == ' ')
      answer_text(line + 2, bytes);
    else {
      fprintf(stderr, "c_dump: bad line: %s", line);
      return 2;
    }
  }
  return 0;
}
