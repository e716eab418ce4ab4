// The separators: the bytes the forgiving lookups drop while folding. The
// set is defined once, in data/statuses.py, and written into
// httpstatus_map.h as HTTPSTATUS_IS_SEPARATOR, from which the core builds
// its fold; these cases hold that definition, and both lookups that fold
// with it, to the set httpstatus.h documents. httpstatus_find first looks
// the text up as spelled, in any case and with '_' for ' ', without
// folding: the last case holds that try to the fold's answers.
#include "httpstatus.h"
#include "support/oracle.h"

#include <catch2/catch.hpp>

#include <cctype>
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

namespace {

// text in lower and in upper case, then with each byte in turn replaced by
// the bytes a case- or separator-blind compare could take for it: its other
// case, '_' and ' ' for each other, control bytes one bit away, DEL and
// bytes above 0x7f; lookup must answer each as oracle does.
template <typename Lookup, typename Oracle>
void check_spellings(const char *spelling, const httpstatus *entry, Lookup lookup,
                     Oracle oracle) {
  for (int (*to_case)(int) : {tolower, toupper}) {
    std::string text(spelling);
    for (char &c : text)
      c = static_cast<char>(to_case(static_cast<unsigned char>(c)));
    CHECK(lookup(text.data(), text.size()) == entry);
    for (size_t i = 0; i < text.size(); i++) {
      const int was = static_cast<unsigned char>(text[i]);
      for (int byte :
           {was ^ 0x20, was ^ ('_' ^ ' '), was & 0x1f, was | 0x20, was & ~0x20, 0,
            int{'_'}, int{' '}, int{'-'}, 0x7f, 0x80 | was, 0xff}) {
        std::string changed = text;
        changed[i] = static_cast<char>(byte);
        INFO("\"" << changed << "\" (byte " << byte << " at " << i << ")");
        CHECK(lookup(changed.data(), changed.size()) ==
              oracle(changed.data(), changed.size()));
      }
    }
  }
}

} // namespace

TEST_CASE("separators: a spelling changed in one byte is found as the fold finds it") {
  oracle_key key{};
  for (size_t k = 0; oracle_key_at(k, &key); k++)
    check_spellings(key.text, key.entry, httpstatus_find, oracle_find);
  for (size_t i = 0; i < httpstatus_unofficial_count(); i++) {
    const httpstatus *meaning = httpstatus_unofficial_at(i);
    for (const char *text : {meaning->name, meaning->phrase})
      check_spellings(text, meaning, httpstatus_unofficial_find,
                      oracle_unofficial_find);
  }
}
