// The unofficial meanings, driven by the generated map: each is found by
// every route that should find it, in the documented order, and the
// registered lookups still know nothing of them.
#include "httpstatus.h"
#include "support/spellings.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Meaning {
  int code;
  const char *name, *phrase, *description, *reference, *origin;
};
const Meaning meanings[] = {
#define MEANING(code, NAME, phrase, description, reference, origin)                    \
  {code, #NAME, phrase, description, reference, origin},
    HTTPSTATUS_UNOFFICIAL_MAP(MEANING)
#undef MEANING
};
const size_t meaning_count = sizeof meanings / sizeof meanings[0];

const httpstatus *unofficial_find(const std::string &s) {
  // An exactly sized heap copy: AddressSanitizer catches a read past it.
  std::vector<char> copy(s.begin(), s.end());
  return httpstatus_unofficial_find(copy.data(), copy.size());
}

// The first meaning of a code, by a linear scan of the map.
const httpstatus *first_meaning(int code) {
  for (size_t i = 0; i < meaning_count; i++)
    if (meanings[i].code == code)
      return httpstatus_unofficial_at(i);
  return nullptr;
}

} // namespace

TEST_CASE("unofficial meanings are the map's in the map's order", "[unofficial]") {
  REQUIRE(httpstatus_unofficial_count() == HTTPSTATUS_UNOFFICIAL_COUNT);
  REQUIRE(meaning_count == HTTPSTATUS_UNOFFICIAL_COUNT);
  for (size_t i = 0; i < meaning_count; i++) {
    const Meaning &m = meanings[i];
    const httpstatus *e = httpstatus_unofficial_at(i);
    INFO(m.code << " " << m.name);
    REQUIRE(e != nullptr);
    CHECK(e->code == m.code);
    CHECK(e->status_class == httpstatus_class_of(m.code));
    CHECK(e->status_class != HTTPSTATUS_CLASS_NONE);
    CHECK(e->registry == HTTPSTATUS_REGISTRY_UNOFFICIAL);
    CHECK(e->flags == 0u);
    CHECK(std::string(e->name) == m.name);
    CHECK(std::string(e->phrase) == m.phrase);
    CHECK(std::string(e->description) == m.description);
    CHECK(std::string(e->spec) == m.reference);
    CHECK(std::string(e->origin) == m.origin);
    CHECK(std::string(e->origin) != "IANA");
    if (i > 0)
      CHECK(httpstatus_unofficial_at(i - 1)->code <= e->code);
  }
  CHECK(httpstatus_unofficial_at(meaning_count) == nullptr);
  CHECK(httpstatus_unofficial_at((size_t)-1) == nullptr);
}

TEST_CASE("every unofficial meaning is found by every unofficial lookup",
          "[unofficial]") {
  for (size_t i = 0; i < meaning_count; i++) {
    const httpstatus *e = httpstatus_unofficial_at(i);
    const std::string name = e->name, phrase = e->phrase;
    const std::string code = std::to_string(e->code);
    INFO(code << " " << name);
    CHECK(httpstatus_unofficial_from_code(e->code) == first_meaning(e->code));
    CHECK(unofficial_find(code) == first_meaning(e->code));
    CHECK(unofficial_find("HTTP/1.1 " + code) == first_meaning(e->code));
    CHECK(unofficial_find(name) == e);
    CHECK(unofficial_find(phrase) == e);
    CHECK(unofficial_find(lower(name)) == e);
    CHECK(unofficial_find(lower(phrase)) == e);
    CHECK(unofficial_find(camel(name)) == e);
    CHECK(unofficial_find(" \t" + phrase + "\r\n") == e);
    CHECK(unofficial_find(code + " " + phrase) == e);
    CHECK(unofficial_find(code + "_" + lower(name)) == e);
    CHECK(unofficial_find("HTTP/1.1 " + code + " " + phrase) == e);
    // A code and text of another code disagree.
    CHECK(unofficial_find(std::to_string(e->code == 499 ? 444 : 499) + " " + phrase) ==
          nullptr);
    // Every proper prefix is read within its own length, and misses or
    // finds another meaning, unless an ecosystem calls the meaning that
    // (requests' "retry" for 449).
    for (size_t n = 1; n < phrase.size(); n++)
      CHECK((unofficial_find(phrase.substr(0, n)) != e ||
             ecosystem_calls(e, phrase.substr(0, n))));
  }
}

