/* httpstatus.h's rules for status headers and other ecosystems'
 * identifiers, applied literally over a scan of HTTPSTATUS_IDENTIFIER_MAP:
 * what oracle_find and oracle_unofficial_find answer once the forgiving
 * rules have failed. */
#include <string.h>

#include "oracle.h"

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Whether text, folded (separators dropped, letters upper-cased), equals
 * s[0..len) folded. */
static int same_folded(const char *text, const char *s, size_t len) {
  size_t i = 0, j = 0, n = strlen(text);
  for (;;) {
    while (i < n && (is_space(text[i]) || strchr("_-'", text[i])))
      i++;
    while (j < len && (is_space(s[j]) || (s[j] && strchr("_-'", s[j]))))
      j++;
    if (i == n || j == len)
      return i == n && j == len;
    char a = text[i] >= 'a' && text[i] <= 'z' ? (char)(text[i] - 32) : text[i];
    char b = s[j] >= 'a' && s[j] <= 'z' ? (char)(s[j] - 32) : s[j];
    if (a != b)
      return 0;
    i++, j++;
  }
}

static const struct httpstatus *meaning(int code, const char *name) {
  const struct httpstatus *e;
  for (size_t i = 0; (e = httpstatus_unofficial_at(i)) != NULL; i++)
    if (e->code == code && strcmp(e->name, name) == 0)
      return e;
  return NULL;
}

/* The length of the longest qualifier s[0..len) starts with and that
 * something follows, or 0. */
static size_t qualifier_length(const char *s, size_t len) {
  static const char *const qualifiers[] = {
#define QUALIFIER(q) q,
      HTTPSTATUS_QUALIFIER_MAP(QUALIFIER)
#undef QUALIFIER
  };
  size_t longest = 0;
  for (size_t i = 0; i < sizeof qualifiers / sizeof qualifiers[0]; i++) {
    size_t n = strlen(qualifiers[i]);
    if (n < len && n > longest && memcmp(s, qualifiers[i], n) == 0)
      longest = n;
  }
  return longest;
}

const struct httpstatus *oracle_identifier(const char *s, size_t len, int registered) {
  const struct httpstatus *(*lookup)(const char *, size_t) =
      registered ? oracle_find : oracle_unofficial_find;
  static const char *const headers[] = {":status:", "Status:"};
  size_t q;

  if (s == NULL)
    return NULL;
  while (len > 0 && is_space(s[0]))
    s++, len--;
  while (len > 0 && is_space(s[len - 1]))
    len--;
  for (size_t h = 0; h < 2; h++) {
    size_t n = strlen(headers[h]);
    if (len > n && memcmp(s, headers[h], n) == 0) {
      while (n < len && is_space(s[n]))
        n++;
      if (n < len && s[n] >= '0' && s[n] <= '9')
        return lookup(s + n, len - n);
    }
  }
  q = qualifier_length(s, len);
#define IDENTIFIER(ECO, code, meaning_name, identifier, found)                         \
  if (found && (meaning_name[0] == '\0') == (registered != 0) &&                       \
      same_folded(identifier, s + q, len - q))                                         \
    return registered ? httpstatus_from_code(code) : meaning(code, meaning_name);
  HTTPSTATUS_IDENTIFIER_MAP(IDENTIFIER)
#undef IDENTIFIER
  if (q > 0) {
    /* A second qualifier counts after white space too (": : 404"). */
    size_t r = q;
    while (r < len && is_space(s[r]))
      r++;
    if (qualifier_length(s + r, len - r) == 0)
      return lookup(s + q, len - q);
  }
  return NULL;
}
