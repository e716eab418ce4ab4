// Near misses: every key with one byte changed. A perfect hash that lands on
// the right slot must still compare every byte, so each changed text finds
// nothing, or exactly the entry whose key it now spells (a letter changed to
// its other case, say, in the forgiving lookup).
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <map>
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
#define OLD_NAME(code, OLD, CANONICAL)                                                 \
  keys.push_back({#OLD, httpstatus_from_code(code)});
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

// A NAME or phrase as httpstatus_find compares it: lower case, without
// the ' ', '_', '-' and '\'' it ignores. "I'm a teapot" -> "imateapot".
std::string folded(const std::string &s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '_' && c != '-' && c != '\'')
      out += (char)std::tolower((unsigned char)c);
  return out;
}

// Every NAME and phrase, current or old, folded; keys spelled alike by two
// texts of one entry ("NOT_FOUND", "Not Found") appear once.
std::vector<Key> folded_keys() {
  std::map<std::string, const httpstatus *> unique;
  for (const std::vector<Key> &keys : {names(), phrases()})
    for (const Key &k : keys)
      unique[folded(k.text)] = k.entry;
  std::vector<Key> keys;
  for (const auto &k : unique)
    keys.push_back({k.first, k.second});
  return keys;
}

// The entry whose key is exactly s, by a linear scan.
const httpstatus *spelled_by(const std::vector<Key> &keys, const std::string &s) {
  for (const Key &k : keys)
    if (k.text == s)
      return k.entry;
  return nullptr;
}

// What httpstatus_find must answer for a folded key with one byte changed.
// Such a text holds letters and digits, and at most one byte that is none:
// NUL, 0xff or a control character (a digit with its 0x20 bit flipped),
// each of which the lookup rejects. With only letters and digits it finds
// the entry whose folded key the text spells in any letter case.
const httpstatus *folded_spelled_by(const std::vector<Key> &keys,
                                    const std::string &s) {
  for (char c : s)
    if (!std::isalnum((unsigned char)c))
      return nullptr;
  return spelled_by(keys, folded(s));
}

// The bytes each byte of a key is replaced by: a letter in both cases, NUL,
// a byte >= 0x80, and the byte with its 0x20 bit flipped (a letter's other
// case), each unless it is the byte itself.
const char replacements[] = {'X', 'x', '\0', '\xff'};

// Tries every key with every byte replaced by each replacement, checks the
// lookup's answer against expected(), and returns how many it tried.
template <typename Lookup, typename Expected>
size_t check_near_misses(const std::vector<Key> &keys, Lookup lookup,
                         Expected expected) {
  size_t tried = 0;
  for (const Key &k : keys)
    for (size_t i = 0; i < k.text.size(); i++) {
      std::vector<char> others(std::begin(replacements), std::end(replacements));
      others.push_back(char(k.text[i] ^ 0x20));
      for (char replacement : others) {
        if (replacement == k.text[i])
          continue;
        std::string s = k.text;
        s[i] = replacement;
        INFO("\"" << k.text << "\" with byte " << i << " changed");
        CHECK(lookup(s.data(), s.size()) == expected(s));
        tried++;
      }
    }
  return tried;
}

// How many texts check_near_misses must try: five per byte of every key,
// less one for each replacement that equals the byte.
size_t near_miss_count(const std::vector<Key> &keys) {
  size_t count = 0;
  for (const Key &k : keys)
    for (char c : k.text) {
      count += 5;
      for (char r : replacements)
        count -= r == c;
    }
  return count;
}

size_t old_name_count() {
  size_t n = 0;
#define COUNT(...) n++;
  HTTPSTATUS_OLD_NAME_MAP(COUNT)
#undef COUNT
  return n;
}

size_t old_phrase_count() {
  size_t n = 0;
#define COUNT(...) n++;
  HTTPSTATUS_OLD_PHRASE_MAP(COUNT)
#undef COUNT
  return n;
}

} // namespace

TEST_CASE("a NAME with one byte changed finds nothing, or exactly the NAME "
          "it now spells",
          "[bad][edge]") {
  const std::vector<Key> keys = names();
  REQUIRE(keys.size() == httpstatus_count() + old_name_count());
  const size_t tried =
      check_near_misses(keys, httpstatus_from_name,
                        [&](const std::string &s) { return spelled_by(keys, s); });
  CHECK(tried == near_miss_count(keys));
}

TEST_CASE("a phrase with one byte changed finds nothing, or exactly the "
          "phrase it now spells",
          "[bad][edge]") {
  const std::vector<Key> keys = phrases();
  REQUIRE(keys.size() == httpstatus_count() + old_phrase_count());
  const size_t tried =
      check_near_misses(keys, httpstatus_from_phrase,
                        [&](const std::string &s) { return spelled_by(keys, s); });
  CHECK(tried == near_miss_count(keys));
}

TEST_CASE("a folded key with one byte changed finds nothing, or exactly the "
          "entry whose folded key it now spells",
          "[bad][edge][find]") {
  const std::vector<Key> keys = folded_keys();
  // Every entry has at least its NAME's folded key.
  REQUIRE(keys.size() >= httpstatus_count());
  const size_t tried =
      check_near_misses(keys, httpstatus_find, [&](const std::string &s) {
        return folded_spelled_by(keys, s);
      });
  CHECK(tried == near_miss_count(keys));
}