TEST_CASE("the meanings of one code follow each other in a stable order",
          "[unofficial]") {
  struct Code {
    int code;
    std::vector<std::string> origins;
  };
  for (const Code &c : std::vector<Code>{{420, {"Twitter API v1", "Spring Framework"}},
                                         {430, {"Shopify", "Shopify"}},
                                         {499, {"nginx", "Esri ArcGIS"}},
                                         {530, {"Cloudflare", "Pantheon"}},
                                         {521, {"Cloudflare"}}}) {
    INFO(c.code);
    const httpstatus *first = httpstatus_unofficial_from_code(c.code);
    REQUIRE(first != nullptr);
    size_t index = (size_t)(first - httpstatus_unofficial_at(0));
    REQUIRE(httpstatus_unofficial_at(index) == first);
    CHECK((index == 0 || httpstatus_unofficial_at(index - 1)->code != c.code));
    for (const std::string &origin : c.origins) {
      const httpstatus *e = httpstatus_unofficial_at(index++);
      REQUIRE(e != nullptr);
      CHECK(e->code == c.code);
      CHECK(e->origin == origin);
    }
    const httpstatus *after = httpstatus_unofficial_at(index);
    CHECK((after == nullptr || after->code != c.code));
  }
  CHECK(std::string(httpstatus_unofficial_from_code(499)->name) ==
        "CLIENT_CLOSED_REQUEST");
  CHECK(std::string(httpstatus_unofficial_from_code(499)[1].name) == "TOKEN_REQUIRED");
}

TEST_CASE("the unofficial lookup accepts what people type and logs say",
          "[unofficial]") {
  const httpstatus *nginx = httpstatus_unofficial_from_code(499);
  const httpstatus *esri = nginx + 1;
  CHECK(unofficial_find("client closed request") == nginx);
  CHECK(unofficial_find("Client-Closed-Request") == nginx);
  CHECK(unofficial_find("499") == nginx);
  CHECK(unofficial_find("  499\n") == nginx);
  CHECK(unofficial_find("499 Client Closed Request") == nginx);
  CHECK(unofficial_find("499 token required") == esri);
  CHECK(unofficial_find("TokenRequired") == esri);
  CHECK(unofficial_find("HTTP/1.1 499") == nginx);
  CHECK(unofficial_find("HTTP/2 499 Token Required") == esri);
  CHECK(unofficial_find("web server is down")->code == 521);
  CHECK(unofficial_find("login time-out")->code == 440);
  CHECK(unofficial_find("this is fine")->code == 218);
  CHECK(unofficial_find("switch proxy")->code == 306);
  // Text a registered entry shares is still the unofficial meaning here.
  CHECK(unofficial_find("Unauthorized")->code == 561);
  CHECK(unofficial_find("451")->origin == std::string("Microsoft Exchange ActiveSync"));
}

TEST_CASE("the unofficial lookup rejects what matches nothing", "[unofficial][bad]") {
  for (const char *s : {"",
                        "   ",
                        "__--''",
                        "0",
                        "404",
                        "200",
                        "999",
                        "0499",
                        "4990",
                        "499x",
                        "-499",
                        "+499",
                        "499.0",
                        "499 444",
                        "499 no response",
                        "444 client closed request",
                        "499 _",
                        "499 not found",
                        "not found",
                        "ok",
                        "client.closed.request",
                        "client closed request!",
                        "client closed reques",
                        "client closed request client",
                        "HTTP/1.1 client closed request",
                        "HTTP/1.1",
                        "http/1.1 499",
                        "HTTP/1.10 499",
                        "c\xc3\xa4ient closed request"}) {
    INFO(s);
    CHECK(unofficial_find(s) == nullptr);
  }
}

