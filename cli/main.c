/* httpstatus: look up HTTP status codes from the command line. */
#include "cli.h"

#include <unistd.h>

int main(int argc, char **argv) {
  return httpstatus_cli_run(argc, argv, STDIN_FILENO, stdout, stderr);
}
