/* The httpstatus command with argv and standard input built from the input:
 * no crash or sanitizer report, an exit status in the documented set, and
 * --json output of one well-formed JSON object a line, one a query.
 *
 * Input: one byte n, then n arguments (n mod 8) ended by NUL bytes, then
 * standard input. "--json" always comes first, so that every answer is
 * checked; when the top bit of n is set there are no other arguments, the
 * queries are the lines of standard input, and the objects are counted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"

enum { MAX_ARGS = 8 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *why, const char *out, size_t len) {
  fprintf(stderr, "fuzz_cli: %s\n--- output (%zu bytes) ---\n%.*s\n", why, len,
          (int)(len > 4000 ? 4000 : len), out);
  abort();
}

/* Checks that line[0..len) is one JSON object: strings closed, escapes
 * valid, braces and brackets balanced, printable ASCII only, nothing after
 * the closing brace. The output is the tool's own, so this is a check of
 * its shape, not a full parser. */
static int is_json_object(const char *line, size_t len) {
  int depth = 0, in_string = 0;
  size_t i;

  if (len < 2 || line[0] != '{')
    return 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)line[i];
    if (c < 0x20 || c >= 0x7f)
      return 0;
    if (in_string) {
      if (c == '"') {
        in_string = 0;
      } else if (c == '\\') {
        if (++i == len || !strchr("\"\\/bfnrtu", line[i]))
          return 0;
        if (line[i] == 'u') {
          size_t k;
          for (k = 1; k <= 4; k++)
            if (i + k >= len || !strchr("0123456789abcdefABCDEF", line[i + k]))
              return 0;
          i += 4;
        }
      }
    } else if (c == '"') {
      in_string = 1;
    } else if (c == '{' || c == '[') {
      depth++;
    } else if (c == '}' || c == ']') {
      if (--depth < 0)
        return 0;
      if (depth == 0 && i != len - 1)
        return 0;
    }
  }
  return depth == 0 && !in_string;
}

static size_t count_lines(const uint8_t *s, size_t len) {
  size_t n = 0, i;
  for (i = 0; i < len; i++)
    n += s[i] == '\n';
  return n + (len > 0 && s[len - 1] != '\n');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int in = -1;
  static FILE *err;
  char *argv[MAX_ARGS + 3];
  char *args_copy, *out_text = NULL;
  size_t out_len = 0, used = 1, i;
  int argc = 0, n, status, only_stdin;
  FILE *out;

  if (size == 0)
    return 0;
  if (in < 0) {
    in = memfd_create("fuzz_cli_stdin", 0);
    err = fopen("/dev/null", "w");
    if (in < 0 || !err)
      abort();
  }
  only_stdin = data[0] & 0x80;
  n = only_stdin ? 0 : data[0] % MAX_ARGS;

  /* The arguments, copied so that each is NUL-terminated and writable. */
  args_copy = malloc(size);
  if (!args_copy)
    abort();
  memcpy(args_copy, data, size);
  argv[argc++] = (char *)"httpstatus";
  argv[argc++] = (char *)"--json";
  while (argc < n + 2 && used < size) {
    char *arg = args_copy + used;
    char *end = memchr(arg, '\0', size - used);
    if (!end)
      break;
    argv[argc++] = arg;
    used = (size_t)(end - args_copy) + 1;
  }
  argv[argc] = NULL;

  /* Standard input: the rest, in a file the tool reads from the start. */
  if (ftruncate(in, 0) != 0 || lseek(in, 0, SEEK_SET) != 0 ||
      write(in, data + used, size - used) != (ssize_t)(size - used) ||
      lseek(in, 0, SEEK_SET) != 0)
    abort();

  out = open_memstream(&out_text, &out_len);
  if (!out)
    abort();
  status = httpstatus_cli_run(argc, argv, in, out, err);
  fclose(out);

  if (status < HTTPSTATUS_CLI_MATCHED || status > HTTPSTATUS_CLI_WRITE)
    fail("exit status outside 0..3", out_text, out_len);
  if (status == HTTPSTATUS_CLI_WRITE)
    fail("exit 3 although the output could be written", out_text, out_len);
  /* --help and --version write text; every other output is JSON. */
  if (out_len > 0 && out_text[0] == '{') {
    size_t start = 0, lines = 0;
    for (i = 0; i < out_len; i++)
      if (out_text[i] == '\n') {
        if (!is_json_object(out_text + start, i - start))
          fail("a line that is not one JSON object", out_text + start, i - start);
        start = i + 1;
        lines++;
      }
    if (start != out_len)
      fail("output that does not end a line", out_text, out_len);
    if (only_stdin && lines != count_lines(data + used, size - used))
      fail("not one object a line of standard input", out_text, out_len);
  } else if (only_stdin && out_len > 0) {
    fail("text output from --json", out_text, out_len);
  }
  free(out_text);
  free(args_copy);
  return 0;
}
