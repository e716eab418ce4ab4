/* --list: the filters it takes and the entries they keep. */
#include "list.h"

#include "print.h"

#include <string.h>

/* s equals word, ignoring letter case, with '-' and ' ' read as '_'. */
static int filter_word_is(const char *s, const char *word) {
  for (; *s && *word; s++, word++) {
    char c = *s;
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c == '-' || c == ' ')
      c = '_';
    if (c != *word)
      return 0;
  }
  return *s == '\0' && *word == '\0';
}

int filter_add(struct filter *f, const char *s) {
  unsigned bit;
  int value;

  if (strlen(s) == 3 && s[0] >= '1' && s[0] <= '5' && (s[1] | 0x20) == 'x' &&
      (s[2] | 0x20) == 'x') {
    f->classes |= 1U << (s[0] - '0');
    return 1;
  }
  if (filter_word_is(s, "registered")) {
    f->registries |= ~(1U << HTTPSTATUS_REGISTRY_UNOFFICIAL);
    return 1;
  }
  for (value = 0; httpstatus_registry_name((enum httpstatus_registry)value); value++)
    if (filter_word_is(s, httpstatus_registry_name((enum httpstatus_registry)value))) {
      f->registries |= 1U << value;
      return 1;
    }
  for (bit = 1; httpstatus_flag_name((enum httpstatus_flag)bit); bit <<= 1)
    if (filter_word_is(s, httpstatus_flag_name((enum httpstatus_flag)bit))) {
      f->flags |= bit;
      return 1;
    }
  return 0;
}

static int passes(const struct filter *f, const struct httpstatus *e) {
  return (!f->classes || f->classes & 1U << e->status_class) &&
         (!f->registries || f->registries & 1U << e->registry) &&
         (e->flags & f->flags) == f->flags;
}

static void print_listed(FILE *out, int json, const struct httpstatus *e) {
  if (json) {
    fputc('{', out);
    print_entry_members(out, e);
    fputs("}\n", out);
  } else {
    print_entry_text(out, e);
  }
}

/* Registered entries and unofficial meanings, merged in code order: a
 * registered entry before the unofficial meanings of its code. */
void list_entries(FILE *out, int json, const struct filter *f) {
  const struct httpstatus *e = httpstatus_at(0), *u = httpstatus_unofficial_at(0);
  size_t i = 0, j = 0;

  while (e || u) {
    if (e && (!u || e->code <= u->code)) {
      if (passes(f, e))
        print_listed(out, json, e);
      e = httpstatus_at(++i);
    } else {
      if (passes(f, u))
        print_listed(out, json, u);
      u = httpstatus_unofficial_at(++j);
    }
  }
}
