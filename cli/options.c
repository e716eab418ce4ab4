/* The httpstatus command's arguments: its options, wherever they come,
 * and where its operands are. */
#include "options.h"

#include "cli.h"
#include "lines.h"
#include "names.h"
#include "print.h"

#include <string.h>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

static const char usage[] = "usage: httpstatus [--json] [--names] QUERY...\n"
                            "       httpstatus --to ECOSYSTEM QUERY...\n"
                            "       httpstatus [--json] < QUERIES\n"
                            "       httpstatus [--json] --list [FILTER...]\n"
                            "       httpstatus --help | --version\n";

/* The text as it prints, one line of source a line. */
/* clang-format off */
static const char help[] =
    "\n"
    "Each QUERY is a code (404), a NAME (NOT_FOUND, not_found), a phrase\n"
    "(\"Not Found\"), current or old, in any letter case, or a status line\n"
    "(\"HTTP/1.1 404 Not Found\"). One line each:\n"
    "  404 Not Found - Nothing matches the given URI (RFC 9110, Section 15.5.5) [NOT_FOUND; cacheable]\n"
    "The bracket holds the NAME, the registry status unless permanent, and\n"
    "the properties. A code with no registered entry (499) shows its class\n"
    "and its unofficial meanings, each with its origin; text finds them by\n"
    "NAME or phrase too. A miss names the code it most likely meant:\n"
    "  httpstatus: no HTTP status code matches \"not fund\"; did you mean 404 Not Found?\n"
    "\n"
    "With no QUERY and standard input not a terminal, or with the single\n"
    "QUERY -, the queries are read from standard input, one a line, and\n"
    "answered as they come. A line longer than " STRINGIFY(LINE_MAX_BYTES) " bytes is skipped\n"
    "with a message and counts as unmatched.\n"
    "\n"
    "  -j, --json           one JSON object a query, in query order, misses\n"
    "                       included, instead (and no message for a miss)\n"
    "  -l, --list[=FILTER]  every status code, or those that pass each FILTER:\n"
    "                       1xx..5xx; registered (any status but unofficial),\n"
    "                       permanent, temporary, unused, obsoleted, unofficial;\n"
    "                       cacheable, no_content, redirect, keeps_method,\n"
    "                       retryable, interim. The operands are filters too.\n"
    "  -n, --names          under each answer, one line per ecosystem that names\n"
    "                       the code: its identifiers as its code writes them\n"
    "  -t, --to=ECOSYSTEM   the identifier ECOSYSTEM gives each query's code,\n"
    "                       qualified (--to go RedirectKeepVerb: http.StatusTemporaryRedirect);\n"
    "                       a code it does not name is a miss. ECOSYSTEM is one of\n";
/* Here the ecosystems, the library's list, then: */
static const char help_end[] =
    "  -h, --help           this text\n"
    "  -V, --version        the library's version\n"
    "Options may come in any order, before or after queries; -- ends them.\n"
    "\n"
    "Exit status: 0 when every query found a registered code or an unofficial\n"
    "meaning, 1 when one did not, 2 on a usage error or unreadable input, 3\n"
    "when the output could not be written. When the output is a pipe that its\n"
    "reader closed, httpstatus is ended by SIGPIPE, silently, as other tools\n"
    "are; if SIGPIPE is ignored, it says so and exits 3. See httpstatus(1).\n";
/* clang-format on */

/* --help: the text, with the ecosystems --to takes as the library lists
 * them, wrapped under the option's description. */
static void print_help(FILE *out) {
  const size_t indent = 23, width = 79;
  size_t column = width;

  fputs(usage, out);
  fputs(help, out);
  for (size_t i = 0; i < httpstatus_ecosystem_count(); i++) {
    const char *name = httpstatus_ecosystem_name((enum httpstatus_ecosystem)i);
    if (column + 1 + strlen(name) > width) {
      fprintf(out, "%s%*s", i > 0 ? "\n" : "", (int)indent, "");
      column = indent;
    } else {
      fputc(' ', out);
      column++;
    }
    fputs(name, out);
    column += strlen(name);
  }
  fputc('\n', out);
  fputs(help_end, out);
}

int usage_error(FILE *err, const char *why, const char *arg) {
  fprintf(err, "httpstatus: %s", why);
  if (arg)
    print_query(err, arg, strlen(arg));
  fprintf(err, "\n%s", usage);
  return HTTPSTATUS_CLI_USAGE;
}

/* Whether argv[i] is an option: it starts with '-' and is neither "-"
 * (standard input) nor a negative number ("-1", "-404": queries). */
static int is_option(const char *arg) {
  return arg[0] == '-' && arg[1] != '\0' && !(arg[1] >= '0' && arg[1] <= '9');
}

/* What follows an option's name: nothing, a value only when attached
 * ("--list=4xx", "-l4xx"), or a value attached or in the next argument
 * ("--to=go", "--to go", "-tgo", "-t go"). */
enum option_value { NO_VALUE, OPTIONAL_VALUE, REQUIRED_VALUE };

