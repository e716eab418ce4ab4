// How people spell a NAME or phrase that the forgiving lookups must take:
// shared by the C++ suites that check those spellings.
#ifndef HTTPSTATUS_TESTS_SPELLINGS_HPP
#define HTTPSTATUS_TESTS_SPELLINGS_HPP

#include <cctype>
#include <string>

inline std::string lower(std::string s) {
  for (char &c : s)
    c = (char)std::tolower((unsigned char)c);
  return s;
}

// NOT_FOUND -> NotFound
inline std::string camel(const std::string &name) {
  std::string out;
  bool up = true;
  for (char c : name) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up ? c : (char)std::tolower((unsigned char)c);
    up = false;
  }
  return out;
}

#endif
