// The command-line tool's --json output: valid JSON with every field, one
// answer per query.
#include "cli_helpers.hpp"

using namespace cli_test;

TEST_CASE("cli: --json", "[cli]") {
  Run r = cli("--json 413");
  CHECK(r.status == 0);
  CHECK(r.out.find("{\"query\":\"413\",\"match\":true,") == 0);
  CHECK(r.out.find("\"code\":413") != std::string::npos);
  CHECK(r.out.find("\"name\":\"CONTENT_TOO_LARGE\"") != std::string::npos);
  CHECK(r.out.find("\"phrase\":\"Content Too Large\"") != std::string::npos);
  CHECK(r.out.find("\"class\":\"client_error\"") != std::string::npos);
  CHECK(count_lines(r.out) == 1);
  CHECK(cli("413 --json").out == r.out);
  CHECK(cli("-j 413").out == r.out);
}

TEST_CASE("cli: --json --list is valid JSON with every field", "[cli]") {
  // Python's json module parses each line and prints the fields back; they
  // must be the library's.
  Run r = cli_into_python("--json --list", "import json, sys\n" + print_fields() +
                                               "for line in sys.stdin:\n"
                                               "    print(fields(json.loads(line)))\n");
  REQUIRE(r.status == 0);
  std::string expected;
  for (const httpstatus *e : every_entry())
    expected += fields_of(e) + "\n";
  CHECK(r.out == expected);
  CHECK(count_lines(r.out) == httpstatus_count() + httpstatus_unofficial_count());
}

TEST_CASE("cli: --json answers every query, in order, with every field", "[cli]") {
  // Three objects for three queries, the miss in the middle included.
  Run r = cli_into_python(
      "--json 404 999 413 not_found",
      "import json, sys\n" + print_fields() +
          "for line in sys.stdin:\n"
          "    o = json.loads(line)\n"
          "    print(o['query'], o['match'], fields(o) if o['match'] else '-')\n");
  CHECK(r.status == 0);
  CHECK(r.out == "404 True " + fields_of(httpstatus_from_code(404)) + "\n" +
                     "999 False -\n" + "413 True " +
                     fields_of(httpstatus_from_code(413)) + "\n" + "not_found True " +
                     fields_of(httpstatus_from_code(404)) + "\n");
  r = cli("--json 404 999 413");
  CHECK(r.status == 1);
  CHECK(count_lines(r.out) == 3);
  CHECK(r.out.find("{\"query\":\"999\",\"match\":false}\n") != std::string::npos);
}

TEST_CASE("cli: --json of unofficial meanings and suggestions, every field", "[cli]") {
  Run r = cli_into_python(
      "--json 499 466 'client closed request' 451 'not fund' xyzzy",
      "import json, sys\n" + print_fields() +
          "for line in sys.stdin:\n"
          "    o = json.loads(line)\n"
          "    print(o['query'], o['match'], o.get('code'), o.get('class'), "
          "o.get('name'), len(o.get('unofficial', [])), "
          "fields(o['suggestion']) if 'suggestion' in o else '-')\n"
          "    for u in o.get('unofficial', []):\n"
          "        print(' ', fields(u))\n");
  CHECK(r.status == 0);
  std::string expected = "499 True 499 client_error None 2 -\n";
  for (size_t i = 0; i < httpstatus_unofficial_count(); i++)
    if (httpstatus_unofficial_at(i)->code == 499)
      expected += "  " + fields_of(httpstatus_unofficial_at(i)) + "\n";
  expected += "466 False 466 client_error None 0 -\n";
  expected += "client closed request True 499 client_error None 1 -\n  " +
              fields_of(httpstatus_unofficial_find("client closed request", 21)) + "\n";
  expected += "451 True 451 client_error UNAVAILABLE_FOR_LEGAL_REASONS 1 -\n  " +
              fields_of(httpstatus_unofficial_from_code(451)) + "\n";
  expected +=
      "not fund False None None None 0 " + fields_of(httpstatus_from_code(404)) + "\n";
  expected += "xyzzy False None None None 0 -\n";
  CHECK(r.out == expected);
}
