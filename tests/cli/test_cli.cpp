// The command-line tool: output, JSON and exit statuses.
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

struct Run {
  std::string out; // stdout and stderr (their order varies: stdout is buffered)
  int status;      // exit status
};

// Runs a shell command line; args are given already quoted.
Run run(const std::string &command) {
  Run r{"", -1};
  FILE *p = popen((command + " 2>&1").c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    r.out.append(buf, n);
  const int wait_status = pclose(p);
  REQUIRE(WIFEXITED(wait_status));
  r.status = WEXITSTATUS(wait_status);
  return r;
}

Run cli(const std::string &args) {
  return run(std::string("'") + HTTPSTATUS_CLI + "' " + args);
}

std::string line_of(int code) {
  const httpstatus *e = httpstatus_from_code(code);
  return std::to_string(e->code) + " " + e->phrase + " - " + e->description +
         " (" + e->spec + ")\n";
}

// The options a help text lists: the start of each line that begins with
// two spaces and a dash, up to the two spaces before its description.
std::vector<std::string> help_options(const std::string &help) {
  std::vector<std::string> options;
  size_t start = 0;
  for (size_t end; (end = help.find('\n', start)) != std::string::npos;
       start = end + 1) {
    const std::string line = help.substr(start, end - start);
    if (line.compare(0, 3, "  -") == 0)
      options.push_back(line.substr(2, line.find("  ", 2) - 2));
  }
  return options;
}

size_t count_lines(const std::string &s) {
  size_t n = 0;
  for (char c : s)
    n += c == '\n';
  return n;
}

} // namespace

TEST_CASE("cli: a code, a NAME, a phrase", "[cli]") {
  Run r = cli("404");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "404 Not Found - Nothing matches the given URI (RFC 9110, Section 15.5.5)\n");
  r = cli("request_entity_too_large 'payload too large' NOT_FOUND");
  CHECK(r.status == 0);
  CHECK(r.out == line_of(413) + line_of(413) + line_of(404));
}

TEST_CASE("cli: --json", "[cli]") {
  Run r = cli("--json 413");
  CHECK(r.status == 0);
  CHECK(r.out.find("\"code\":413") != std::string::npos);
  CHECK(r.out.find("\"name\":\"CONTENT_TOO_LARGE\"") != std::string::npos);
  CHECK(r.out.find("\"phrase\":\"Content Too Large\"") != std::string::npos);
  CHECK(r.out.find("\"class\":\"client_error\"") != std::string::npos);
  CHECK(count_lines(r.out) == 1);
  CHECK(cli("413 --json").out == r.out);
}

TEST_CASE("cli: --json --list is valid JSON with every field", "[cli]") {
  // Python's json module parses each line and prints the fields back; they
  // must be the library's.
  const std::string check =
      "import json, sys\n"
      "for line in sys.stdin:\n"
      "    o = json.loads(line)\n"
      "    print(o['code'], o['name'], o['phrase'], o['description'], "
      "o['spec'], o['class'], o['registry'], ','.join(o['properties']), "
      "sep='|')\n";
  Run r = run(std::string("'") + HTTPSTATUS_CLI + "' --json --list | '" +
              PYTHON3 + "' -c \"" + check + "\"");
  REQUIRE(r.status == 0);
  std::string expected;
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    std::string flags;
    for (unsigned bit = 1; bit <= e->flags; bit <<= 1)
      if (e->flags & bit)
        flags += std::string(flags.empty() ? "" : ",") +
                 httpstatus_flag_name((httpstatus_flag)bit);
    expected += std::to_string(e->code) + "|" + e->name + "|" + e->phrase +
                "|" + e->description + "|" + e->spec + "|" +
                httpstatus_class_name(e->status_class) + "|" +
                httpstatus_registry_name(e->registry) + "|" + flags + "\n";
  }
  CHECK(r.out == expected);
}

TEST_CASE("cli: --list and --list Nxx", "[cli]") {
  Run all = cli("--list");
  CHECK(all.status == 0);
  CHECK(count_lines(all.out) == httpstatus_count());
  std::string every_line;
  for (size_t i = 0; i < httpstatus_count(); i++)
    every_line += line_of(httpstatus_at(i)->code);
  CHECK(all.out == every_line);
  for (int cls = 1; cls <= 5; cls++) {
    size_t expected = 0;
    for (size_t i = 0; i < httpstatus_count(); i++)
      expected += (int)httpstatus_at(i)->status_class == cls;
    Run r = cli("--list " + std::to_string(cls) + "xx");
    INFO(cls);
    CHECK(r.status == 0);
    CHECK(count_lines(r.out) == expected);
    CHECK(r.out[0] == '0' + cls);
    // Every line is the library's, in code order.
    std::string lines;
    for (size_t i = 0; i < httpstatus_count(); i++)
      if ((int)httpstatus_at(i)->status_class == cls)
        lines += line_of(httpstatus_at(i)->code);
    CHECK(r.out == lines);
  }
  CHECK(cli("--list 4XX").out == cli("--list 4xx").out);
}

TEST_CASE("cli: unknown queries exit 1 naming the query", "[cli]") {
  Run r = cli("999");
  CHECK(r.status == 1);
  CHECK(r.out == "httpstatus: no HTTP status code matches \"999\"\n");
  r = cli("404 nonsense");
  CHECK(r.status == 1);
  CHECK(r.out.find(line_of(404)) != std::string::npos);
  CHECK(r.out.find("\"nonsense\"") != std::string::npos);
  r = cli("-1");
  CHECK(r.status == 1);
  CHECK(r.out.find("\"-1\"") != std::string::npos);
  r = cli("-- --json");
  CHECK(r.status == 1);
  CHECK(r.out.find("\"--json\"") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
  for (const char *args : {"", "--bogus", "-x 404", "--list 9xx", "--list 404",
                           "--json"}) {
    INFO(args);
    Run r = cli(args);
    CHECK(r.status == 2);
    CHECK(r.out.find("usage: httpstatus") != std::string::npos);
  }
}

TEST_CASE("cli: output that cannot be written exits 3", "[cli]") {
  // In a subshell, so that only stdout goes to the full device.
  for (const char *args : {"404", "--list", "--help"}) {
    INFO(args);
    Run r = run(std::string("( '") + HTTPSTATUS_CLI + "' " + args +
                " >/dev/full )");
    CHECK(r.status == 3);
    CHECK(r.out == "httpstatus: cannot write the output\n");
  }
}

TEST_CASE("cli: --help and --version", "[cli]") {
  Run r = cli("--help");
  CHECK(r.status == 0);
  CHECK(r.out.find("usage: httpstatus") == 0);
  // The options it lists, each line "  OPTION  what it does", and only
  // those: a new option must be added here and to the help text.
  CHECK(help_options(r.out) ==
        std::vector<std::string>{"--json", "--list [Nxx]", "--help", "--version"});
  r = cli("--version");
  CHECK(r.status == 0);
  CHECK(r.out == std::string("httpstatus ") + httpstatus_version() + "\n");
}