TEST_CASE("unofficial codes: any int agrees with a linear scan",
          "[unofficial][code][bad]") {
  for (int code = -1000; code <= 2000; code++) {
    INFO(code);
    CHECK(httpstatus_unofficial_from_code(code) == first_meaning(code));
  }
  for (int code :
       {INT_MIN, INT_MIN + 1, -499, 100499, 499 + 65536, INT_MAX - 1, INT_MAX})
    CHECK(httpstatus_unofficial_from_code(code) == nullptr);
  CHECK(httpstatus_unofficial_from_code(218) == httpstatus_unofficial_at(0));
  CHECK(httpstatus_unofficial_from_code(599) ==
        httpstatus_unofficial_at(meaning_count - 1));
}

TEST_CASE("unofficial text lookup rejects bad input", "[unofficial][bad]") {
  const std::string huge(1 << 20, 'A');
  const std::string huge_spaces = std::string(1 << 20, ' ') + "499";
  const std::string long_key(64, 'A'), too_long(65, 'A');
  CHECK(httpstatus_unofficial_find(nullptr, 0) == nullptr);
  CHECK(httpstatus_unofficial_find(nullptr, 9) == nullptr);
  CHECK(httpstatus_unofficial_find("NO_RESPONSE", 0) == nullptr);
  CHECK(unofficial_find(huge) == nullptr);
  CHECK(unofficial_find(huge_spaces) == httpstatus_unofficial_from_code(499));
  CHECK(unofficial_find(long_key) == nullptr);
  CHECK(unofficial_find(too_long) == nullptr);
  CHECK(unofficial_find(std::string("NO_RESPONSE\0", 12)) == nullptr);
  CHECK(unofficial_find(std::string("NO\0RESPONSE", 11)) == nullptr);
  CHECK(unofficial_find(std::string("\0NO_RESPONSE", 12)) == nullptr);
  CHECK(unofficial_find(std::string("499\0", 4)) == nullptr);
  CHECK(unofficial_find("NO_RESPONSE\xff") == nullptr);
  CHECK(unofficial_find("\x80\x81\xfe\xff") == nullptr);
  // The text is read within len: a prefix of a longer buffer.
  CHECK(httpstatus_unofficial_find("No Responsex", 11)->code == 444);
}

TEST_CASE("registered lookups know nothing of unofficial meanings", "[unofficial]") {
  for (size_t i = 0; i < meaning_count; i++) {
    const httpstatus *e = httpstatus_unofficial_at(i);
    const httpstatus *registered = httpstatus_from_code(e->code);
    INFO(e->code << " " << e->name);
    CHECK((registered == nullptr ||
           registered->registry != HTTPSTATUS_REGISTRY_UNOFFICIAL));
    const httpstatus *by_name = httpstatus_find(e->name, std::strlen(e->name));
    CHECK((by_name == nullptr || by_name->registry != HTTPSTATUS_REGISTRY_UNOFFICIAL));
  }
  CHECK(httpstatus_from_code(499) == nullptr);
  CHECK(httpstatus_find("499", 3) == nullptr);
  CHECK(httpstatus_find("client closed request", 21) == nullptr);
  for (size_t i = 0; i < httpstatus_count(); i++) {
    INFO(httpstatus_at(i)->code);
    CHECK(std::string(httpstatus_at(i)->origin) == "IANA");
    CHECK(httpstatus_at(i)->registry != HTTPSTATUS_REGISTRY_UNOFFICIAL);
  }
  CHECK(std::string(httpstatus_registry_name(HTTPSTATUS_REGISTRY_UNOFFICIAL)) ==
        "unofficial");
  CHECK(httpstatus_registry_name((httpstatus_registry)5) == nullptr);
}
