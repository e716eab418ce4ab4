// Every lookup, driven by the library's own data: each entry, old name and
// old phrase must be found by every route that should find it, and nothing
// else may be.
#include "httpstatus.h"
#include "support/spellings.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

const httpstatus *from_name(const std::string &s) {
  return httpstatus_from_name(s.data(), s.size());
}
const httpstatus *from_phrase(const std::string &s) {
  return httpstatus_from_phrase(s.data(), s.size());
}
const httpstatus *find(const std::string &s) {
  return httpstatus_find(s.data(), s.size());
}

struct OldName {
  int code;
  const char *old_name, *canonical;
  int constant;
};
const OldName old_names[] = {
#define OLD_NAME(code, OLD, CANONICAL) {code, #OLD, #CANONICAL, HTTPSTATUS_##OLD},
    HTTPSTATUS_OLD_NAME_MAP(OLD_NAME)
#undef OLD_NAME
};

struct OldPhrase {
  int code;
  const char *phrase;
};
const OldPhrase old_phrases[] = {
#define OLD_PHRASE(code, phrase) {code, phrase},
    HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE)
#undef OLD_PHRASE
};

// The entry whose canonical or old NAME (phrase) is exactly s, by a linear
// scan: what the exact lookups must answer.
const httpstatus *name_spelled_by(const std::string &s) {
  for (size_t i = 0; i < httpstatus_count(); i++)
    if (s == httpstatus_at(i)->name)
      return httpstatus_at(i);
  for (const OldName &old : old_names)
    if (s == old.old_name)
      return httpstatus_from_code(old.code);
  return nullptr;
}
const httpstatus *phrase_spelled_by(const std::string &s) {
  for (size_t i = 0; i < httpstatus_count(); i++)
    if (s == httpstatus_at(i)->phrase)
      return httpstatus_at(i);
  for (const OldPhrase &old : old_phrases)
    if (s == old.phrase)
      return httpstatus_from_code(old.code);
  return nullptr;
}

// A value and its name, as the header documents it.
struct Named {
  int value;
  const char *name;
};
template <size_t N> const char *name_in(const Named (&table)[N], int value) {
  for (const Named &n : table)
    if (n.value == value)
      return n.name;
  return nullptr;
}
// A name as the checks compare and print it; NULL as "(NULL)", which no
// name is.
std::string shown(const char *name) { return name ? name : "(NULL)"; }

} // namespace

TEST_CASE("entries are in code order and counted", "[iterate]") {
  REQUIRE(httpstatus_count() == HTTPSTATUS_COUNT);
  int previous = 0;
  size_t i = 0;
  for (const httpstatus *e; (e = httpstatus_at(i)) != nullptr; i++) {
    CHECK(e->code > previous);
    previous = e->code;
  }
  CHECK(i == httpstatus_count());
  CHECK(httpstatus_at(httpstatus_count()) == nullptr);
  CHECK(httpstatus_at((size_t)-1) == nullptr);
}

TEST_CASE("every entry round-trips through every lookup", "[lookup]") {
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    const std::string name = e->name, phrase = e->phrase;
    const std::string code = std::to_string(e->code);
    INFO(code << " " << name);
    CHECK(httpstatus_from_code(e->code) == e);
    CHECK(from_name(name) == e);
    CHECK(from_phrase(phrase) == e);
    CHECK(find(code) == e);
    CHECK(find(name) == e);
    CHECK(find(phrase) == e);
    CHECK(find(lower(name)) == e);
    CHECK(find(lower(phrase)) == e);
    CHECK(find(camel(name)) == e);
    CHECK(find(" \t" + phrase + "\r\n") == e);
    CHECK(find(code + " " + phrase) == e);
    CHECK(find(code + " " + lower(name)) == e);
  }
}

TEST_CASE("every entry's fields are filled in", "[lookup]") {
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    INFO(e->code);
    CHECK(e->code >= 100);
    CHECK(e->code <= 599);
    CHECK(e->status_class == httpstatus_class_of(e->code));
    CHECK(httpstatus_class_name(e->status_class) != nullptr);
    CHECK(httpstatus_registry_name(e->registry) != nullptr);
    CHECK(std::strlen(e->name) > 0);
    CHECK(std::strlen(e->phrase) > 0);
    CHECK(std::strlen(e->description) > 0);
    CHECK(std::strlen(e->spec) > 0);
  }
}

