/* httpstatus: look up HTTP status codes from the command line. */
#include "cli.h"

#include <unistd.h>

int main(int argc, char **argv) {
  /* Messages a line at a time: unbuffered, each character of a message
   * would be a write of its own, and a million misses take seconds. (Should
   * setvbuf fail, they stay unbuffered: slower, still right.) */
  static char message_buffer[BUFSIZ];
  (void)setvbuf(stderr, message_buffer, _IOLBF, sizeof message_buffer);
  return httpstatus_cli_run(argc, argv, STDIN_FILENO, stdout, stderr);
}
