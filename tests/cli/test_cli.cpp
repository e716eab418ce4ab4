// The command-line tool: output, JSON, options, standard input and exit
// statuses.
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
  FILE *p = popen(("( " + command + " ) 2>&1").c_str(), "r");
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

const std::string tool = std::string("'") + HTTPSTATUS_CLI + "'";

// Standard input is empty unless the test says otherwise: with no query,
// the tool reads it (it is not a terminal).
Run cli(const std::string &args) { return run(tool + " " + args + " </dev/null"); }

// Runs the tool with input on standard input.
Run cli_with_input(const std::string &input, const std::string &args) {
  return run("printf '" + input + "' | " + tool + " " + args);
}

// Runs the tool and hands its stdout to a Python program.
Run cli_into_python(const std::string &args, const std::string &program) {
  return run(tool + " " + args + " </dev/null 2>/dev/null | '" + PYTHON3 + "' -c \"" +
             program + "\"");
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

std::vector<std::string> lines_of(const std::string &s) {
  std::vector<std::string> lines;
  size_t start = 0, end;
  while ((end = s.find('\n', start)) != std::string::npos) {
    lines.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The codes that start each line of the text output, in order.
std::vector<int> codes_of(const std::string &s) {
  std::vector<int> codes;
  for (const std::string &line : lines_of(s))
    codes.push_back(std::stoi(line));
  return codes;
}

std::string flags_of(const httpstatus *e) {
  std::string flags;
  for (unsigned bit = 1; bit <= e->flags; bit <<= 1)
    if (e->flags & bit)
      flags += std::string(flags.empty() ? "" : ",") +
               httpstatus_flag_name((httpstatus_flag)bit);
  return flags;
}

// Every field of an entry, as the Python programs below print them.
std::string fields_of(const httpstatus *e) {
  return std::to_string(e->code) + "|" + e->name + "|" + e->phrase + "|" +
         e->description + "|" + e->spec + "|" + httpstatus_class_name(e->status_class) +
         "|" + httpstatus_registry_name(e->registry) + "|" + e->origin + "|" +
         flags_of(e);
}

const std::string print_fields =
    "def fields(o):\n"
    "    return '|'.join(map(str, (o['code'], o['name'], o['phrase'], "
    "o['description'], o['spec'], o['class'], o['registry'], o['origin'], "
    "','.join(o['properties']))))\n";

// Every entry --list shows: registered ones and unofficial meanings, in
// code order, a registered entry before the unofficial meanings of its code.
std::vector<const httpstatus *> every_entry() {
  std::vector<const httpstatus *> entries;
  size_t j = 0;
  for (size_t i = 0; i < httpstatus_count(); i++) {
    for (; j < httpstatus_unofficial_count() &&
           httpstatus_unofficial_at(j)->code < httpstatus_at(i)->code;
         j++)
      entries.push_back(httpstatus_unofficial_at(j));
    entries.push_back(httpstatus_at(i));
  }
  for (; j < httpstatus_unofficial_count(); j++)
    entries.push_back(httpstatus_unofficial_at(j));
  return entries;
}

template <typename Keep> std::vector<int> codes_where(Keep keep) {
  std::vector<int> codes;
  for (const httpstatus *e : every_entry())
    if (keep(e))
      codes.push_back(e->code);
  return codes;
}

// An entry's line of text output, from the library's fields: the bracket
// holds the NAME, the registry status unless permanent (with the origin when
// unofficial), and the properties with spaces for underscores.
std::string line_of(const httpstatus *e) {
  std::string bracket = e->name;
  const char *sep = "; ";
  if (e->registry == HTTPSTATUS_REGISTRY_UNOFFICIAL) {
    bracket += std::string("; unofficial, ") + e->origin;
    sep = ", ";
  } else if (e->registry != HTTPSTATUS_REGISTRY_PERMANENT) {
    bracket += std::string("; ") + httpstatus_registry_name(e->registry);
    sep = ", ";
  }
  for (unsigned bit = 1; bit <= e->flags; bit <<= 1)
    if (e->flags & bit) {
      std::string flag = httpstatus_flag_name((httpstatus_flag)bit);
      for (char &c : flag)
        c = c == '_' ? ' ' : c;
      bracket += sep + flag;
      sep = ", ";
    }
  return std::to_string(e->code) + " " + e->phrase + " - " + e->description + " (" +
         e->spec + ") [" + bracket + "]\n";
}

// The meanings of an unregistered code, as the text output shows them.
std::string meanings_of(int code) {
  std::string text;
  for (size_t i = 0; i < httpstatus_unofficial_count(); i++) {
    const httpstatus *u = httpstatus_unofficial_at(i);
    if (u->code == code)
      text += std::to_string(code) + " " + u->phrase + " - " + u->description + " (" +
              u->spec + ") [" + u->name + "; unofficial, " + u->origin + "]\n";
  }
  return text;
}

} // namespace

TEST_CASE("cli: a code, a NAME, a phrase", "[cli]") {
  Run r = cli("404");
  CHECK(r.status == 0);
  CHECK(r.out == "404 Not Found - Nothing matches the given URI "
                 "(RFC 9110, Section 15.5.5) [NOT_FOUND; cacheable]\n");
  const std::string line_413 = "413 Content Too Large - Content is too large "
                               "(RFC 9110, Section 15.5.14) [CONTENT_TOO_LARGE]\n";
  r = cli("request_entity_too_large 'payload too large' content_too_large");
  CHECK(r.status == 0);
  CHECK(r.out == line_413 + line_413 + line_413);
}

TEST_CASE("cli: the bracket says registry status and properties", "[cli]") {
  // One code for each thing the bracket can say.
  const std::pair<int, const char *> expected[] = {
      {418, "[IM_A_TEAPOT; unused]"},
      {510, "[NOT_EXTENDED; obsoleted]"},
      {104, "[UPLOAD_RESUMPTION_SUPPORTED; temporary, no content, interim]"},
      {503, "[SERVICE_UNAVAILABLE; retryable]"},
      {307, "[TEMPORARY_REDIRECT; redirect, keeps method]"},
      {200, "[OK; cacheable]"},
      {500, "[INTERNAL_SERVER_ERROR]"},
  };
  for (const auto &row : expected) {
    const httpstatus *e = httpstatus_from_code(row.first);
    REQUIRE(e != nullptr);
    INFO(row.first);
    Run r = cli(std::to_string(row.first));
    CHECK(r.status == 0);
    CHECK(r.out == std::to_string(e->code) + " " + e->phrase + " - " + e->description +
                       " (" + e->spec + ") " + row.second + "\n");
  }
}

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
  Run r = cli_into_python("--json --list", "import json, sys\n" + print_fields +
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
      "import json, sys\n" + print_fields +
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

TEST_CASE("cli: an unregistered code: its class and unofficial meanings", "[cli]") {
  Run r = cli("499");
  CHECK(r.status == 0);
  CHECK(r.out == "499: not registered, in the client error class; "
                 "unofficial meanings:\n" +
                     meanings_of(499));
  CHECK(r.out.find("499 Client Closed Request - ") != std::string::npos);
  CHECK(r.out.find("; unofficial, nginx]\n") != std::string::npos);
  CHECK(r.out.find("499 Token Required - ") != std::string::npos);
  CHECK(r.out.find("; unofficial, Esri ArcGIS]\n") != std::string::npos);
  r = cli("521");
  CHECK(r.status == 0);
  CHECK(r.out.find("521 Web Server Is Down - ") != std::string::npos);
  CHECK(r.out.find("; unofficial, Cloudflare]\n") != std::string::npos);
  // 451: the registered entry, then the unofficial meaning.
  r = cli("451");
  CHECK(r.status == 0);
  CHECK(r.out.find(cli("'unavailable for legal reasons'").out) == 0);
  CHECK(r.out.substr(r.out.find('\n') + 1) == meanings_of(451));
  // 466: only a class, which is no match.
  r = cli("466");
  CHECK(r.status == 1);
  CHECK(r.out == "466: not registered, in the client error class; "
                 "no unofficial meaning known\n");
  CHECK(cli("'HTTP/1.1 499'").out == cli("499").out);
  CHECK(cli("' 306 '").out.find("306 Switch Proxy - ") != std::string::npos);
}

TEST_CASE("cli: text finds an unofficial meaning, a status line, a suggestion",
          "[cli]") {
  Run r = cli("'client closed request' TOKEN_REQUIRED '499 token required'");
  CHECK(r.status == 0);
  const std::string both = meanings_of(499);
  const std::string esri = both.substr(both.find('\n') + 1);
  CHECK(r.out == both + esri);
  r = cli("'HTTP/1.1 404 Not Found' 'HTTP/2 404'");
  CHECK(r.status == 0);
  CHECK(r.out == cli("404 404").out);
  r = cli("'not fund'");
  CHECK(r.status == 1);
  CHECK(r.out == "httpstatus: no HTTP status code matches \"not fund\"; "
                 "did you mean 404 Not Found?\n");
  r = cli("teapot");
  CHECK(r.status == 1);
  CHECK(r.out == "httpstatus: no HTTP status code matches \"teapot\"; "
                 "did you mean 418 I'm a Teapot?\n");
  // Nonsense gets no suggestion, nor does a code.
  CHECK(cli("xyzzy").out == "httpstatus: no HTTP status code matches \"xyzzy\"\n");
  CHECK(cli("9999").out == "httpstatus: no HTTP status code matches \"9999\"\n");
}

TEST_CASE("cli: --json of unofficial meanings and suggestions, every field", "[cli]") {
  Run r = cli_into_python(
      "--json 499 466 'client closed request' 451 'not fund' xyzzy",
      "import json, sys\n" + print_fields +
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
  Run r = run("{ head -c 1025 /dev/zero | tr '\\0' 4; printf '\\n404\\n'; } | " + tool +
              " --json");
  CHECK(r.status == 1);
  CHECK(r.out.find("httpstatus: line 1 is longer than 1024 bytes: skipped\n") !=
        std::string::npos);
  CHECK(r.out.find("{\"query\":null,\"match\":false,\"error\":\"line longer "
                   "than 1024 bytes\"}\n") != std::string::npos);
  CHECK(r.out.find("{\"query\":\"404\",\"match\":true,") != std::string::npos);
  CHECK(count_lines(r.out) == 3);
  // 1024 bytes is not too long: the line is a query (that matches nothing).
  r = run("head -c 1024 /dev/zero | tr '\\0' 4 | " + tool + " --json");
  CHECK(r.status == 1);
  CHECK(r.out.find("{\"query\":\"4444") != std::string::npos);
  CHECK(r.out.find("longer") == std::string::npos);
}

TEST_CASE("cli: output that cannot be written exits 3", "[cli]") {
  // In a subshell, so that only stdout goes to the full device.
  for (const char *args : {"404", "--list", "--help", "--json 999"}) {
    INFO(args);
    Run r = run(tool + " " + args + " >/dev/full");
    CHECK(r.status == 3);
    CHECK(r.out.find("httpstatus: cannot write the output: "
                     "No space left on device\n") != std::string::npos);
  }
  Run r = run("yes 404 | " + tool + " >/dev/full");
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
  CHECK(help_options(r.out) == std::vector<std::string>{"-j, --json",
                                                        "-l, --list[=FILTER]",
                                                        "-h, --help", "-V, --version"});
  r = cli("--version");
  CHECK(r.status == 0);
  CHECK(r.out == std::string("httpstatus ") + httpstatus_version() + "\n");
  CHECK(cli("-V").out == r.out);
}
