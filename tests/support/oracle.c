#include "oracle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Old names and phrases come from the generated maps; canonical ones from
 * the entries themselves. The zero row ends each list (and keeps it
 * non-empty when the data has no old texts). */
struct old_text {
  int code;
  const char *text;
};
static const struct old_text old_names[] = {
#define OLD_NAME(code, OLD_NAME, CANONICAL_NAME) {code, #OLD_NAME},
    HTTPSTATUS_OLD_NAME_MAP(OLD_NAME)
#undef OLD_NAME
        {0, NULL}};
static const struct old_text old_phrases[] = {
#define OLD_PHRASE(code, phrase) {code, phrase},
    HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE)
#undef OLD_PHRASE
        {0, NULL}};

const struct httpstatus *oracle_from_code(int code) {
  const struct httpstatus *e;
  for (size_t i = 0; (e = httpstatus_at(i)) != NULL; i++)
    if (e->code == code)
      return e;
  return NULL;
}

int oracle_key_at(size_t index, struct oracle_key *key) {
  size_t count = httpstatus_count();
  if (index < 2 * count) {
    const struct httpstatus *e = httpstatus_at(index / 2);
    key->kind = index % 2 ? ORACLE_PHRASE : ORACLE_NAME;
    key->text = index % 2 ? e->phrase : e->name;
    key->entry = e;
    return 1;
  }
  index -= 2 * count;
  for (size_t i = 0; old_names[i].text; i++, index--)
    if (index == 0) {
      key->kind = ORACLE_NAME;
      key->text = old_names[i].text;
      key->entry = oracle_from_code(old_names[i].code);
      return 1;
    }
  for (size_t i = 0; old_phrases[i].text; i++, index--)
    if (index == 0) {
      key->kind = ORACLE_PHRASE;
      key->text = old_phrases[i].text;
      key->entry = oracle_from_code(old_phrases[i].code);
      return 1;
    }
  return 0;
}

static const struct httpstatus *exact(enum oracle_kind kind, const char *s,
                                      size_t len) {
  struct oracle_key key;
  if (s == NULL)
    return NULL;
  for (size_t i = 0; oracle_key_at(i, &key); i++)
    if (key.kind == kind && strlen(key.text) == len && memcmp(key.text, s, len) == 0)
      return key.entry;
  return NULL;
}

const struct httpstatus *oracle_from_name(const char *s, size_t len) {
  return exact(ORACLE_NAME, s, len);
}

const struct httpstatus *oracle_from_phrase(const char *s, size_t len) {
  return exact(ORACLE_PHRASE, s, len);
}

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
static int is_separator(char c) {
  return is_space(c) || c == '_' || c == '-' || c == '\'';
}
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Separators dropped, ASCII letters upper-cased, every other byte kept as
 * it is (so punctuation, NUL and bytes >= 0x80 match no key). out has room
 * for len bytes. Returns the folded length. */
static size_t fold(const char *s, size_t len, char *out) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (!is_separator(s[i]))
      out[n++] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 'a' + 'A') : s[i];
  return n;
}

/* Any NAME or phrase, current or old, compared folded. len > 0. */
static const struct httpstatus *by_folded_text(const char *s, size_t len) {
  const struct httpstatus *found = NULL;
  struct oracle_key key;
  char *input = malloc(len), folded[256];
  size_t n;
  if (input == NULL)
    abort();
  n = fold(s, len, input);
  for (size_t i = 0; found == NULL && oracle_key_at(i, &key); i++) {
    size_t key_len = strlen(key.text);
    if (key_len > sizeof folded)
      abort(); /* the data's texts are far shorter */
    if (fold(key.text, key_len, folded) == n && memcmp(folded, input, n) == 0)
      found = key.entry;
  }
  free(input);
  return found;
}

/* Whether text folds to the same bytes as input[0..n), itself folded. */
static int folds_like(const char *text, const char *input, size_t n) {
  char folded[256];
  size_t len = strlen(text);
  if (len > sizeof folded)
    abort(); /* the data's texts are far shorter */
  return fold(text, len, folded) == n && memcmp(folded, input, n) == 0;
}

/* The unofficial meaning whose NAME or phrase s[0..len) folds to; NULL for
 * text that folds to more than 64 bytes, as httpstatus.h says. len > 0. */
