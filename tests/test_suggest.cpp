// httpstatus_suggest: the documented rules applied literally (every
// fragment, a full distance table) and compared with the library over every
// text of the data with every single edit, and over random input. What it
// accepts and rejects is the table in tests/spec/suggest.md.
#include "httpstatus.h"
#include "oracle.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace {

const httpstatus *suggest(const std::string &s) {
  std::vector<char> copy(s.begin(), s.end()); // exactly sized, for ASan
  return httpstatus_suggest(copy.data(), copy.size());
}

struct Text {
  int code;
  std::string text;
};

std::vector<Text> all_texts() {
  std::vector<Text> texts;
#define CANONICAL(code, NAME, phrase, ...)                                             \
  texts.push_back({code, #NAME});                                                      \
  texts.push_back({code, phrase});
  HTTPSTATUS_MAP(CANONICAL)
#undef CANONICAL
#define OLD_NAME(code, OLD, CANONICAL_NAME) texts.push_back({code, #OLD});
  HTTPSTATUS_OLD_NAME_MAP(OLD_NAME)
#undef OLD_NAME
#define OLD_PHRASE(code, phrase) texts.push_back({code, phrase});
  HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE)
#undef OLD_PHRASE
  return texts;
}

bool is_separator(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == '_' || c == '-' || c == '\'';
}

std::vector<std::string> words(const std::string &s) {
  std::vector<std::string> out(1);
  for (unsigned char c : s)
    if (is_separator(c)) {
      if (!out.back().empty())
        out.emplace_back();
    } else {
      out.back() += (char)c;
    }
  if (out.back().empty())
    out.pop_back();
  return out;
}

// The rules of httpstatus.h applied literally, by the reference the
// fuzz target uses too (tests/support/suggest_oracle.c).
const httpstatus *reference_suggest(const std::string &s) {
  std::vector<char> copy(s.begin(), s.end());
  return oracle_suggest(copy.data(), copy.size());
}

std::string describe(const httpstatus *e) {
  return e ? std::to_string(e->code) + " " + e->name : "NULL";
}

} // namespace

TEST_CASE("suggest: bad input", "[suggest][bad]") {
  const std::string huge(1 << 20, 'A');
  const std::string huge_spaces = std::string(1 << 20, ' ') + "not fund";
  CHECK(httpstatus_suggest(nullptr, 0) == nullptr);
  CHECK(httpstatus_suggest(nullptr, 9) == nullptr);
  CHECK(httpstatus_suggest("not fund", 0) == nullptr);
  CHECK(suggest(huge) == nullptr);
  CHECK(suggest(huge_spaces)->code == 404);
  CHECK(suggest(std::string("not\0found", 9))->code == 404); // NUL: one edit
  CHECK(suggest(std::string("\0\0\0\0", 4)) == nullptr);
  CHECK(suggest("\x80\x81\xfe\xff") == nullptr);
  CHECK(suggest("n\xc3\xb6t found") == nullptr); // two bytes for one letter: two edits
  // White space does not count toward the 64-byte key cap; other bytes do.
  CHECK(suggest(std::string(100, ' ') + "not" + std::string(100, '_') + "fund")->code ==
        404);
  for (size_t n : {63, 64, 65, 66, 1000})
    CHECK(suggest(std::string(n, 'N')) == nullptr);
  // Read within len: a prefix of a longer buffer.
  CHECK(httpstatus_suggest("not fundamental", 8)->code == 404);
}

TEST_CASE("suggest: every text with every single edit follows the rules", "[suggest]") {
  size_t tried = 0, suggested = 0;
  for (const Text &t : all_texts()) {
    const std::string &s = t.text;
    std::vector<std::string> variants;
    for (size_t i = 0; i < s.size(); i++) {
      variants.push_back(s.substr(0, i) + s.substr(i + 1));       // deletion
      variants.push_back(s.substr(0, i) + "x" + s.substr(i + 1)); // substitution
      variants.push_back(s.substr(0, i) + "q" + s.substr(i));     // insertion
      if (i + 1 < s.size())                                       // transposition
        variants.push_back(s.substr(0, i) + s[i + 1] + s[i] + s.substr(i + 2));
    }
    for (const std::string &w : words(s))
      variants.push_back(w);
    for (const std::string &v : variants) {
      const httpstatus *expected = reference_suggest(v);
      INFO(v << ": library " << describe(suggest(v)) << ", rules "
             << describe(expected));
      REQUIRE(suggest(v) == expected);
      tried++;
      suggested += expected != nullptr;
    }
  }
  // Most single edits of a text still lead to an entry.
  INFO(suggested << " of " << tried << " edits suggest an entry");
  CHECK(suggested * 10 > tried * 8);
}

TEST_CASE("suggest: a typo of another ecosystem's identifier follows the rules",
          "[suggest]") {
  struct Identifier {
    int code;
    std::string meaning, text;
    bool found;
  };
  const Identifier identifiers[] = {
#define IDENTIFIER(ECO, code, meaning, text, found) {code, meaning, text, found},
      HTTPSTATUS_IDENTIFIER_MAP(IDENTIFIER)
#undef IDENTIFIER
  };
  // Two letters swapped past the middle of every identifier of a registered
  // code long enough to be allowed an edit: most lead to that code.
  size_t tried = 0, own = 0;
  for (const Identifier &id : identifiers) {
    if (!id.meaning.empty() || !id.found || id.text.size() < 10)
      continue;
    std::string v = id.text;
    std::swap(v[v.size() / 2 + 1], v[v.size() / 2 + 2]);
    const httpstatus *expected = reference_suggest(v);
    INFO(v << ": library " << describe(suggest(v)) << ", rules " << describe(expected));
    REQUIRE(suggest(v) == expected);
    tried++;
    own += expected != nullptr && expected->code == id.code;
  }
  INFO(own << " of " << tried << " typos suggest their identifier's code");
  CHECK(own * 10 > tried * 8);
}

TEST_CASE("suggest: random input follows the rules", "[suggest][bad]") {
  // A fixed-seed linear congruential generator: the same inputs every run.
  uint32_t state = 12345;
  auto next = [&state]() {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fff;
  };
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZaeiou _-'!\x80";
  const std::vector<Text> texts = all_texts();
  for (int round = 0; round < 20000; round++) {
    std::string s;
    if (round % 2) { // a text with a few random edits
      s = texts[next() % texts.size()].text;
      for (unsigned edits = next() % 4; edits > 0 && !s.empty(); edits--) {
        size_t at = next() % s.size();
        if (next() % 2)
          s[at] = alphabet[next() % alphabet.size()];
        else
          s.erase(at, 1);
      }
    } else { // random letters
      for (unsigned n = next() % 12; n > 0; n--)
        s += alphabet[next() % alphabet.size()];
    }
    INFO(s);
    REQUIRE(suggest(s) == reference_suggest(s));
  }
}
