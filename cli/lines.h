/* Lines from a file descriptor, one at a time, in bounded memory. */
#ifndef HTTPSTATUS_CLI_LINES_H
#define HTTPSTATUS_CLI_LINES_H

#include <stddef.h>

/* The longest line answered, in bytes, without its line ending. A query is
 * a few dozen bytes; a longer line is skipped as it streams past. */
#define LINE_MAX_BYTES 1024
/* Reads are this large; a partial line moved to the front leaves room. */
#define LINE_BUFFER_BYTES (64 * 1024)
#if LINE_BUFFER_BYTES <= 2 * LINE_MAX_BYTES
#error "the buffer must hold a line and room to read"
#endif

enum line_result {
  LINE_READ,     /* *line and *len hold the next line, without its '\n' */
  LINE_TOO_LONG, /* a line longer than LINE_MAX_BYTES was skipped */
  LINE_END,      /* no more input */
  LINE_ERROR     /* read() failed; errno says why */
};

struct line_reader {
  int fd;
  /* Called before each read() that may wait for input, so that output
   * written so far reaches its reader first. */
  void (*before_wait)(void *context);
  void *context;
  size_t start, end; /* buffered bytes not yet returned: buf[start..end) */
  int at_eof;
  int skipping; /* inside a line longer than LINE_MAX_BYTES */
  char buf[LINE_BUFFER_BYTES];
};

void line_reader_init(struct line_reader *r, int fd, void (*before_wait)(void *context),
                      void *context);

/* The next line. *line points into the reader's buffer and stays valid
 * until the next call. The last line needs no '\n'. */
enum line_result line_reader_next(struct line_reader *r, const char **line,
                                  size_t *len);

#endif
