// The command-line tool's text output: codes, NAMEs, phrases, unofficial
// meanings, status lines and suggestions.
#include "cli_helpers.hpp"

using namespace cli_test;

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
  r = cli("expectation");
  CHECK(r.status == 1);
  CHECK(r.out == "httpstatus: no HTTP status code matches \"expectation\"; "
                 "did you mean 417 Expectation Failed?\n");
  // Nonsense gets no suggestion, nor does a code.
  CHECK(cli("xyzzy").out == "httpstatus: no HTTP status code matches \"xyzzy\"\n");
  CHECK(cli("9999").out == "httpstatus: no HTTP status code matches \"9999\"\n");
}
