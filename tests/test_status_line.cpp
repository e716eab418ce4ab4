// httpstatus_find reads a status line as logs print it: the version
// prefix, then the code-then-text rule.
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const httpstatus *find(const std::string &s) {
  std::vector<char> copy(s.begin(), s.end()); // exactly sized, for ASan
  return httpstatus_find(copy.data(), copy.size());
}

} // namespace

TEST_CASE("status lines are found", "[find][status_line]") {
  struct Case {
    const char *line;
    int code;
  };
  for (const Case &c : std::vector<Case>{
           {"HTTP/1.1 404 Not Found", 404},
           {"HTTP/2 404", 404},
           {"HTTP/1.0 200 OK", 200},
           {"HTTP/3 418 I'm a teapot", 418},
           {"HTTP/1.1 413 Request Entity Too Large", 413},
           {"HTTP/1.1 404 NOT_FOUND", 404},
           {"HTTP/1.1\t404\tNot Found", 404},
           {"  HTTP/1.1   503 Service Unavailable\r\n", 503},
           {"HTTP/9.9 100", 100},
       }) {
    INFO(c.line);
    const httpstatus *e = find(c.line);
    REQUIRE(e != nullptr);
    CHECK(e->code == c.code);
  }
}

TEST_CASE("malformed status lines are rejected", "[find][status_line][bad]") {
  for (const char *line : {
           "HTTP/1.1",
           "HTTP/1.1 ",
           "HTTP/2",
           "HTTP/",
           "HTTP",
           "HTTP/1.1 Not Found",
           "HTTP/1.1 OK",
           "HTTP/1.10 404",
           "HTTP/11 404",
           "HTTP/1. 404",
           "HTTP/.1 404",
           "HTTP/x 404",
           "HTTP/1.x 404",
           "http/1.1 404",
           "Http/1.1 404",
           "HTTP 404",
           "HTTP/1.1404",
           "HTTP/1.1_404",
           "HTTP/1.1 404 Gone",
           "HTTP/1.1 499",
           "HTTP/1.1 4040",
           "HTTP/1.1 -404",
           "HTTP/1.1 HTTP/1.1 404",
           "404 HTTP/1.1",
           "HTTP/1.1 404 Not Found HTTP/1.1",
           "xHTTP/1.1 404",
           "HTTP/1.1 404x",
           "HTTP/1.1 0404",
       }) {
    INFO(line);
    CHECK(find(line) == nullptr);
  }
}

TEST_CASE("status lines are read within their length", "[find][status_line][bad]") {
  const std::string line = "HTTP/1.1 404 Not Found";
  // Every prefix through an exactly sized copy: only "HTTP/1.1 404" and the
  // whole line name an entry.
  for (size_t n = 0; n <= line.size(); n++) {
    const std::string prefix = line.substr(0, n);
    INFO(prefix);
    const httpstatus *e = find(prefix);
    if (prefix == "HTTP/1.1 404" || prefix == "HTTP/1.1 404 " || prefix == line)
      CHECK(e == httpstatus_from_code(404));
    else
      CHECK(e == nullptr);
  }
  CHECK(httpstatus_find("HTTP/1.1 404 Not Found", 8) == nullptr);
  CHECK(find(std::string("HTTP/1.1\0 404", 13)) == nullptr);
  CHECK(find(std::string("HTTP/1.1 \0"
                         "404",
                         13)) == nullptr);
  CHECK(find("HTTP/1.1 \xff"
             "404") == nullptr);
}
