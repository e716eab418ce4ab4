// The command-line tool's exit statuses, standard input, --help and
// --version.
#include "cli_helpers.hpp"

using namespace cli_test;

TEST_CASE("cli: unknown queries exit 1 naming the query", "[cli]") {
  Run r = cli("999");
  CHECK(r.status == 1);
  CHECK(r.out == "httpstatus: no HTTP status code matches \"999\"\n");
  r = cli("404 nonsense");
  CHECK(r.status == 1);
  CHECK(r.out.find(cli("404").out) != std::string::npos);
  CHECK(r.out.find("\"nonsense\"") != std::string::npos);
  r = cli("-1");
  CHECK(r.status == 1);
  CHECK(r.out.find("\"-1\"") != std::string::npos);
  r = cli("-- --json");
  CHECK(r.status == 1);
  CHECK(r.out.find("\"--json\"") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
  for (const char *args : {"--bogus", "-x 404", "--list 9xx", "--list 404",
                           "--list=bogus", "--json=1 404", "--list 2xx 404"}) {
    INFO(args);
    Run r = cli(args);
    CHECK(r.status == 2);
    CHECK(r.out.find("usage: httpstatus") != std::string::npos);
  }
  CHECK(cli("--bogus").out.find("httpstatus: unknown option \"--bogus\"\n") == 0);
  CHECK(cli("-x").out.find("httpstatus: unknown option \"-x\"\n") == 0);
  CHECK(
      cli("--json=1").out.find("httpstatus: no argument is taken by \"--json=1\"\n") ==
      0);
  CHECK(
      cli("--list=9xx").out.find("httpstatus: no --list filter is called \"9xx\"\n") ==
      0);
}

TEST_CASE("cli: queries from standard input, one a line", "[cli]") {
  Run r = cli_with_input("404\\n500\\n", "");
  CHECK(r.status == 0);
  CHECK(r.out == cli("404 500").out);
  // The same with -, with --json, with CRLF and without a last line ending.
  CHECK(cli_with_input("404\\r\\n500", "-").out == r.out);
  CHECK(cli_with_input("404\\n999\\n413\\n", "--json").out ==
        cli("--json 404 999 413").out);
  // An empty line is a query that matches nothing.
  r = cli_with_input("404\\n\\n500\\n", "--json");
  CHECK(r.status == 1);
  CHECK(lines_of(r.out).at(1) == "{\"query\":\"\",\"match\":false}");
  // No input: nothing to answer.
  r = cli("");
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  // - among other queries is a query.
  r = cli("404 -");
  CHECK(r.status == 1);
  CHECK(r.out.find("matches \"-\"") != std::string::npos);
}

TEST_CASE("cli: an over-long line on standard input is skipped", "[cli]") {
  // 1025 bytes, one past the limit, then 404: the next line is answered.
  Run r = run("{ head -c 1025 /dev/zero | tr '\\0' 4; printf '\\n404\\n'; } | " +
              tool() + " --json");
  CHECK(r.status == 1);
  CHECK(r.out.find("httpstatus: line 1 is longer than 1024 bytes: skipped\n") !=
        std::string::npos);
  CHECK(r.out.find("{\"query\":null,\"match\":false,\"error\":\"line longer "
                   "than 1024 bytes\"}\n") != std::string::npos);
  CHECK(r.out.find("{\"query\":\"404\",\"match\":true,") != std::string::npos);
  CHECK(count_lines(r.out) == 3);
  // 1024 bytes is not too long: the line is a query (that matches nothing).
  r = run("head -c 1024 /dev/zero | tr '\\0' 4 | " + tool() + " --json");
  CHECK(r.status == 1);
  CHECK(r.out.find("{\"query\":\"4444") != std::string::npos);
  CHECK(r.out.find("longer") == std::string::npos);
}

TEST_CASE("cli: output that cannot be written exits 3", "[cli]") {
  // In a subshell, so that only stdout goes to the full device.
  for (const char *args : {"404", "--list", "--help", "--json 999"}) {
    INFO(args);
    Run r = run(tool() + " " + args + " >/dev/full");
    CHECK(r.status == 3);
    CHECK(r.out.find("httpstatus: cannot write the output: "
                     "No space left on device\n") != std::string::npos);
  }
  Run r = run("yes 404 | " + tool() + " >/dev/full");
  CHECK(r.status == 3);
}

TEST_CASE("cli: --help and --version", "[cli]") {
  Run r = cli("--help");
  CHECK(r.status == 0);
  CHECK(r.out.find("usage: httpstatus") == 0);
  // Every option, the exit statuses and what a closed pipe does.
  for (const char *text :
       {"-j, --json", "-l, --list[=FILTER]", "-h, --help", "-V, --version", "1xx..5xx",
        "unused", "retryable", "keeps_method", "unofficial", "registered",
        "Exit status: 0", "1 when one did not", "2 on a", "3\nwhen the output",
        "SIGPIPE", "longer than 1024 bytes", "did you mean",
        "HTTP/1.1 404 Not Found"}) {
    INFO(text);
    CHECK(r.out.find(text) != std::string::npos);
  }
  CHECK(cli("-h").out == r.out);
  CHECK(cli("404 --help").out == r.out);
  // The options it lists, each line "  OPTIONS  what they do", and only
  // those: a new option must be added here and to the help text.
  CHECK(help_options(r.out) ==
        std::vector<std::string>{"-j, --json", "-l, --list[=FILTER]", "-n, --names",
                                 "-t, --to=ECOSYSTEM", "-h, --help", "-V, --version"});
  r = cli("--version");
  CHECK(r.status == 0);
  CHECK(r.out == std::string("httpstatus ") + httpstatus_version() + "\n");
  CHECK(cli("-V").out == r.out);
}
