// The command-line tool and other ecosystems' identifiers: --to, --names,
// the JSON members and the status headers.
#include "cli_helpers.hpp"

using namespace cli_test;

TEST_CASE("cli: --to carries a code to an ecosystem's identifier", "[cli]") {
  Run r = cli("--to dotnet 307");
  CHECK(r.status == 0);
  CHECK(r.out == "HttpStatusCode.TemporaryRedirect\n");
  r = cli("--to go RedirectKeepVerb :unprocessable_entity");
  CHECK(r.status == 0);
  CHECK(r.out == "http.StatusTemporaryRedirect\nhttp.StatusUnprocessableEntity\n");
  r = cli("--to=rack HttpStatus.I_AM_A_TEAPOT");
  CHECK(r.status == 1); // Rack has no symbol for 418
  CHECK(r.out == "httpstatus: rack has no name for 418 I'm a Teapot\n");
  r = cli("--to spring 509");
  CHECK(r.status == 0); // a code alone: its first unofficial meaning
  CHECK(r.out == "HttpStatus.BANDWIDTH_LIMIT_EXCEEDED\n");
  r = cli("--to go 'not fund'");
  CHECK(r.status == 1);
  CHECK(r.out.find("no HTTP status code matches \"not fund\"; did you mean 404") !=
        std::string::npos);
  r = cli("--to cobol 404");
  CHECK(r.status == 2);
  CHECK(r.out.find("httpstatus: no ecosystem is called \"cobol\"") == 0);
}

TEST_CASE("cli: --to's ECOSYSTEM attached or in the next argument", "[cli]") {
  // Each form takes "go" as the value, never as a query.
  for (const char *args : {"--to go 404", "--to=go 404", "404 -t go", "-tgo 404",
                           "-jt go 404", "--t go -- 404"}) {
    INFO(args);
    Run r = cli(args);
    CHECK(r.status == 0);
    CHECK(r.out == "http.StatusNotFound\n");
  }
  for (const char *args : {"404 --to", "404 -t", "404 -jt"}) {
    INFO(args);
    Run r = cli(args);
    CHECK(r.status == 2);
    CHECK(r.out.find("httpstatus: --to needs an ECOSYSTEM\n") == 0);
  }
  Run r = cli("--to= 404");
  CHECK(r.status == 2);
  CHECK(r.out.find("httpstatus: no ecosystem is called \"\"\n") == 0);
}

TEST_CASE("cli: --names lists what every ecosystem calls the answer", "[cli]") {
  Run r = cli("--names 418");
  CHECK(r.status == 0);
  CHECK(r.out.find("[IM_A_TEAPOT; unused]\n  go: http.StatusTeapot\n") !=
        std::string::npos);
  CHECK(r.out.find("\n  spring: HttpStatus.I_AM_A_TEAPOT\n") != std::string::npos);
  CHECK(r.out.find("\n  requests: requests.codes.im_a_teapot, requests.codes.teapot, "
                   "requests.codes.i_am_a_teapot\n") != std::string::npos);
  CHECK(r.out.find("  dotnet:") == std::string::npos); // .NET leaves 418 out
  r = cli("--names 'Unused'");
  CHECK(r.out.find("\n  dotnet: HttpStatusCode.Unused\n") != std::string::npos);
  CHECK(cli("418").out.find("  go:") == std::string::npos);
}

TEST_CASE("cli: JSON holds identifiers and both URLs", "[cli]") {
  Run r = cli("--json I_AM_A_TEAPOT");
  CHECK(r.status == 0);
  CHECK(r.out.find("\"code\":418") != std::string::npos);
  CHECK(r.out.find(",\"identifiers\":{\"go\":[\"StatusTeapot\"],") !=
        std::string::npos);
  CHECK(r.out.find("\"spring\":[\"I_AM_A_TEAPOT\"]") != std::string::npos);
  CHECK(r.out.find("\"spec_url\":\"https://www.rfc-editor.org/rfc/"
                   "rfc9110#section-15.5.19\"") != std::string::npos);
  CHECK(r.out.find("\"mdn_url\":\"https://developer.mozilla.org/en-US/docs/Web/HTTP/"
                   "Reference/Status/418\"") != std::string::npos);
  r = cli("--json 104");
  CHECK(r.out.find("\"mdn_url\":null") != std::string::npos);
  r = cli("--json 499");
  CHECK(r.out.find("\"identifiers\":{\"requests\":[\"client_closed_request\"]},"
                   "\"spec_url\":null,\"mdn_url\":null") != std::string::npos);
}

TEST_CASE("cli: HTTP/2's and CGI's status headers", "[cli]") {
  Run r = cli("':status: 503' 'Status: 404 Not Found'");
  CHECK(r.status == 0);
  CHECK(r.out.find("503 Service Unavailable - ") == 0);
  CHECK(r.out.find("\n404 Not Found - ") != std::string::npos);
}
