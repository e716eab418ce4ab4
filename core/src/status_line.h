/* Internal to the library: the version prefix of a status line, which
 * httpstatus_find and httpstatus_unofficial_find both skip. */
#ifndef HTTPSTATUS_STATUS_LINE_H
#define HTTPSTATUS_STATUS_LINE_H

static inline int status_line_is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline int status_line_is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

/* s .. end with leading white space already skipped. When it starts with
 * "HTTP/", a digit, optionally '.' and a digit, then white space and a
 * digit ("HTTP/1.1 404"), returns where the code starts; otherwise returns
 * s unchanged, and the caller's rules reject the '/' ("HTTP/1.1 Not Found").
 * The first compare is all that input without the prefix costs. */
static inline const char *status_line_skip_version(const char *s, const char *end) {
  const char *p = s + 6; /* past "HTTP/1" */
  if (end - s < 8 || s[0] != 'H' || s[1] != 'T' || s[2] != 'T' || s[3] != 'P' ||
      s[4] != '/' || !status_line_is_digit((unsigned char)s[5]))
    return s;
  if (*p == '.') {
    if (!status_line_is_digit((unsigned char)p[1]))
      return s;
    p += 2;
  }
  if (p == end || !status_line_is_space((unsigned char)*p))
    return s;
  while (p < end && status_line_is_space((unsigned char)*p))
    p++;
  return p < end && status_line_is_digit((unsigned char)*p) ? p : s;
}

#endif
