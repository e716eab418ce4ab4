/* Checks every row of a specification table (tests/spec/find.md or
 * tests/spec/suggest.md) against the library:
 *   test_spec find|suggest FILE
 * How to read a table is written at the top of each file. Prints each
 * failing row with its line number, then how many rows passed; fails on
 * any wrong answer, any malformed row, or a file without rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

#define MAX_LINE 4096
#define MAX_CELLS 8

typedef const struct httpstatus *lookup(const char *s, size_t len);

static int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Unescapes cell into out (room for strlen(cell) bytes). Returns the
 * length, or -1 for an unknown or unfinished escape. */
static long unescape(const char *cell, char *out) {
  long n = 0;
  for (const char *p = cell; *p; p++) {
    if (*p != '\\') {
      out[n++] = *p;
      continue;
    }
    switch (*++p) {
    case 'n': out[n++] = '\n'; break;
    case 't': out[n++] = '\t'; break;
    case '0': out[n++] = '\0'; break;
    case '\\': out[n++] = '\\'; break;
    case '|': out[n++] = '|'; break;
    case 'x':
      if (hex_digit(p[1]) < 0 || hex_digit(p[2]) < 0)
        return -1;
      out[n++] = (char)(hex_digit(p[1]) * 16 + hex_digit(p[2]));
      p += 2;
      break;
    default: return -1;
    }
  }
  return n;
}

/* Splits a row "| a | b |" at the '|' no backslash escapes, trimming
 * spaces at both ends of each cell; line is cut in place. Returns the
 * number of cells, or 0 when the line is not a row. */
static size_t split(char *line, char **cells) {
  size_t count = 0;
  char *p = line + 1, *start = p;
  if (line[0] != '|')
    return 0;
  for (; *p && count < MAX_CELLS; p++) {
    if (*p == '\\' && p[1] != '\0') {
      p++;
      continue;
    }
    if (*p == '|') {
      char *end = p;
      *p = '\0';
      while (*start == ' ')
        start++;
      while (end > start && end[-1] == ' ')
        *--end = '\0';
      cells[count++] = start;
      start = p + 1;
    }
  }
  return count;
}

int main(int argc, char **argv) {
  char line[MAX_LINE], *cells[MAX_CELLS], input[MAX_LINE];
  size_t number = 0, passed = 0, failed = 0;
  lookup *function;
  FILE *f;

  if (argc != 3 || (strcmp(argv[1], "find") != 0 && strcmp(argv[1], "suggest") != 0)) {
    fputs("usage: test_spec find|suggest FILE\n", stderr);
    return 2;
  }
  function = strcmp(argv[1], "find") == 0 ? httpstatus_find : httpstatus_suggest;
  f = fopen(argv[2], "r");
  if (f == NULL) {
    perror(argv[2]);
    return 2;
  }
  while (fgets(line, sizeof line, f) != NULL) {
    const struct httpstatus *got;
    char *end;
    long len, expected;
    size_t count;
    number++;
    line[strcspn(line, "\r\n")] = '\0';
    count = split(line, cells);
    if (count == 0 || strcmp(cells[0], "input") == 0 ||
        strncmp(cells[0], "---", 3) == 0)
      continue; /* prose, the header row or the delimiter row */
    len = count >= 2 ? unescape(cells[0], input) : -1;
    expected =
        count >= 2 && strcmp(cells[1], "none") != 0 ? strtol(cells[1], &end, 10) : 0;
    if (len < 0 ||
        (expected != 0 && (*end != '\0' || expected < 100 || expected > 599))) {
      fprintf(stderr, "%s:%zu: malformed row\n", argv[2], number);
      failed++;
      continue;
    }
    {
      /* An exactly sized copy, so a sanitizer sees any read past len. */
      char *copy = malloc(len > 0 ? (size_t)len : 1);
      if (copy == NULL)
        return 2;
      memcpy(copy, input, (size_t)len);
      got = function(copy, (size_t)len);
      free(copy);
    }
    /* The registered entry of that code, never an unofficial meaning of it. */
    if (got == (expected ? httpstatus_from_code((int)expected) : NULL)) {
      passed++;
      continue;
    }
    fprintf(stderr, "%s:%zu: httpstatus_%s(\"%s\") gives %d, the table says %s\n",
            argv[2], number, argv[1], cells[0], got ? got->code : 0, cells[1]);
    failed++;
  }
  fclose(f);
  printf("%s: %zu rows pass, %zu fail\n", argv[2], passed, failed);
  return failed == 0 && passed > 0 ? 0 : 1;
}
