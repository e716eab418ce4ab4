/* Internal to the library: the byte classes every text lookup shares, the
 * fold of httpstatus_find and httpstatus_unofficial_find, and the version
 * prefix of a status line, which both skip. One header, so the
 * amalgamation holds each once. */
#ifndef HTTPSTATUS_TEXT_H
#define HTTPSTATUS_TEXT_H

#include <stddef.h>
#include <string.h>

#include "httpstatus.h" /* HTTPSTATUS_IS_SEPARATOR */

static inline int text_is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline int text_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The bytes the forgiving lookups skip while folding: HTTPSTATUS_IS_SEPARATOR,
 * written into httpstatus_map.h from data/statuses.py, which folds the
 * tables' keys with the same set. */
static inline int text_is_separator(unsigned char c) {
  return HTTPSTATUS_IS_SEPARATOR(c);
}

/* How the forgiving lookups fold each byte: a letter to upper case, a digit
 * to itself, a separator to nothing, and any other byte to 1, which no key
 * holds. Two table loads per byte and no branch on what the byte is:
 * text_folded[] gives the byte the key gets and text_advance[] how far the
 * key moves on, 0 for a separator; a size_t there is added straight from
 * memory. */
#define TEXT_FOLD(c)                                                                   \
  ((c) >= 'a' && (c) <= 'z'                                   ? (c) - 'a' + 'A'        \
   : ((c) >= 'A' && (c) <= 'Z') || ((c) >= '0' && (c) <= '9') ? (c)                    \
                                                              : 1)
#define TEXT_ADVANCE(c) (HTTPSTATUS_IS_SEPARATOR(c) ? 0 : 1)
#define TEXT_BYTES4(f, c) f(c), f((c) + 1), f((c) + 2), f((c) + 3)
#define TEXT_BYTES16(f, c)                                                             \
  TEXT_BYTES4(f, c), TEXT_BYTES4(f, (c) + 4), TEXT_BYTES4(f, (c) + 8),                 \
      TEXT_BYTES4(f, (c) + 12)
#define TEXT_BYTES64(f, c)                                                             \
  TEXT_BYTES16(f, c), TEXT_BYTES16(f, (c) + 16), TEXT_BYTES16(f, (c) + 32),            \
      TEXT_BYTES16(f, (c) + 48)
#define TEXT_BYTES256(f)                                                               \
  TEXT_BYTES64(f, 0), TEXT_BYTES64(f, 64), TEXT_BYTES64(f, 128), TEXT_BYTES64(f, 192)
static const unsigned char text_folded[256] = {TEXT_BYTES256(TEXT_FOLD)};
static const size_t text_advance[256] = {TEXT_BYTES256(TEXT_ADVANCE)};

/* Folds one byte onto the key: written at key[n] whatever it is, kept
 * unless it is a separator. */
#define TEXT_FOLD_ONTO(key, n, byte)                                                   \
  do {                                                                                 \
    (key)[n] = (char)text_folded[(unsigned char)(byte)];                               \
    (n) += text_advance[(unsigned char)(byte)];                                        \
  } while (0)

/* The bytes a key needs beyond the longest it can match: a block of 8 is
 * folded before the length is checked again. */
#define TEXT_FOLD_SLACK 8

/* Folds s .. end into key, which holds max + TEXT_FOLD_SLACK bytes; only
 * key[0..n) is written, so the caller may leave the rest unset.
 * Returns: n, the key's length, or a length above max as soon as the key
 * outgrows max (the rest of the text is then left unread), which no
 * table of keys up to max bytes matches. */
static inline size_t text_fold_key(const char *s, const char *end, char *key,
                                   size_t max) {
  size_t n = 0;
#ifdef __clang_analyzer__
  /* clang-tidy's analyser does not follow n through the folding, so it
   * takes the hash's reads for reads of unset bytes: zeroed for it alone,
   * as zeroing costs every call four instructions. */
  memset(key, 0, max + TEXT_FOLD_SLACK);
#endif
  /* Eight bytes a step while eight remain, then four if four remain, then
   * one at a time; before each step of eight and before the rest, a key
   * already longer than max ends the folding. The loop tests its end
   * against the last start of a step, set once. */
  if (end - s >= 8) {
    const char *last_step = end - 8;
    do {
      if (n > max)
        return n;
      for (int i = 0; i < 8; i++)
        TEXT_FOLD_ONTO(key, n, s[i]);
      s += 8;
    } while (s <= last_step);
  }
  if (n > max)
    return n;
  if (end - s >= 4) {
    for (int i = 0; i < 4; i++)
      TEXT_FOLD_ONTO(key, n, s[i]);
    s += 4;
  }
  for (; s < end; s++)
    TEXT_FOLD_ONTO(key, n, *s);
  return n;
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
