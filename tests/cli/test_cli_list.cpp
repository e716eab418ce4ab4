// The command-line tool's --list: every entry, its filters and forms.
#include "cli_helpers.hpp"

using namespace cli_test;

TEST_CASE("cli: --list, with every kind of filter", "[cli]") {
  Run all = cli("--list");
  CHECK(all.status == 0);
  CHECK(codes_of(all.out) == codes_where([](const httpstatus *) { return true; }));
  std::string every_line;
  for (const httpstatus *e : every_entry())
    every_line += line_of(e);
  CHECK(all.out == every_line);
  for (int cls = 1; cls <= 5; cls++) {
    Run r = cli("--list " + std::to_string(cls) + "xx");
    INFO(cls);
    CHECK(r.status == 0);
    CHECK(codes_of(r.out) == codes_where([cls](const httpstatus *e) {
            return (int)e->status_class == cls;
          }));
    CHECK(r.out[0] == '0' + cls);
    // Every line is the library's, in code order.
    std::string lines;
    for (const httpstatus *e : every_entry())
      if ((int)e->status_class == cls)
        lines += line_of(e);
    CHECK(r.out == lines);
  }
  CHECK(cli("--list unused").out == cli("418").out);
  CHECK(codes_of(cli("--list retryable").out) == codes_where([](const httpstatus *e) {
          return (e->flags & HTTPSTATUS_FLAG_RETRYABLE) != 0;
        }));
  // Classes and registry statuses: any of those named; properties: all.
  CHECK(codes_of(cli("--list 4xx 5xx").out) ==
        codes_where([](const httpstatus *e) { return e->code >= 400; }));
  CHECK(codes_of(cli("--list redirect keeps_method").out) ==
        std::vector<int>{307, 308});
  CHECK(codes_of(cli("--list temporary obsoleted").out) ==
        codes_where([](const httpstatus *e) {
          return e->registry == HTTPSTATUS_REGISTRY_TEMPORARY ||
                 e->registry == HTTPSTATUS_REGISTRY_OBSOLETED;
        }));
  CHECK(cli("--list 1xx retryable").out.empty());
  // Unofficial meanings, and registered entries only.
  std::string unofficial;
  for (size_t i = 0; i < httpstatus_unofficial_count(); i++)
    if (i == 0 ||
        httpstatus_unofficial_at(i - 1)->code != httpstatus_unofficial_at(i)->code)
      unofficial += meanings_of(httpstatus_unofficial_at(i)->code);
  CHECK(cli("--list unofficial").out == unofficial);
  CHECK(count_lines(unofficial) == httpstatus_unofficial_count());
  CHECK(codes_of(cli("--list registered").out) == codes_where([](const httpstatus *e) {
          return e->registry != HTTPSTATUS_REGISTRY_UNOFFICIAL;
        }));
  CHECK(codes_of(cli("--list 5xx unofficial").out) ==
        codes_where([](const httpstatus *e) {
          return e->registry == HTTPSTATUS_REGISTRY_UNOFFICIAL && e->code >= 500;
        }));
}

TEST_CASE("cli: --list forms, and options in any order", "[cli]") {
  const std::string expected = cli("--list 4xx").out;
  REQUIRE(count_lines(expected) > 20);
  for (const char *args : {"--list=4xx", "-l4xx", "-l 4xx", "4xx --list", "--list 4XX",
                           "--li 4xx", "--list=4xx 4xx"}) {
    INFO(args);
    Run r = cli(args);
    CHECK(r.status == 0);
    CHECK(r.out == expected);
  }
  const std::string json = cli("--json --list 2xx").out;
  REQUIRE(count_lines(json) > 5);
  for (const char *args : {"--list --json 2xx", "--list 2xx --json",
                           "2xx --json --list", "-jl2xx", "--json --list=2xx"}) {
    INFO(args);
    CHECK(cli(args).out == json);
  }
  CHECK(cli("--list 'Keeps Method'").out == cli("--list keeps-method").out);
  CHECK(cli("--list keeps-method").out == cli("307 308").out);
  CHECK(cli("404 --json 500").out == cli("--json 404 500").out);
  CHECK(cli("--json -- 404").out == cli("--json 404").out);
}
