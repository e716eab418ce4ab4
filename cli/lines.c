/* Lines from a file descriptor, one at a time, in bounded memory. */
#include "lines.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

void line_reader_init(struct line_reader *r, int fd, void (*before_wait)(void *context),
                      void *context) {
  r->fd = fd;
  r->before_wait = before_wait;
  r->context = context;
  r->start = r->end = 0;
  r->at_eof = 0;
  r->skipping = 0;
}

enum line_result line_reader_next(struct line_reader *r, const char **line,
                                  size_t *len) {
  for (;;) {
    size_t buffered = r->end - r->start;
    const char *newline = memchr(r->buf + r->start, '\n', buffered);
    ssize_t got;

    if (newline) {
      *line = r->buf + r->start;
      *len = (size_t)(newline - *line);
      r->start += *len + 1;
      if (r->skipping || *len > LINE_MAX_BYTES) {
        r->skipping = 0;
        return LINE_TOO_LONG;
      }
      return LINE_READ;
    }
    /* No line ending in sight: a partial line too long already is
     * dropped, and so is the rest of it as it arrives. */
    if (r->skipping || buffered > LINE_MAX_BYTES) {
      r->skipping = 1;
      r->start = r->end = buffered = 0;
    }
    if (r->at_eof) {
      if (r->skipping) {
        r->skipping = 0;
        return LINE_TOO_LONG;
      }
      if (buffered == 0)
        return LINE_END;
      *line = r->buf + r->start;
      *len = buffered;
      r->start = r->end;
      return LINE_READ;
    }
    if (r->start > 0) {
      memmove(r->buf, r->buf + r->start, buffered);
      r->start = 0;
      r->end = buffered;
    }
    if (r->before_wait)
      r->before_wait(r->context);
    do
      got = read(r->fd, r->buf + r->end, sizeof r->buf - r->end);
    while (got < 0 && errno == EINTR);
    if (got < 0)
      return LINE_ERROR;
    if (got == 0)
      r->at_eof = 1;
    r->end += (size_t)got;
  }
}