TEST_CASE("the constants are the codes", "[constants]") {
#define CHECK_CONSTANT(code, NAME, ...)                                                \
  CHECK(HTTPSTATUS_##NAME == code);                                                    \
  CHECK(std::string(httpstatus_from_code(code)->name) == #NAME);
  HTTPSTATUS_MAP(CHECK_CONSTANT)
#undef CHECK_CONSTANT
  CHECK(HTTPSTATUS_NOT_FOUND == 404);
  CHECK(HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE == HTTPSTATUS_CONTENT_TOO_LARGE);
}

TEST_CASE("old names resolve to their canonical entry", "[old]") {
  for (const OldName &old : old_names) {
    const httpstatus *e = httpstatus_from_code(old.code);
    INFO(old.old_name);
    REQUIRE(e != nullptr);
    CHECK(std::string(e->name) == old.canonical);
    CHECK(old.constant == old.code);
    CHECK(from_name(old.old_name) == e);
    CHECK(find(old.old_name) == e);
    CHECK(find(lower(old.old_name)) == e);
    CHECK(from_phrase(old.old_name) == nullptr);
  }
}

TEST_CASE("old phrases resolve to their canonical entry", "[old]") {
  for (const OldPhrase &old : old_phrases) {
    const httpstatus *e = httpstatus_from_code(old.code);
    INFO(old.phrase);
    REQUIRE(e != nullptr);
    CHECK(std::string(e->phrase) != old.phrase);
    CHECK(from_phrase(old.phrase) == e);
    CHECK(find(old.phrase) == e);
    CHECK(find(lower(old.phrase)) == e);
    CHECK(from_name(old.phrase) == nullptr);
  }
}

TEST_CASE("exact lookups are exact", "[lookup]") {
  CHECK(from_name("not_found") == nullptr);
  CHECK(from_name("NOT_FOUN") == nullptr);
  CHECK(from_name("NOT_FOUNDS") == nullptr);
  CHECK(from_name(" NOT_FOUND") == nullptr);
  CHECK(from_name("Not Found") == nullptr);
  CHECK(from_phrase("not found") == nullptr);
  CHECK(from_phrase("Not Found ") == nullptr);
  CHECK(from_phrase("NOT_FOUND") == nullptr);
  CHECK(from_phrase("Not  Found") == nullptr);
}

TEST_CASE("codes without an entry return NULL", "[code][bad]") {
  for (int code : {INT_MIN, -404, -1, 0, 1, 99, 105, 199, 306, 309, 420, 600, 999, 1000,
                   100404, INT_MAX})
    CHECK(httpstatus_from_code(code) == nullptr);
  CHECK(httpstatus_from_code(100) != nullptr);
  CHECK(httpstatus_from_code(511) != nullptr);
}

TEST_CASE("text lookups reject bad input", "[bad]") {
  using lookup = const httpstatus *(*)(const char *, size_t);
  const std::string huge(1 << 20, 'A');
  const std::string huge_spaces = std::string(1 << 20, ' ') + "404";
  const std::string nul_after("NOT_FOUND\0", 10), nul_inside("NOT\0FOUND", 9);
  const std::string nul_before("\0NOT_FOUND", 10), high("NOT_FOUND\xff", 10);
  for (lookup f : {httpstatus_from_name, httpstatus_from_phrase, httpstatus_find}) {
    CHECK(f(nullptr, 0) == nullptr);
    CHECK(f(nullptr, 9) == nullptr);
    CHECK(f("NOT_FOUND", 0) == nullptr);
    CHECK(f(huge.data(), huge.size()) == nullptr);
    CHECK(f(nul_after.data(), nul_after.size()) == nullptr);
    CHECK(f(nul_inside.data(), nul_inside.size()) == nullptr);
    CHECK(f(nul_before.data(), nul_before.size()) == nullptr);
    CHECK(f(high.data(), high.size()) == nullptr);
    CHECK(f("\x80\x81\xfe\xff", 4) == nullptr);
  }
  // White space around a code is ignored however long it is.
  CHECK(find(huge_spaces) == httpstatus_from_code(404));
  // Letters at every length up to well past the longest key, each in a
  // block of its own size: whatever part of a step of the folding is left
  // over, a key grown past the longest stops it before it writes past its
  // buffer (the sanitizer run catches a write that does not stop).
  for (size_t len = 1; len <= 80; len++) {
    const std::vector<char> letters(len, 'x');
    INFO(len << " letters");
    CHECK(httpstatus_find(letters.data(), len) == nullptr);
  }
}

TEST_CASE("inputs need no NUL terminator and are read within their length", "[bad]") {
  // Exactly sized heap copies: a read past the end is caught by
  // AddressSanitizer in the sanitizer run of the suite.
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    const std::vector<char> name(e->name, e->name + std::strlen(e->name));
    const std::vector<char> phrase(e->phrase, e->phrase + std::strlen(e->phrase));
    INFO(e->name);
    CHECK(httpstatus_from_name(name.data(), name.size()) == e);
    CHECK(httpstatus_from_phrase(phrase.data(), phrase.size()) == e);
    CHECK(httpstatus_find(name.data(), name.size()) == e);
    CHECK(httpstatus_find(phrase.data(), phrase.size()) == e);
    // Every proper prefix, in a copy of its own length, is read within that
    // length: the exact lookups find only a key spelled by the prefix, and
    // no lookup finds the entry the whole text names, unless an ecosystem
    // calls it that ("Partial", requests' 206).
    for (const std::vector<char> *text : {&name, &phrase})
      for (size_t n = 1; n < text->size(); n++) {
        const std::string prefix(text->data(), n);
        const std::vector<char> copy(prefix.begin(), prefix.end());
        INFO("prefix \"" << prefix << "\"");
        CHECK(httpstatus_from_name(copy.data(), n) == name_spelled_by(prefix));
        CHECK(httpstatus_from_phrase(copy.data(), n) == phrase_spelled_by(prefix));
        CHECK((httpstatus_find(copy.data(), n) != e || ecosystem_calls(e, prefix)));
      }
  }
}

TEST_CASE("status lines are read within their length", "[find][status_line][bad]") {
  // Each text in an exactly sized copy, for AddressSanitizer.
  auto find_exact = [](const std::string &s) {
    const std::vector<char> copy(s.begin(), s.end());
    return httpstatus_find(copy.data(), copy.size());
  };
  const std::string line = "HTTP/1.1 404 Not Found";
  // Every prefix: only "HTTP/1.1 404" and the whole line name an entry.
  for (size_t n = 0; n <= line.size(); n++) {
    const std::string prefix = line.substr(0, n);
    INFO(prefix);
    const httpstatus *e = find_exact(prefix);
    if (prefix == "HTTP/1.1 404" || prefix == "HTTP/1.1 404 " || prefix == line)
      CHECK(e == httpstatus_from_code(404));
    else
      CHECK(e == nullptr);
  }
  CHECK(httpstatus_find("HTTP/1.1 404 Not Found", 8) == nullptr);
  CHECK(find_exact(std::string("HTTP/1.1\0 404", 13)) == nullptr);
  CHECK(find_exact(std::string("HTTP/1.1 \0"
                               "404",
                               13)) == nullptr);
  CHECK(find_exact("HTTP/1.1 \xff"
                   "404") == nullptr);
}

TEST_CASE("class of any integer", "[class]") {
  CHECK(httpstatus_class_of(100) == HTTPSTATUS_CLASS_INFORMATIONAL);
  CHECK(httpstatus_class_of(199) == HTTPSTATUS_CLASS_INFORMATIONAL);
  CHECK(httpstatus_class_of(299) == HTTPSTATUS_CLASS_SUCCESS);
  CHECK(httpstatus_class_of(306) == HTTPSTATUS_CLASS_REDIRECTION);
  CHECK(httpstatus_class_of(499) == HTTPSTATUS_CLASS_CLIENT_ERROR);
  CHECK(httpstatus_class_of(599) == HTTPSTATUS_CLASS_SERVER_ERROR);
  for (int code : {INT_MIN, -500, -100, -1, 0, 99, 600, 1000, INT_MAX})
    CHECK(httpstatus_class_of(code) == HTTPSTATUS_CLASS_NONE);
}

TEST_CASE("names of classes, registry statuses and flags", "[names]") {
  // Transcribed from httpstatus.h, independently of the library: every
  // value with a name, and that name. Any other value has none.
  const Named classes[] = {{HTTPSTATUS_CLASS_INFORMATIONAL, "informational"},
                           {HTTPSTATUS_CLASS_SUCCESS, "success"},
                           {HTTPSTATUS_CLASS_REDIRECTION, "redirection"},
                           {HTTPSTATUS_CLASS_CLIENT_ERROR, "client_error"},
                           {HTTPSTATUS_CLASS_SERVER_ERROR, "server_error"}};
  const Named registries[] = {{HTTPSTATUS_REGISTRY_PERMANENT, "permanent"},
                              {HTTPSTATUS_REGISTRY_TEMPORARY, "temporary"},
                              {HTTPSTATUS_REGISTRY_UNUSED, "unused"},
                              {HTTPSTATUS_REGISTRY_OBSOLETED, "obsoleted"},
                              {HTTPSTATUS_REGISTRY_UNOFFICIAL, "unofficial"}};
  const Named flags[] = {{HTTPSTATUS_FLAG_CACHEABLE, "cacheable"},
                         {HTTPSTATUS_FLAG_NO_CONTENT, "no_content"},
                         {HTTPSTATUS_FLAG_REDIRECT, "redirect"},
                         {HTTPSTATUS_FLAG_KEEPS_METHOD, "keeps_method"},
                         {HTTPSTATUS_FLAG_RETRYABLE, "retryable"},
                         {HTTPSTATUS_FLAG_INTERIM, "interim"}};
  // Each table's values, and every other value from -1 to well past them.
  for (int value = -1; value <= 8; value++) {
    INFO("value " << value);
    CHECK(shown(httpstatus_class_name((httpstatus_class)value)) ==
          shown(name_in(classes, value)));
    CHECK(shown(httpstatus_registry_name((httpstatus_registry)value)) ==
          shown(name_in(registries, value)));
  }
  CHECK(httpstatus_class_name(HTTPSTATUS_CLASS_NONE) == nullptr);
  // Every single bit, every two flags together, no bit and every bit.
  for (int bit = 0; bit < 31; bit++) {
    INFO("bit " << bit);
    CHECK(shown(httpstatus_flag_name((httpstatus_flag)(1 << bit))) ==
          shown(name_in(flags, 1 << bit)));
  }
  for (const auto &a : flags)
    for (const auto &b : flags)
      if (a.value != b.value) {
        INFO(a.name << " | " << b.name);
        CHECK(httpstatus_flag_name((httpstatus_flag)(a.value | b.value)) == nullptr);
      }
  CHECK(httpstatus_flag_name((httpstatus_flag)0) == nullptr);
  CHECK(httpstatus_flag_name((httpstatus_flag)-1) == nullptr);
}

TEST_CASE("version", "[version]") {
  // HTTPSTATUS_PROJECT_VERSION is the version CMake read from the header's
  // three #define lines: this also tests that parse.
  CHECK(std::string(httpstatus_version()) == HTTPSTATUS_PROJECT_VERSION);
  CHECK(std::string(HTTPSTATUS_VERSION_STRING) == HTTPSTATUS_PROJECT_VERSION);
  CHECK(std::string(httpstatus_version()) == HTTPSTATUS_VERSION_STRING);
  CHECK(std::string(HTTPSTATUS_VERSION_STRING) ==
        std::to_string(HTTPSTATUS_VERSION_MAJOR) + "." +
            std::to_string(HTTPSTATUS_VERSION_MINOR) + "." +
            std::to_string(HTTPSTATUS_VERSION_PATCH));
}

TEST_CASE("version number", "[version]") {
  // HTTPSTATUS_VERSION_NUMBER against what httpstatus_version() reports:
  // major * 10000 + minor * 100 + patch.
  unsigned major = 0, minor = 0, patch = 0;
  char rest = 0;
  REQUIRE(std::sscanf(httpstatus_version(), "%u.%u.%u%c", &major, &minor, &patch,
                      &rest) == 3);
  CHECK(major * 10000 + minor * 100 + patch == HTTPSTATUS_VERSION_NUMBER);
  CHECK((minor < 100 && patch < 100));
}