static const struct httpstatus *unofficial_by_folded_text(const char *s, size_t len) {
  const struct httpstatus *e, *found = NULL;
  char *input = malloc(len);
  size_t n;
  if (input == NULL)
    abort();
  n = fold(s, len, input);
  for (size_t i = 0; n <= 64 && found == NULL && (e = httpstatus_unofficial_at(i)); i++)
    if (folds_like(e->name, input, n) || folds_like(e->phrase, input, n))
      found = e;
  free(input);
  return found;
}

const struct httpstatus *oracle_unofficial_from_code(int code) {
  const struct httpstatus *e;
  for (size_t i = 0; (e = httpstatus_unofficial_at(i)) != NULL; i++)
    if (e->code == code)
      return e;
  return NULL;
}

/* The forgiving rules of httpstatus.h, shared by httpstatus_find and
 * httpstatus_unofficial_find: by_code answers a code alone, by_text any
 * NAME or phrase; a code then text needs both to agree on the code. */
static const struct httpstatus *
forgiving(const char *s, size_t len, const struct httpstatus *(*by_code)(int),
          const struct httpstatus *(*by_text)(const char *, size_t)) {
  size_t digits = 0;
  int code = 0;
  const struct httpstatus *found;

  if (s == NULL)
    return NULL;
  while (len > 0 && is_space(s[0]))
    s++, len--;
  while (len > 0 && is_space(s[len - 1]))
    len--;
  if (len == 0)
    return NULL;
  /* A status line: "HTTP/", a digit, optionally '.' and a digit, white
   * space, then a code. */
  if (len >= 5 && memcmp(s, "HTTP/", 5) == 0) {
    size_t at = 5;
    if (at < len && is_digit(s[at]))
      at++;
    else
      return NULL;
    if (at + 1 < len && s[at] == '.' && is_digit(s[at + 1]))
      at += 2;
    if (at == len || !is_space(s[at]))
      return NULL;
    while (at < len && is_space(s[at]))
      at++;
    if (at == len || !is_digit(s[at]))
      return NULL;
    s += at, len -= at;
  }

  while (digits < len && is_digit(s[digits]))
    digits++;
  if (digits == 0)
    return by_text(s, len);
  if (digits > 3)
    return NULL;
  for (size_t i = 0; i < digits; i++)
    code = code * 10 + (s[i] - '0');
  if (digits == len)
    return by_code(code);
  /* A code, a separator, then a NAME or phrase of an entry of that code. */
  if (!is_separator(s[digits]) || by_code(code) == NULL)
    return NULL;
  found = by_text(s + digits, len - digits);
  return found != NULL && found->code == code ? found : NULL;
}

const struct httpstatus *oracle_find(const char *s, size_t len) {
  const struct httpstatus *found = forgiving(s, len, oracle_from_code, by_folded_text);
  return found != NULL ? found : oracle_identifier(s, len, 1);
}

const struct httpstatus *oracle_unofficial_find(const char *s, size_t len) {
  const struct httpstatus *found =
      forgiving(s, len, oracle_unofficial_from_code, unofficial_by_folded_text);
  return found != NULL ? found : oracle_identifier(s, len, 0);
}

static void print_answer(const char *what, const struct httpstatus *e) {
  if (e)
    fprintf(stderr, "  %s: %d %s\n", what, e->code, e->name);
  else
    fprintf(stderr, "  %s: NULL\n", what);
}

void oracle_expect_same(const char *function, const void *input, size_t len,
                        const struct httpstatus *got,
                        const struct httpstatus *expected) {
  const unsigned char *bytes = input;
  if (got == expected)
    return;
  fprintf(stderr, "%s disagrees with the reference on %zu bytes:\n  \"", function, len);
  for (size_t i = 0; i < len; i++)
    if (bytes[i] >= 0x20 && bytes[i] < 0x7f && bytes[i] != '"' && bytes[i] != '\\')
      fputc(bytes[i], stderr);
    else
      fprintf(stderr, "\\x%02x", bytes[i]);
  fputs("\"\n", stderr);
  print_answer("library", got);
  print_answer("reference", expected);
  abort();
}