/* The long options, their short letters and their values. */
static const struct {
  const char *name;
  char letter;
  enum option_value value;
} long_options[] = {{"help", 'h', NO_VALUE},  {"version", 'V', NO_VALUE},
                    {"json", 'j', NO_VALUE},  {"list", 'l', OPTIONAL_VALUE},
                    {"names", 'n', NO_VALUE}, {"to", 't', REQUIRED_VALUE}};

#define LONG_OPTION_COUNT (sizeof long_options / sizeof long_options[0])

/* The index of the long option that name[0..len) names, cut short or not,
 * or -1 when it names none or several. */
static int long_option_named(const char *name, size_t len) {
  size_t i;
  int found = -1, matches = 0;

  for (i = 0; len > 0 && i < LONG_OPTION_COUNT; i++)
    if (strncmp(long_options[i].name, name, len) == 0) {
      found = (int)i;
      matches++;
    }
  return matches == 1 ? found : -1;
}

/* What the option with short letter takes. */
static enum option_value value_of(char letter) {
  size_t i;

  for (i = 0; i < LONG_OPTION_COUNT; i++)
    if (long_options[i].letter == letter)
      return long_options[i].value;
  return NO_VALUE;
}

/* Whether the option argument arg takes the argument after it as its
 * value: "--to go", "-t go", "-jt go". */
static int takes_next(const char *arg) {
  if (arg[1] == '-') {
    int found = strchr(arg, '=') ? -1 : long_option_named(arg + 2, strlen(arg + 2));
    return found >= 0 && long_options[found].value == REQUIRED_VALUE;
  }
  for (arg++; *arg; arg++)
    if (value_of(*arg) != NO_VALUE)
      return value_of(*arg) == REQUIRED_VALUE && arg[1] == '\0';
  return 0;
}

int options_next_operand(const struct options *o, int argc, char **argv, int i) {
  while (i < argc && i < o->operands_only && is_option(argv[i]))
    i += takes_next(argv[i]) ? 2 : 1;
  return i;
}

/* Acts on one option, by its short letter; value is --list's FILTER or
 * --to's ECOSYSTEM, or NULL. Returns: -1 to go on, or the exit status. */
static int take_option(char letter, const char *value, struct options *o, FILE *out,
                       FILE *err) {
  switch (letter) {
  case 'h': print_help(out); return HTTPSTATUS_CLI_MATCHED;
  case 'V':
    fprintf(out, "httpstatus %s\n", httpstatus_version());
    return HTTPSTATUS_CLI_MATCHED;
  case 'j': o->json = 1; return -1;
  case 'n': o->names = 1; return -1;
  case 't':
    if (value == NULL)
      return usage_error(err, "--to needs an ECOSYSTEM", NULL);
    if ((o->to = ecosystem_named(value)) < 0)
      return usage_error(err, "no ecosystem is called ", value);
    return -1;
  case 'l':
    o->listing = 1;
    if (value && !filter_add(&o->filter, value))
      return usage_error(err, "no --list filter is called ", value);
    return -1;
  default: {
    const char short_option[3] = {'-', letter, '\0'};
    return usage_error(err, "unknown option ", short_option);
  }
  }
}

/* "--NAME", "--NAME=VALUE" or "--NAME VALUE" (next is the argument after
 * arg, or NULL), where NAME may be cut short while it names one option
 * only ("--li"). Returns: -1 to go on, or the exit status. */
static int take_long_option(const char *arg, const char *next, struct options *o,
                            FILE *out, FILE *err) {
  const char *name = arg + 2, *equals = strchr(name, '=');
  int found = long_option_named(name, equals ? (size_t)(equals - name) : strlen(name));

  if (found < 0)
    return usage_error(err, "unknown option ", arg);
  if (equals && long_options[found].value == NO_VALUE)
    return usage_error(err, "no argument is taken by ", arg);
  return take_option(long_options[found].letter, equals ? equals + 1 : next, o, out,
                     err);
}

/* "-LETTERS": short options grouped ("-jl"), where -l takes the rest of
 * the group as its FILTER ("-l4xx") and -t the rest or else next, the
 * argument after arg, as its ECOSYSTEM ("-tgo", "-t go").
 * Returns: -1 to go on, or the exit status. */
static int take_short_options(const char *arg, const char *next, struct options *o,
                              FILE *out, FILE *err) {
  int status = -1;

  for (arg++; *arg && status < 0; arg++) {
    enum option_value takes = value_of(*arg);
    const char *value = takes == NO_VALUE         ? NULL
                        : arg[1]                  ? arg + 1
                        : takes == REQUIRED_VALUE ? next
                                                  : NULL;
    status = take_option(*arg, value, o, out, err);
    if (takes != NO_VALUE)
      break;
  }
  return status;
}

int options_parse(int argc, char **argv, struct options *o, FILE *out, FILE *err) {
  int i, status = -1;

  o->operands_only = argc;
  for (i = 1; i < argc && status < 0; i++) {
    const char *arg = argv[i], *next = NULL;
    if (!is_option(arg)) {
      o->operand_count++;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      o->operands_only = i + 1;
      o->operand_count += argc - o->operands_only;
      break;
    }
    if (takes_next(arg) && i + 1 < argc)
      next = argv[++i];
    if (arg[1] == '-')
      status = take_long_option(arg, next, o, out, err);
    else
      status = take_short_options(arg, next, o, out, err);
  }
  return status;
}
