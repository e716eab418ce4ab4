/* The httpstatus command: queries from arguments or standard input, and
 * the answer to each (the options are read by cli/options.c). */
#include "cli.h"

#include "httpstatus.h"
#include "lines.h"
#include "list.h"
#include "names.h"
#include "options.h"
#include "print.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

struct io {
  FILE *out, *err;
  int json;
  int names, to;   /* --names, and --to's ecosystem or -1 */
  int write_errno; /* why writing out first failed, or 0 */
};

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

static int run(int argc, char **argv, int in, struct io *io) {
  struct options o = {0, 0, 0, -1, {0, 0, 0}, 0, 0};
  FILE *err = io->err;
  int status, i;

  status = options_parse(argc, argv, &o, io->out, err);
  io->json = o.json;
  io->names = o.names;
  io->to = o.to;
  if (status >= 0)
    return status; /* --help or --version, or a usage error */
  i = options_next_operand(&o, argc, argv, 1);
  if (o.listing) {
    for (; i < argc; i = options_next_operand(&o, argc, argv, i + 1))
      if (!filter_add(&o.filter, argv[i]))
        return usage_error(err, "no --list filter is called ", argv[i]);
    list_entries(io->out, io->json, &o.filter);
    return HTTPSTATUS_CLI_MATCHED;
  }
  if ((o.operand_count == 1 && strcmp(argv[i], "-") == 0) ||
      (o.operand_count == 0 && !isatty(in)))
    return answer_lines(io, in);
  if (o.operand_count == 0)
    return usage_error(err, "no query given", NULL);
  status = HTTPSTATUS_CLI_MATCHED;
  for (; i < argc; i = options_next_operand(&o, argc, argv, i + 1))
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
