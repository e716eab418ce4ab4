// Near misses: every NAME and phrase with one byte changed. A perfect hash
// that lands on the right slot must still compare every byte, so each
// changed text finds nothing, or exactly the key it now spells.
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

struct Key {
  std::string text;
  const httpstatus *entry;
};

std::vector<Key> names() {
  std::vector<Key> keys;
  for (size_t i = 0; const httpstatus *e = httpstatus_at(i); i++)
    keys.push_back({e->name, e});
#define OLD_NAME(code, OLD, CANONICAL) keys.push_back({#OLD, httpstatus_from_code(code)});
  HTTPSTATUS_OLD_NAME_MAP(OLD_NAME)
#undef OLD_NAME
  return keys;
}

std::vector<Key> phrases() {
  std::vector<Key> keys;
  for (size_t i = 0; const httpstatus *e = httpstatus_at(i); i++)
    keys.push_back({e->phrase, e});
#define OLD_PHRASE(code, phrase) keys.push_back({phrase, httpstatus_from_code(code)});
  HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE)
#undef OLD_PHRASE
  return keys;
}

const httpstatus *spelled_by(const std::vector<Key> &keys, const std::string &s) {
  for (const Key &k : keys)
    if (k.text == s)
      return k.entry;
  return nullptr;
}

// Each key with each byte replaced by each of a few others: a letter, its
// other case, a NUL and a byte >= 0x80.
template <typename Lookup>
void check_near_misses(const std::vector<Key> &keys, Lookup lookup) {
  size_t tried = 0;
  for (const Key &k : keys)
    for (size_t i = 0; i < k.text.size(); i++)
      for (char replacement : {'X', 'x', '\0', '\xff', char(k.text[i] ^ 0x20)}) {
        if (replacement == k.text[i])
          continue;
        std::string s = k.text;
        s[i] = replacement;
        INFO("\"" << k.text << "\" with byte " << i << " changed");
        CHECK(lookup(s.data(), s.size()) == spelled_by(keys, s));
        tried++;
      }
  CHECK(tried > 4 * keys.size());
}

} // namespace

TEST_CASE("a NAME with one byte changed finds nothing", "[bad][edge]") {
  check_near_misses(names(), httpstatus_from_name);
}

TEST_CASE("a phrase with one byte changed finds nothing", "[bad][edge]") {
  check_near_misses(phrases(), httpstatus_from_phrase);
}
