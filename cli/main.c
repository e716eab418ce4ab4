/* httpstatus: look up HTTP status codes from the command line. */
#include "httpstatus.h"

#include <stdio.h>
#include <string.h>

enum { EXIT_OK = 0, EXIT_NOT_FOUND = 1, EXIT_USAGE = 2, EXIT_WRITE = 3 };

static const char usage[] =
    "usage: httpstatus [--json] QUERY...\n"
    "       httpstatus [--json] --list [1xx|2xx|3xx|4xx|5xx]\n"
    "       httpstatus --help | --version\n";

static const char help[] =
    "\n"
    "Each QUERY is a code (404), a NAME (NOT_FOUND, not_found) or a phrase\n"
    "(\"Not Found\"), current or old, in any letter case. One line per query:\n"
    "  404 Not Found - Nothing matches the given URI (RFC 9110, Section 15.5.5)\n"
    "\n"
    "  --json        one JSON object per line instead\n"
    "  --list [Nxx]  every status code, or those of one class\n"
    "  --help        this text\n"
    "  --version     the library's version\n"
    "\n"
    "Exit status: 0 when every query matched, 1 when one did not, 2 on a\n"
    "usage error, 3 when the output could not be written.\n";

/* A JSON string: quotes, backslashes and control characters escaped. The
 * data is ASCII; other bytes pass through. */
static void put_json_string(const char *s) {
  putchar('"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      printf("\\%c", c);
    else if (c < 0x20)
      printf("\\u%04x", c);
    else
      putchar(c);
  }
  putchar('"');
}

static void print_json(const struct httpstatus *e) {
  const char *sep = "";
  unsigned flag;

  printf("{\"code\":%d,\"name\":", e->code);
  put_json_string(e->name);
  fputs(",\"phrase\":", stdout);
  put_json_string(e->phrase);
  fputs(",\"description\":", stdout);
  put_json_string(e->description);
  fputs(",\"spec\":", stdout);
  put_json_string(e->spec);
  fputs(",\"class\":", stdout);
  put_json_string(httpstatus_class_name(e->status_class));
  fputs(",\"registry\":", stdout);
  put_json_string(httpstatus_registry_name(e->registry));
  fputs(",\"properties\":[", stdout);
  for (flag = 1; flag <= e->flags; flag <<= 1)
    if (e->flags & flag) {
      fputs(sep, stdout);
      put_json_string(httpstatus_flag_name((enum httpstatus_flag)flag));
      sep = ",";
    }
  fputs("]}\n", stdout);
}

static void print_entry(const struct httpstatus *e, int json) {
  if (json)
    print_json(e);
  else
    printf("%d %s - %s (%s)\n", e->code, e->phrase, e->description, e->spec);
}

/* Names a query in a message: at most 64 bytes, anything but printable
 * ASCII as \xNN, so a hostile argument cannot garble the terminal. */
static void put_query(FILE *out, const char *s) {
  size_t i, len = strlen(s);
  fputc('"', out);
  for (i = 0; i < len && i < 64; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
      fputc(c, out);
    else
      fprintf(out, "\\x%02x", c);
  }
  fputs(i < len ? "\"..." : "\"", out);
}

/* "4xx" (any case) -> 4; anything else -> 0. */
static int parse_class(const char *s) {
  if (strlen(s) == 3 && s[0] >= '1' && s[0] <= '5' &&
      (s[1] == 'x' || s[1] == 'X') && (s[2] == 'x' || s[2] == 'X'))
    return s[0] - '0';
  return 0;
}

static int list(int status_class, int json) {
  const struct httpstatus *e;
  size_t i;
  for (i = 0; (e = httpstatus_at(i)) != NULL; i++)
    if (status_class == 0 || (int)e->status_class == status_class)
      print_entry(e, json);
  return EXIT_OK;
}

static int bad_usage(const char *why, const char *arg) {
  fprintf(stderr, "httpstatus: %s", why);
  if (arg)
    put_query(stderr, arg);
  fprintf(stderr, "\n%s", usage);
  return EXIT_USAGE;
}

/* An option is "-" then a letter or "--" then anything; "-1" is a query. */
static int is_option(const char *arg) {
  return arg[0] == '-' && arg[1] != '\0' && !(arg[1] >= '0' && arg[1] <= '9');
}

static int run(int argc, char **argv) {
  int json = 0, listing = 0, status_class = 0, queries = 0;
  int status = EXIT_OK, options_end = argc, i;

  /* Options may stand anywhere before "--"; everything else is a query. */
  for (i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (strcmp(arg, "--") == 0) {
      options_end = i;
      queries += argc - i - 1;
      break;
    }
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
      printf("%s%s", usage, help);
      return EXIT_OK;
    } else if (strcmp(arg, "--version") == 0) {
      printf("httpstatus %s\n", httpstatus_version());
      return EXIT_OK;
    } else if (strcmp(arg, "--json") == 0) {
      json = 1;
    } else if (strcmp(arg, "--list") == 0) {
      listing = 1;
      if (i + 1 < argc && parse_class(argv[i + 1]))
        status_class = parse_class(argv[++i]);
    } else if (is_option(arg)) {
      return bad_usage("unknown option ", arg);
    } else {
      queries++;
    }
  }

  if (listing) {
    if (queries > 0)
      return bad_usage("--list takes 1xx, 2xx, 3xx, 4xx, 5xx or nothing", NULL);
    return list(status_class, json);
  }
  if (queries == 0)
    return bad_usage("no query given", NULL);

  for (i = 1; i < argc; i++) {
    const struct httpstatus *e;
    if (i <= options_end && is_option(argv[i]))
      continue;
    e = httpstatus_find(argv[i], strlen(argv[i]));
    if (e) {
      print_entry(e, json);
    } else {
      fputs("httpstatus: no HTTP status code matches ", stderr);
      put_query(stderr, argv[i]);
      fputc('\n', stderr);
      status = EXIT_NOT_FOUND;
    }
  }
  return status;
}

int main(int argc, char **argv) {
  int status = run(argc, argv);
  /* A full disk or a closed pipe must not pass for success. */
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fputs("httpstatus: cannot write the output\n", stderr);
    return EXIT_WRITE;
  }
  return status;
}
