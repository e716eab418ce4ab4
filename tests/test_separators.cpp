// The separators: the bytes the forgiving lookups drop while folding. The
// set is defined once, in data/statuses.py, and written into
// httpstatus_map.h as HTTPSTATUS_IS_SEPARATOR, from which the core builds
// its fold; these cases hold that definition, and both lookups that fold
// with it, to the set httpstatus.h documents.
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

namespace {

// httpstatus.h: "white space, '_', '-' and '\'' ignored", white space being
// ' ', '\t', '\n', '\v', '\f' and '\r'.
bool documented_separator(int byte) {
  return byte != 0 && std::strchr(" \t\n\v\f\r_-'", byte) != nullptr;
}

std::string with_byte(const char *before, int byte, const char *after) {
  return std::string(before) + static_cast<char>(byte) + after;
}

} // namespace

TEST_CASE("separators: the generated set is the documented one") {
  for (int byte = 0; byte < 256; byte++) {
    INFO("byte " << byte);
    CHECK(static_cast<bool>(HTTPSTATUS_IS_SEPARATOR(byte)) ==
          documented_separator(byte));
  }
}

TEST_CASE("separators: httpstatus_find drops exactly the separators") {
  for (int byte = 0; byte < 256; byte++) {
    INFO("byte " << byte);
    std::string text = with_byte("NOT", byte, "FOUND");
    const httpstatus *e = httpstatus_find(text.data(), text.size());
    CHECK(e == (documented_separator(byte) ? httpstatus_from_code(404) : nullptr));
  }
}

TEST_CASE("separators: httpstatus_unofficial_find drops exactly the separators") {
  const httpstatus *client_closed = httpstatus_unofficial_from_code(499);
  REQUIRE(client_closed != nullptr);
  REQUIRE(std::string(client_closed->name) == "CLIENT_CLOSED_REQUEST");
  for (int byte = 0; byte < 256; byte++) {
    INFO("byte " << byte);
    std::string text = with_byte("CLIENT", byte, "CLOSEDREQUEST");
    const httpstatus *e = httpstatus_unofficial_find(text.data(), text.size());
    CHECK(e == (documented_separator(byte) ? client_closed : nullptr));
  }
}
