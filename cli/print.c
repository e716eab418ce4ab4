/* How the command-line tool writes entries, queries and messages. */
#include "print.h"
#include "names.h"

#include <string.h>

void print_entry_text(FILE *out, const struct httpstatus *e) {
  const char *sep = "; ";
  unsigned flag;

  fprintf(out, "%d %s - %s (%s) [%s", e->code, e->phrase, e->description, e->spec,
          e->name);
  /* Permanent is the usual case: only the others say something. */
  if (e->registry == HTTPSTATUS_REGISTRY_UNOFFICIAL) {
    fprintf(out, "; unofficial, %s", e->origin);
    sep = ", ";
  } else if (e->registry != HTTPSTATUS_REGISTRY_PERMANENT) {
    fprintf(out, "; %s", httpstatus_registry_name(e->registry));
    sep = ", ";
  }
  for (flag = 1; flag <= e->flags; flag <<= 1)
    if (e->flags & flag) {
      /* "keeps_method" reads "keeps method"; --list accepts either. */
      fputs(sep, out);
      print_words(out, httpstatus_flag_name((enum httpstatus_flag)flag));
      sep = ", ";
    }
  fputs("]\n", out);
}

void print_words(FILE *out, const char *name) {
  for (; *name; name++)
    fputc(*name == '_' ? ' ' : *name, out);
}

static void print_member(FILE *out, const char *key, const char *value) {
  fprintf(out, ",\"%s\":", key);
  print_json_string(out, value, strlen(value));
}

void print_entry_members(FILE *out, const struct httpstatus *e) {
  const char *sep = "";
  unsigned flag;

  fprintf(out, "\"code\":%d", e->code);
  print_member(out, "name", e->name);
  print_member(out, "phrase", e->phrase);
  print_member(out, "description", e->description);
  print_member(out, "spec", e->spec);
  print_member(out, "class", httpstatus_class_name(e->status_class));
  print_member(out, "registry", httpstatus_registry_name(e->registry));
  print_member(out, "origin", e->origin);
  fputs(",\"properties\":[", out);
  for (flag = 1; flag <= e->flags; flag <<= 1)
    if (e->flags & flag) {
      const char *name = httpstatus_flag_name((enum httpstatus_flag)flag);
      fputs(sep, out);
      print_json_string(out, name, strlen(name));
      sep = ",";
    }
  fputc(']', out);
  print_names_members(out, e);
}

/* The length of the valid UTF-8 sequence at s[0..n) and its code point in
 * *cp, or 0 when it is not one (overlong forms and surrogates included). */
static size_t utf8_sequence(const unsigned char *s, size_t n, unsigned long *cp) {
  size_t len, i;
  unsigned long c, least;

  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  if ((s[0] & 0xe0) == 0xc0)
    len = 2, c = s[0] & 0x1fU, least = 0x80;
  else if ((s[0] & 0xf0) == 0xe0)
    len = 3, c = s[0] & 0x0fU, least = 0x800;
  else if ((s[0] & 0xf8) == 0xf0)
    len = 4, c = s[0] & 0x07U, least = 0x10000;
  else
    return 0;
  if (n < len)
    return 0;
  for (i = 1; i < len; i++) {
    if ((s[i] & 0xc0) != 0x80)
      return 0;
    c = c << 6 | (s[i] & 0x3fU);
  }
  if (c < least || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  *cp = c;
  return len;
}

static int json_plain(unsigned char c) {
  return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

void print_json_string(FILE *out, const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s, *end = p + len;

  fputc('"', out);
  while (p < end) {
    unsigned long cp;
    size_t n;
    const unsigned char *plain = p;

    /* The data and most queries are plain ASCII: write it in runs. */
    while (p < end && json_plain(*p))
      p++;
    if (p > plain)
      fwrite(plain, 1, (size_t)(p - plain), out);
    if (p == end)
      break;
    n = utf8_sequence(p, (size_t)(end - p), &cp);
    if (n == 0)
      cp = 0xfffd, n = 1;
    p += n;
    if (cp == '"' || cp == '\\')
      fprintf(out, "\\%c", (int)cp);
    else if (cp < 0x10000)
      fprintf(out, "\\u%04lx", cp);
    else /* a surrogate pair */
      fprintf(out, "\\u%04lx\\u%04lx", 0xd800 + ((cp - 0x10000) >> 10),
              0xdc00 + ((cp - 0x10000) & 0x3ff));
  }
  fputc('"', out);
}

void print_query(FILE *out, const char *s, size_t len) {
  size_t i;

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
