// httpstatus_suggest: a table of what it accepts and rejects, then the
// documented rules applied literally (every fragment, a full distance
// table) and compared with the library over every text of the data with
// every single edit, and over random input.
#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
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
#define CANONICAL(code, NAME, phrase, ...) \
  texts.push_back({code, #NAME});          \
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

std::string fold(const std::string &s) {
  std::string out;
  for (unsigned char c : s)
    if (!is_separator(c))
      out += (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
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

// Optimal string alignment distance, the whole table.
size_t osa(const std::string &a, const std::string &b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); i++)
    d[i][0] = i;
  for (size_t j = 0; j <= b.size(); j++)
    d[0][j] = j;
  for (size_t i = 1; i <= a.size(); i++)
    for (size_t j = 1; j <= b.size(); j++) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// The rules of httpstatus.h, step by step.
const httpstatus *reference_suggest(const std::string &s) {
  static const std::vector<Text> texts = all_texts();
  static const std::vector<std::string> common = {
      "ALSO", "ERROR", "HTTP", "LONG", "MANY", "OTHER", "SERVER", "STATUS", "TYPE", "USED"};
  if (const httpstatus *e = httpstatus_find(s.data(), s.size()))
    return e;
  const std::string key = fold(s);
  if (key.empty() || key.size() > 64)
    return nullptr;
  if (key.size() >= 4 && std::find(common.begin(), common.end(), key) == common.end()) {
    static const std::vector<std::vector<std::string>> text_words = [] {
      std::vector<std::vector<std::string>> out;
      for (const Text &t : texts)
        out.push_back(words(t.text));
      return out;
    }();
    std::vector<int> codes;
    for (size_t i = 0; i < texts.size(); i++) {
      const Text &t = texts[i];
      const std::vector<std::string> &w = text_words[i];
      for (size_t first = 0; first < w.size(); first++) {
        std::string run;
        for (size_t last = first; last < w.size(); last++) {
          run += fold(w[last]);
          if (run == key && std::find(codes.begin(), codes.end(), t.code) == codes.end())
            codes.push_back(t.code);
        }
      }
    }
    if (codes.size() == 1)
      return httpstatus_from_code(codes[0]);
    if (codes.size() > 1)
      return nullptr;
  }
  int best_code = 0;
  size_t best = SIZE_MAX;
  static const std::vector<std::string> folded_texts = [] {
    std::vector<std::string> out;
    for (const Text &t : texts)
      out.push_back(fold(t.text));
    return out;
  }();
  for (size_t i = 0; i < texts.size(); i++) {
    const Text &t = texts[i];
    const std::string &folded = folded_texts[i];
    const size_t n = folded.size();
    const size_t allowed = n <= 5 ? 0 : n <= 9 ? 1 : n <= 15 ? 2 : 3;
    // The distance is at least the difference in length: skipping those
    // texts only saves time.
    if ((n > key.size() ? n - key.size() : key.size() - n) > allowed)
      continue;
    const size_t d = osa(key, folded);
    if (d <= allowed && (d < best || (d == best && t.code < best_code))) {
      best = d;
      best_code = t.code;
    }
  }
  return httpstatus_from_code(best_code);
}

std::string describe(const httpstatus *e) {
  return e ? std::to_string(e->code) + " " + e->name : "NULL";
}

} // namespace

TEST_CASE("suggest: what it accepts", "[suggest]") {
  struct Case {
    const char *input;
    int code;
  };
  for (const Case &c : std::vector<Case>{
           {"not fund", 404},          // a letter left out
           {"Not Foudn", 404},         // two letters swapped
           {"Internal Sever Error", 500},
           {"internal server eror", 500},
           {"Internal Server", 500},   // a fragment
           {"forbiden", 403},
           {"unauthorised", 401},
           {"Bad Gatway", 502},
           {"servise unavailable", 503},
           {"Gateway Timeuot", 504},
           {"teapot", 418},
           {"TEAPOT", 418},
           {"unsupported media", 415},
           {"media type", 415},
           {"too many", 429},
           {"too many request", 429},
           {"legal", 451},
           {"locker", 423},
           {"moved permanantly", 301},
           {"not found!", 404},        // punctuation costs an edit
           {"not found", 404},         // what httpstatus_find finds
           {"404", 404},
           {"HTTP/1.1 404 Not Found", 404},
       }) {
    INFO(c.input);
    const httpstatus *e = suggest(c.input);
    REQUIRE(e != nullptr);
    CHECK(e->code == c.code);
    CHECK(e->registry != HTTPSTATUS_REGISTRY_UNOFFICIAL);
  }
}

TEST_CASE("suggest: what it rejects", "[suggest][bad]") {
  for (const char *input : {
           "hello", "xyz", "aaaa", "a", "zzzzzzzzzzzzzzzzzzzz", "asdf", "test",
           "the quick brown fox", "123456", "!!!", "999",
           "timeout",      // 408 and 504
           "gateway",      // 502 and 504
           "precondition", // 412 and 428
           "bad", "not", "request", "content", "error", "server", "status",
           "fond", "sound", "gnoe", // no typos in keys of five bytes or fewer
           "client closed request", "499", // unofficial: not suggested
           "HTTP/1.1 404 Not Fund",
       }) {
    INFO(input);
    CHECK(suggest(input) == nullptr);
  }
}

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

TEST_CASE("suggest: every text with every single edit follows the rules",
          "[suggest]") {
  size_t tried = 0, suggested = 0;
  for (const Text &t : all_texts()) {
    const std::string &s = t.text;
    std::vector<std::string> variants;
    for (size_t i = 0; i < s.size(); i++) {
      variants.push_back(s.substr(0, i) + s.substr(i + 1));           // deletion
      variants.push_back(s.substr(0, i) + "x" + s.substr(i + 1));     // substitution
      variants.push_back(s.substr(0, i) + "q" + s.substr(i));         // insertion
      if (i + 1 < s.size())                                           // transposition
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
