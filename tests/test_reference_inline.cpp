// The data checked against facts written into this file by hand, from the
// registry and RFC 9110, independently of data/statuses.toml; the tables
// of tests/reference/ (test_reference_tables.cpp) carry the rest, row by
// row.
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace {

// An independent transcription of the page, kept by hand on purpose: it
// checks the data rather than repeating it. Adding a status code means
// updating these sets and expected_registry too.
const std::set<int> cacheable = {200, 203, 204, 206, 300, 301,
                                 308, 404, 405, 410, 414, 501};
const std::set<int> no_content_besides_1xx = {204, 205, 304};
const std::set<int> redirect = {301, 302, 303, 307, 308};
const std::set<int> keeps_method = {307, 308};
const std::set<int> retryable = {408, 425, 429, 502, 503, 504};

unsigned expected_flags(int code) {
  const bool interim = code / 100 == 1;
  unsigned flags = 0;
  if (cacheable.count(code))
    flags |= HTTPSTATUS_FLAG_CACHEABLE;
  if (interim || no_content_besides_1xx.count(code))
    flags |= HTTPSTATUS_FLAG_NO_CONTENT;
  if (redirect.count(code))
    flags |= HTTPSTATUS_FLAG_REDIRECT;
  if (keeps_method.count(code))
    flags |= HTTPSTATUS_FLAG_KEEPS_METHOD;
  if (retryable.count(code))
    flags |= HTTPSTATUS_FLAG_RETRYABLE;
  if (interim)
    flags |= HTTPSTATUS_FLAG_INTERIM;
  return flags;
}

httpstatus_registry expected_registry(int code) {
  switch (code) {
  case 104: return HTTPSTATUS_REGISTRY_TEMPORARY;
  case 418: return HTTPSTATUS_REGISTRY_UNUSED;
  case 510: return HTTPSTATUS_REGISTRY_OBSOLETED;
  default: return HTTPSTATUS_REGISTRY_PERMANENT;
  }
}

const httpstatus *code_of_name(const std::string &s) {
  return httpstatus_from_name(s.data(), s.size());
}
const httpstatus *code_of_phrase(const std::string &s) {
  return httpstatus_from_phrase(s.data(), s.size());
}

} // namespace

TEST_CASE("CPython's 62 members plus 104, and no 306", "[reference]") {
  // Transcribed by hand, independently of the data: update it when a status
  // code is added.
  CHECK(httpstatus_count() == 63);
  CHECK(httpstatus_from_code(104) != nullptr);
  CHECK(httpstatus_from_code(306) == nullptr);
}

TEST_CASE("class, registry status and properties of every entry", "[reference]") {
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    INFO(e->code << " " << e->name);
    CHECK((int)e->status_class == e->code / 100);
    CHECK(e->registry == expected_registry(e->code));
    CHECK(e->flags == expected_flags(e->code));
  }
}

TEST_CASE("RFC 9110 names and their old names", "[reference]") {
  const httpstatus *e413 = httpstatus_from_code(413);
  REQUIRE(e413 != nullptr);
  CHECK(std::string(e413->name) == "CONTENT_TOO_LARGE");
  CHECK(std::string(e413->phrase) == "Content Too Large");
  CHECK(code_of_name("REQUEST_ENTITY_TOO_LARGE") == e413);
  CHECK(code_of_name("REQUEST_URI_TOO_LONG") == httpstatus_from_code(414));
  CHECK(code_of_name("REQUESTED_RANGE_NOT_SATISFIABLE") == httpstatus_from_code(416));
  CHECK(code_of_name("UNPROCESSABLE_ENTITY") == httpstatus_from_code(422));
}

TEST_CASE("old phrases still sent by deployed stacks", "[reference]") {
  const struct {
    const char *phrase;
    int code;
  } old[] = {{"Request Entity Too Large", 413},
             {"Payload Too Large", 413},
             {"Request-URI Too Long", 414},
             {"Request URI Too Long", 414},
             {"Requested Range Not Satisfiable", 416},
             {"Unprocessable Entity", 422},
             {"Moved Temporarily", 302},
             {"Request Time-out", 408},
             {"Gateway Time-out", 504}};
  for (const auto &o : old) {
    INFO(o.phrase);
    CHECK(code_of_phrase(o.phrase) == httpstatus_from_code(o.code));
  }
  // Other stacks' letter case, through the forgiving lookup.
  CHECK(httpstatus_find("I'm a teapot", 12) == httpstatus_from_code(418));
  CHECK(httpstatus_find("HTTP Version not supported", 26) == httpstatus_from_code(505));
}
