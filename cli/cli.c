/* The httpstatus command: options, queries from arguments or standard
 * input, and the answer to each. */
#include "cli.h"

#include "httpstatus.h"
#include "lines.h"
#include "list.h"
#include "names.h"
#include "print.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

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
    "                       a code it does not name is a miss. ECOSYSTEM is one of\n"
    "                       go dotnet aspnetcore java servlet jaxrs spring rust rack\n"
    "                       nethttp python requests drf starlette symfony plug npm\n"
    "                       openresty httpcomponents phpfig swiftnio ktor\n"
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

/* What the arguments ask for. The operands stay in argv: every argument
 * from operands_only on, and before it each that is no option. */
struct options {
  int json, listing, names, to;
  struct filter filter;
  int operand_count, operands_only;
};

struct io {
  FILE *out, *err;
  int json;
  int names, to;   /* --names, and --to's ecosystem or -1 */
  int write_errno; /* why writing out first failed, or 0 */
};

static int bad_usage(FILE *err, const char *why, const char *arg) {
  fprintf(err, "httpstatus: %s", why);
  if (arg)
    print_query(err, arg, strlen(arg));
  fprintf(err, "\n%s", usage);
  return HTTPSTATUS_CLI_USAGE;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* The code a query asks about when it is nothing but a code, bare or in a
 * status line: "499", " 404 ", "HTTP/1.1 499", "HTTP/2 521".
 * Returns: the code, or -1 when the query is anything else. */
/* The index of the first byte of s[i..len) that is not white space, or len. */
static size_t skip_space(const char *s, size_t i, size_t len) {
  while (i < len && is_space(s[i]))
    i++;
  return i;
}

static int code_alone(const char *s, size_t len) {
  size_t i, digits = 0;
  int code = 0;

  while (len > 0 && is_space(s[len - 1]))
    len--;
  i = skip_space(s, 0, len);
  /* httpstatus_find's status line: "HTTP/", a digit, maybe '.' and a
   * digit, white space. */
  if (len > i + 6 && memcmp(s + i, "HTTP/", 5) == 0 && is_digit(s[i + 5])) {
    size_t after = i + 6;
    if (len - after >= 2 && s[after] == '.' && is_digit(s[after + 1]))
      after += 2;
    if (after < len && is_space(s[after]))
      i = skip_space(s, after, len);
  }
  for (; i < len && is_digit(s[i]) && digits < 3; i++, digits++)
    code = code * 10 + (s[i] - '0');
  return digits > 0 && i == len ? code : -1;
}

/* What a query found: a registered entry, unofficial meanings, or for an
 * unregistered code only its class. */
struct finding {
  const struct httpstatus *registered;
  int code;                         /* the code asked about alone, or -1 */
  const struct httpstatus *meaning; /* the unofficial meaning text named */
};

/* Calls print for every unofficial meaning that answers the query: all of
 * the code's when a code was asked about alone, or the one named.
 * Returns: how many. */
static int each_meaning(const struct io *io, const struct finding *f,
                        void (*print)(const struct io *, const struct httpstatus *,
                                      int)) {
  const struct httpstatus *u;
  size_t i;
  int n = 0;

  if (f->meaning) {
    print(io, f->meaning, n);
    return 1;
  }
  if (f->code < 0)
    return 0;
  for (i = 0; (u = httpstatus_unofficial_at(i)) != NULL && u->code <= f->code; i++)
    if (u->code == f->code)
      print(io, u, n++);
  return n;
}

static void print_meaning_text(const struct io *io, const struct httpstatus *u,
                               int index) {
  (void)index;
  print_entry_text(io->out, u);
}

static void print_meaning_json(const struct io *io, const struct httpstatus *u,
                               int index) {
  fputs(index > 0 ? ",{" : "{", io->out);
  print_entry_members(io->out, u);
  fputc('}', io->out);
}

static void say_no_match(const struct io *io, const char *query, size_t len,
                         const struct httpstatus *suggestion) {
  fputs("httpstatus: no HTTP status code matches ", io->err);
  print_query(io->err, query, len);
  if (suggestion)
    fprintf(io->err, "; did you mean %d %s?", suggestion->code, suggestion->phrase);
  fputc('\n', io->err);
}

/* One JSON object: the query, whether it matched, the registered entry's
 * fields, the code and class of an unregistered code, the unofficial
 * meanings, and for a miss the suggestion if any. */
static void answer_json(const struct io *io, const char *query, size_t len,
                        const struct finding *f, int matched) {
  const struct httpstatus *suggestion;

  fputs("{\"query\":", io->out);
  print_json_string(io->out, query, len);
  fprintf(io->out, ",\"match\":%s", matched ? "true" : "false");
  if (f->registered) {
    fputc(',', io->out);
    print_entry_members(io->out, f->registered);
  } else if (f->meaning || httpstatus_class_of(f->code) != HTTPSTATUS_CLASS_NONE) {
    const int code = f->meaning ? f->meaning->code : f->code;
    fprintf(io->out, ",\"code\":%d,\"class\":\"%s\"", code,
            httpstatus_class_name(httpstatus_class_of(code)));
  } else {
    /* A code out of range is no typo. */
    suggestion = f->code < 0 ? httpstatus_suggest(query, len) : NULL;
    if (suggestion) {
      fputs(",\"suggestion\":{", io->out);
      print_entry_members(io->out, suggestion);
      fputc('}', io->out);
    }
    fputs("}\n", io->out);
    return;
  }
  fputs(",\"unofficial\":[", io->out);
  each_meaning(io, f, print_meaning_json);
  fputs("]}\n", io->out);
}

static void answer_text(const struct io *io, const char *query, size_t len,
                        const struct finding *f, int matched) {
  enum httpstatus_class status_class = httpstatus_class_of(f->code);

  if (f->registered) {
    print_entry_text(io->out, f->registered);
    if (io->names)
      print_names_text(io->out, f->registered);
    each_meaning(io, f, print_meaning_text);
  } else if (f->meaning) {
    print_entry_text(io->out, f->meaning);
    if (io->names)
      print_names_text(io->out, f->meaning);
  } else if (status_class != HTTPSTATUS_CLASS_NONE) {
    /* An unregistered code: its class, then what it means unofficially. */
    fprintf(io->out, "%d: not registered, in the ", f->code);
    print_words(io->out, httpstatus_class_name(status_class));
    fputs(matched ? " class; unofficial meanings:\n"
                  : " class; no unofficial meaning known\n",
          io->out);
    each_meaning(io, f, print_meaning_text);
  } else {
    say_no_match(io, query, len, f->code < 0 ? httpstatus_suggest(query, len) : NULL);
  }
}

/* --to: the query's entry, or the first unofficial meaning of a code
 * alone, in io->to's words. Returns: 1 when printed, 0 after a message. */
static int translate(const struct io *io, const char *query, size_t len,
                     const struct finding *f) {
  const struct httpstatus *e = f->registered  ? f->registered
                               : f->meaning   ? f->meaning
                               : f->code >= 0 ? httpstatus_unofficial_from_code(f->code)
                                              : NULL;
  if (e == NULL) {
    say_no_match(io, query, len, f->code < 0 ? httpstatus_suggest(query, len) : NULL);
    return 0;
  }
  return print_translation(io->out, io->err, e, io->to);
}

/* Answers one query: its registered entry, followed, when the query is a
 * code alone, by the code's unofficial meanings; else the unofficial
 * meanings it names; else, for text, the entry it most likely meant.
 * Returns: 1 when it found a registered entry or an unofficial meaning,
 * 0 when not. */
static int answer(const struct io *io, const char *query, size_t len) {
  struct finding f;
  int matched;

  f.registered = httpstatus_find(query, len);
  f.code = code_alone(query, len);
  f.meaning = NULL;
  if (!f.registered && f.code < 0)
    f.meaning = httpstatus_unofficial_find(query, len);
  matched = f.registered || f.meaning ||
            (f.code >= 0 && httpstatus_unofficial_from_code(f.code));
  if (io->to >= 0)
    return translate(io, query, len, &f);
  if (io->json)
    answer_json(io, query, len, &f, matched);
  else
    answer_text(io, query, len, &f, matched);
  return matched;
}

/* Output reaches a reader that waits for it before httpstatus waits for
 * more input: a pipe from `tail -f` is answered line by line. */
static void flush_output(void *context) {
  struct io *io = context;
  if (fflush(io->out) != 0 && io->write_errno == 0)
    io->write_errno = errno;
}

static int answer_lines(struct io *io, int in) {
  static struct line_reader reader; /* 64 KiB: not on the stack */
  int status = HTTPSTATUS_CLI_MATCHED;
  unsigned long number = 0;
  const char *line;
  size_t len;
  enum line_result got;

  line_reader_init(&reader, in, flush_output, io);
  /* A write error ends the loop: endless input to a closed pipe must not
   * keep httpstatus reading. */
  while (!ferror(io->out) &&
         (got = line_reader_next(&reader, &line, &len)) != LINE_END) {
    number++;
    if (got == LINE_ERROR) {
      fprintf(io->err, "httpstatus: cannot read the standard input: %s\n",
              strerror(errno));
      return HTTPSTATUS_CLI_USAGE;
    }
    if (got == LINE_TOO_LONG) {
      if (io->json)
        fputs("{\"query\":null,\"match\":false,\"error\":\"line longer than " STRINGIFY(
                  LINE_MAX_BYTES) " bytes\"}\n",
              io->out);
      fprintf(io->err, "httpstatus: line %lu is longer than %d bytes: skipped\n",
              number, LINE_MAX_BYTES);
      status = HTTPSTATUS_CLI_UNMATCHED;
      continue;
    }
    if (len > 0 && line[len - 1] == '\r') /* CRLF line endings */
      len--;
    if (!answer(io, line, len))
      status = HTTPSTATUS_CLI_UNMATCHED;
  }
  return status;
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

/* The index of the first operand at i or after it, or argc or past it. */
static int next_operand(const struct options *o, int argc, char **argv, int i) {
  while (i < argc && i < o->operands_only && is_option(argv[i]))
    i += takes_next(argv[i]) ? 2 : 1;
  return i;
}

/* Acts on one option, by its short letter; value is --list's FILTER or
 * --to's ECOSYSTEM, or NULL. Returns: -1 to go on, or the exit status. */
static int take_option(char letter, const char *value, struct options *o, FILE *out,
                       FILE *err) {
  switch (letter) {
  case 'h': fprintf(out, "%s%s", usage, help); return HTTPSTATUS_CLI_MATCHED;
  case 'V':
    fprintf(out, "httpstatus %s\n", httpstatus_version());
    return HTTPSTATUS_CLI_MATCHED;
  case 'j': o->json = 1; return -1;
  case 'n': o->names = 1; return -1;
  case 't':
    if (value == NULL)
      return bad_usage(err, "--to needs an ECOSYSTEM", NULL);
    if ((o->to = ecosystem_named(value)) < 0)
      return bad_usage(err, "no ecosystem is called ", value);
    return -1;
  case 'l':
    o->listing = 1;
    if (value && !filter_add(&o->filter, value))
      return bad_usage(err, "no --list filter is called ", value);
    return -1;
  default: {
    const char short_option[3] = {'-', letter, '\0'};
    return bad_usage(err, "unknown option ", short_option);
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
    return bad_usage(err, "unknown option ", arg);
  if (equals && long_options[found].value == NO_VALUE)
    return bad_usage(err, "no argument is taken by ", arg);
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

/* Reads the options, in order, into o, and counts the operands: options
 * may come anywhere, "--" ends them, and an option's value may be the
 * argument after it ("--to go"). Returns: -1 to go on, or the exit status
 * (--help, --version or a usage error). */
static int parse(int argc, char **argv, struct options *o, FILE *out, FILE *err) {
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

static int run(int argc, char **argv, int in, struct io *io) {
  struct options o = {0, 0, 0, -1, {0, 0, 0}, 0, 0};
  FILE *err = io->err;
  int status, i;

  status = parse(argc, argv, &o, io->out, err);
  io->json = o.json;
  io->names = o.names;
  io->to = o.to;
  if (status >= 0)
    return status; /* --help or --version, or a usage error */
  i = next_operand(&o, argc, argv, 1);
  if (o.listing) {
    for (; i < argc; i = next_operand(&o, argc, argv, i + 1))
      if (!filter_add(&o.filter, argv[i]))
        return bad_usage(err, "no --list filter is called ", argv[i]);
    list_entries(io->out, io->json, &o.filter);
    return HTTPSTATUS_CLI_MATCHED;
  }
  if ((o.operand_count == 1 && strcmp(argv[i], "-") == 0) ||
      (o.operand_count == 0 && !isatty(in)))
    return answer_lines(io, in);
  if (o.operand_count == 0)
    return bad_usage(err, "no query given", NULL);
  status = HTTPSTATUS_CLI_MATCHED;
  for (; i < argc; i = next_operand(&o, argc, argv, i + 1))
    if (!answer(io, argv[i], strlen(argv[i])))
      status = HTTPSTATUS_CLI_UNMATCHED;
  return status;
}

int httpstatus_cli_run(int argc, char **argv, int in, FILE *out, FILE *err) {
  struct io io = {NULL, NULL, 0, 0, -1, 0};
  int status;

  io.out = out;
  io.err = err;
  status = run(argc, argv, in, &io);
  flush_output(&io);
  /* A full disk, or a closed pipe when SIGPIPE is ignored, must not pass
   * for success. */
  if (ferror(out)) {
    fprintf(err, "httpstatus: cannot write the output: %s\n",
            strerror(io.write_errno ? io.write_errno : EIO));
    return HTTPSTATUS_CLI_WRITE;
  }
  return status;
}
