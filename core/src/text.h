/* Internal to the library: the byte classes every text lookup shares, and
 * the version prefix of a status line, which httpstatus_find and
 * httpstatus_unofficial_find both skip. One header, so the amalgamation
 * holds each once. */
#ifndef HTTPSTATUS_TEXT_H
#define HTTPSTATUS_TEXT_H

static inline int text_is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline int text_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The bytes the forgiving lookups skip while folding; gperf/keywords.py
 * folds the keys with the same set. */
static inline int text_is_separator(unsigned char c) {
  return text_is_space(c) || c == '_' || c == '-' || c == '\'';
}

/* A leading code, for the forgiving lookups: *s points at a digit. Trims
 * white space from the end of the text first (what follows the code is
 * folded, which skips white space anyway), then reads the digits and
 * leaves *s after them.
 * Returns: the code, or -1 for more than three digits, which no lookup
 * finds. */
static inline int text_read_code(const char **s, const char **end) {
  int code = 0, digits = 0;
  while (text_is_space((unsigned char)(*end)[-1]))
    (*end)--;
  for (; *s < *end && text_is_digit((unsigned char)**s); (*s)++) {
    if (++digits > 3)
      return -1;
    code = code * 10 + (**s - '0');
  }
  return code;
}

/* s .. end with leading white space already skipped. When it starts with
 * "HTTP/", a digit, optionally '.' and a digit, then white space and a
 * digit ("HTTP/1.1 404"), returns where the code starts; otherwise returns
 * s unchanged, and the caller's rules reject the '/' ("HTTP/1.1 Not Found").
 * The first compare is all that input without the prefix costs. */
static inline const char *text_skip_status_line_version(const char *s,
                                                        const char *end) {
  const char *p = s + 6; /* past "HTTP/1" */
  if (end - s < 8 || s[0] != 'H' || s[1] != 'T' || s[2] != 'T' || s[3] != 'P' ||
      s[4] != '/' || !text_is_digit((unsigned char)s[5]))
    return s;
  if (*p == '.') {
    if (!text_is_digit((unsigned char)p[1]))
      return s;
    p += 2;
  }
  if (p == end || !text_is_space((unsigned char)*p))
    return s;
  while (p < end && text_is_space((unsigned char)*p))
    p++;
  return p < end && text_is_digit((unsigned char)*p) ? p : s;
}

#endif
