// How people spell a NAME or phrase that the forgiving lookups must take:
// shared by the C++ suites that check those spellings.
#ifndef HTTPSTATUS_TESTS_SPELLINGS_HPP
#define HTTPSTATUS_TESTS_SPELLINGS_HPP

#include "httpstatus.h"

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

// text without separators (white space, '_', '-', '\''), upper-cased: how
// the forgiving lookups compare it.
inline std::string folded(const std::string &text) {
  std::string out;
  for (char c : text)
    if (!std::isspace((unsigned char)c) && c != '_' && c != '-' && c != '\'')
      out += (char)std::toupper((unsigned char)c);
  return out;
}

// Whether some ecosystem calls e text, bare: requests' "partial" is 206,
// and a prefix of "Partial Content" (data/identifiers.toml).
inline bool ecosystem_calls(const httpstatus *e, const std::string &text) {
  for (size_t k = 0; k < httpstatus_ecosystem_count(); k++)
    for (size_t i = 0; httpstatus_identifier(e, (httpstatus_ecosystem)k, i); i++)
      if (folded(httpstatus_identifier(e, (httpstatus_ecosystem)k, i)) == folded(text))
        return true;
  return false;
}

#endif
