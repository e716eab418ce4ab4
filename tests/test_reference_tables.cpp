// The data checked against an independent transcription of its sources:
// the tables in tests/reference/ were copied from CPython, the IANA
// registry, RFC 9110 and the servers' own status lines, not from
// data/statuses.toml. Round trips cannot catch a wrong fact; these can,
// in every checkout. Each check runs both ways: nothing the library has is
// missing from the tables, and nothing in the tables is missing from the
// library.
#include "httpstatus.h"
#include "reference_table.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using reference::Row;
using reference::table;

// CPython's members and the registered codes beyond them: together, every
// registered code with its NAME, phrase, description and spec.
std::vector<Row> registered_rows() {
  std::vector<Row> rows = table("cpython-httpstatus.md", "Members");
  for (const Row &r : table("cpython-httpstatus.md", "Beyond CPython"))
    rows.push_back(r);
  return rows;
}

const httpstatus *entry_of(const Row &row) {
  return httpstatus_from_code(std::stoi(row.at(0)));
}

std::string text(const char *s) { return s ? s : "(null)"; }

const httpstatus *by_name(const std::string &s) {
  return httpstatus_from_name(s.data(), s.size());
}
const httpstatus *by_phrase(const std::string &s) {
  return httpstatus_from_phrase(s.data(), s.size());
}

// Every registered entry, through the library's own iteration.
std::vector<const httpstatus *> library_entries() {
  std::vector<const httpstatus *> all;
  for (size_t i = 0; i < httpstatus_count(); i++)
    all.push_back(httpstatus_at(i));
  return all;
}

struct Unofficial {
  int code;
  std::string name, phrase, description, reference, origin;
};

std::vector<Unofficial> library_unofficial() {
  std::vector<Unofficial> all;
#define HTTPSTATUS_UNOFFICIAL_(code, NAME, phrase, description, reference, origin)     \
  all.push_back({code, #NAME, phrase, description, reference, origin});
  HTTPSTATUS_UNOFFICIAL_MAP(HTTPSTATUS_UNOFFICIAL_)
#undef HTTPSTATUS_UNOFFICIAL_
  return all;
}

// "[RFC9110, Section 15.5.5][other]" -> "RFC 9110, Section 15.5.5": the
// first reference, spelled as the library spells specs.
std::string spec_of_iana_reference(const std::string &ref) {
  std::string first = ref.substr(1, ref.find(']') - 1);
  if (first.compare(0, 3, "RFC") == 0 && first.size() > 3 && first[3] != ' ')
    first.insert(3, " ");
  return first;
}

// A skipped check says so: ctest reports the test as skipped (see the
// SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).
void skip(const std::string &why) { WARN("SKIPPED: " << why); }

} // namespace

TEST_CASE("every registered code is transcribed, and every transcribed one "
          "is registered",
          "[transcription]") {
  std::set<int> transcribed;
  for (const Row &r : registered_rows()) {
    INFO(r.at(0) << " is transcribed from CPython but has no entry");
    CHECK(entry_of(r) != nullptr);
    transcribed.insert(std::stoi(r.at(0)));
  }
  for (const httpstatus *e : library_entries()) {
    INFO(e->code << " has an entry but no transcribed row");
    CHECK(transcribed.count(e->code) == 1);
  }
  CHECK(httpstatus_count() == transcribed.size());
}

TEST_CASE("every NAME matches the CPython transcription", "[transcription]") {
  for (const Row &r : registered_rows()) {
    const httpstatus *e = entry_of(r);
    if (!e)
      continue; // reported by the code check
    INFO(r.at(0) << ": transcribed " << r.at(1) << ", library " << e->name);
    CHECK(text(e->name) == r.at(1));
    CHECK(by_name(r.at(1)) == e);
  }
}

TEST_CASE("every phrase matches the CPython transcription", "[transcription]") {
  for (const Row &r : registered_rows()) {
    const httpstatus *e = entry_of(r);
    if (!e)
      continue;
    INFO(r.at(0) << ": transcribed \"" << r.at(2) << "\", library \"" << e->phrase
                 << "\"");
    CHECK(text(e->phrase) == r.at(2));
    CHECK(by_phrase(r.at(2)) == e);
  }
}

TEST_CASE("every description matches the CPython transcription", "[transcription]") {
  for (const Row &r : registered_rows()) {
    const httpstatus *e = entry_of(r);
    if (!e)
      continue;
    INFO(r.at(0) << ": transcribed \"" << r.at(3) << "\", library \"" << e->description
                 << "\"");
    CHECK(text(e->description) == r.at(3));
  }
}

TEST_CASE("every spec section matches the CPython documentation transcription",
          "[transcription]") {
  for (const Row &r : registered_rows()) {
    const httpstatus *e = entry_of(r);
    if (!e)
      continue;
    INFO(r.at(0) << ": transcribed \"" << r.at(4) << "\", library \"" << e->spec
                 << "\"");
    CHECK(text(e->spec) == r.at(4));
  }
}

TEST_CASE("every spec agrees with the IANA registry's reference", "[transcription]") {
  for (const Row &r : table("iana-registry.md", "Registry")) {
    const httpstatus *e = entry_of(r);
    if (!e)
      continue; // the registry status check covers codes with no entry
    const std::string ref = spec_of_iana_reference(r.at(2));
    const std::string spec = text(e->spec);
    INFO(r.at(0) << ": IANA " << r.at(2) << ", library \"" << spec << "\"");
    // IANA gives no section for some RFCs ("[RFC4918]"); the library may.
    CHECK((spec == ref || spec.compare(0, ref.size() + 1, ref + ",") == 0));
  }
}

TEST_CASE("every phrase matches the IANA registry's description", "[transcription]") {
  for (const Row &r : table("iana-registry.md", "Registry")) {
    const httpstatus *e = entry_of(r);
    if (!e || r.at(1) == "(Unused)")
      continue; // an unused code keeps the phrase stacks send (418)
    INFO(r.at(0) << ": IANA \"" << r.at(1) << "\", library \"" << e->phrase << "\"");
    CHECK(text(e->phrase) == r.at(1));
  }
}

TEST_CASE("every registry status matches the IANA transcription", "[transcription]") {
  std::set<int> in_registry;
  for (const Row &r : table("iana-registry.md", "Registry")) {
    const int code = std::stoi(r.at(0));
    in_registry.insert(code);
    const httpstatus *e = httpstatus_from_code(code);
    INFO(code << ": IANA " << r.at(3) << ", library "
              << (e ? text(httpstatus_registry_name(e->registry)) : "no entry"));
    if (!e) {
      // Only an unused code may lack an entry (306: nothing sends it).
      CHECK(r.at(3) == "unused");
      continue;
    }
    CHECK(text(httpstatus_registry_name(e->registry)) == r.at(3));
  }
  for (const httpstatus *e : library_entries()) {
    INFO(e->code << " has an entry but is not in the IANA transcription");
    CHECK(in_registry.count(e->code) == 1);
  }
}

TEST_CASE("every old name is transcribed and every transcribed one resolves",
          "[transcription]") {
  std::set<std::pair<int, std::string>> transcribed, library;
  for (const Row &r : table("cpython-httpstatus.md", "Aliases")) {
    const int code = std::stoi(r.at(2));
    transcribed.insert({code, r.at(0)});
    const httpstatus *e = by_name(r.at(0));
    INFO(r.at(0) << " should resolve to " << code << " " << r.at(1));
    REQUIRE(e != nullptr);
    CHECK(e->code == code);
    CHECK(text(e->name) == r.at(1));
  }
#define HTTPSTATUS_OLD_NAME_(code, OLD, NAME) library.insert({code, #OLD});
  HTTPSTATUS_OLD_NAME_MAP(HTTPSTATUS_OLD_NAME_)
#undef HTTPSTATUS_OLD_NAME_
  for (const auto &old : library) {
    INFO(old.first << " " << old.second << " is an old name but not transcribed");
    CHECK(transcribed.count(old) == 1);
  }
  CHECK(library.size() == transcribed.size());
}

TEST_CASE("every old phrase is transcribed and every transcribed one resolves",
          "[transcription]") {
  std::set<std::pair<int, std::string>> transcribed, library;
  for (const Row &r : table("old-phrases.md", "Old phrases")) {
    const int code = std::stoi(r.at(1));
    transcribed.insert({code, r.at(0)});
    INFO("\"" << r.at(0) << "\" (" << r.at(2) << ") should resolve to " << code);
    CHECK(by_phrase(r.at(0)) == httpstatus_from_code(code));
    CHECK(httpstatus_find(r.at(0).data(), r.at(0).size()) ==
          httpstatus_from_code(code));
  }
#define HTTPSTATUS_OLD_PHRASE_(code, phrase) library.insert({code, phrase});
  HTTPSTATUS_OLD_PHRASE_MAP(HTTPSTATUS_OLD_PHRASE_)
#undef HTTPSTATUS_OLD_PHRASE_
  for (const auto &old : library) {
    INFO(old.first << " \"" << old.second << "\" is an old phrase but not transcribed");
    CHECK(transcribed.count(old) == 1);
  }
  CHECK(library.size() == transcribed.size());
}

TEST_CASE("every property matches RFC 9110's lists", "[transcription]") {
  const std::map<std::string, unsigned> flag_of = {
      {"cacheable", HTTPSTATUS_FLAG_CACHEABLE},
      {"no_content", HTTPSTATUS_FLAG_NO_CONTENT},
      {"redirect", HTTPSTATUS_FLAG_REDIRECT},
      {"keeps_method", HTTPSTATUS_FLAG_KEEPS_METHOD},
      {"retryable", HTTPSTATUS_FLAG_RETRYABLE},
      {"interim", HTTPSTATUS_FLAG_INTERIM}};
  std::set<std::string> transcribed;
  for (const Row &r : table("properties.md", "Properties")) {
    INFO("property " << r.at(0));
    REQUIRE(flag_of.count(r.at(0)) == 1);
    transcribed.insert(r.at(0));
    const unsigned flag = flag_of.at(r.at(0));
    std::set<int> codes;
    bool every_1xx = false;
    std::istringstream words(r.at(1));
    for (std::string w; words >> w;) {
      if (w == "1xx")
        every_1xx = true;
      else
        codes.insert(std::stoi(w));
    }
    for (int code : codes) {
      INFO(code << " is listed but has no entry");
      CHECK(httpstatus_from_code(code) != nullptr);
    }
    for (const httpstatus *e : library_entries()) {
      const bool listed = codes.count(e->code) || (every_1xx && e->code < 200);
      INFO(e->code << " " << e->name << (listed ? " lacks " : " has ") << r.at(0));
      CHECK(((e->flags & flag) != 0) == listed);
    }
  }
  CHECK(transcribed.size() == flag_of.size());
}

TEST_CASE("every unofficial meaning is transcribed, in order, and every "
          "transcribed one is in the data",
          "[transcription]") {
  const std::vector<Row> rows = table("unofficial.md", "Meanings");
  const std::vector<Unofficial> library = library_unofficial();
  std::set<std::pair<int, std::string>> transcribed, in_library;
  for (const Row &r : rows)
    transcribed.insert({std::stoi(r.at(0)), r.at(2)});
  for (const Unofficial &u : library)
    in_library.insert({u.code, u.phrase});
  for (const auto &t : transcribed) {
    INFO(t.first << " \"" << t.second << "\" is transcribed but not in the data");
    CHECK(in_library.count(t) == 1);
  }
  for (const auto &u : in_library) {
    INFO(u.first << " \"" << u.second << "\" is in the data but not transcribed");
    CHECK(transcribed.count(u) == 1);
  }
  CHECK(library.size() == rows.size());
  CHECK(static_cast<size_t>(HTTPSTATUS_UNOFFICIAL_COUNT) == library.size());
  // The meanings of one code come in the transcription's order.
  for (size_t i = 0; i < rows.size() && i < library.size(); i++) {
    INFO("meaning number " << i + 1);
    CHECK(library[i].code == std::stoi(rows[i].at(0)));
    CHECK(library[i].phrase == rows[i].at(2));
  }
}

TEST_CASE("every unofficial meaning has the transcribed origin", "[transcription]") {
  std::map<std::pair<int, std::string>, std::string> origin;
  for (const Row &r : table("unofficial.md", "Meanings"))
    origin[{std::stoi(r.at(0)), r.at(2)}] = r.at(1);
  for (const Unofficial &u : library_unofficial()) {
    const auto found = origin.find({u.code, u.phrase});
    if (found == origin.end())
      continue; // reported by the transcription check
    INFO(u.code << " " << u.phrase << ": transcribed origin \"" << found->second
                << "\", data \"" << u.origin << "\"");
    CHECK(u.origin == found->second);
  }
}

TEST_CASE("every descriptive unofficial phrase says so in its description, "
          "and no other does",
          "[transcription]") {
  const std::string note = " (descriptive phrase: the origin gives none)";
  std::map<std::pair<int, std::string>, bool> descriptive;
  for (const Row &r : table("unofficial.md", "Meanings"))
    descriptive[{std::stoi(r.at(0)), r.at(2)}] = r.at(3) == "yes";
  for (const Unofficial &u : library_unofficial()) {
    const auto found = descriptive.find({u.code, u.phrase});
    if (found == descriptive.end())
      continue;
    const bool says_so = u.description.size() > note.size() &&
                         u.description.compare(u.description.size() - note.size(),
                                               note.size(), note) == 0;
    INFO(u.code << " " << u.phrase << ": \"" << u.description << "\"");
    CHECK(says_so == found->second);
  }
}

TEST_CASE("every name and phrase of this machine's python3 resolves to the "
          "same code",
          "[transcription][python]") {
  // An older Python has the old names and phrases (REQUEST_ENTITY_TOO_LARGE,
  // "Request Entity Too Large"); the library must resolve them all.
  const std::string command =
      std::string(PYTHON3) +
      " -c \""
      "import sys\n"
      "try:\n"
      "    from http import HTTPStatus\n"
      "except ImportError:\n"
      "    sys.exit(3)\n"
      "print('version', sys.version.split()[0], sep=chr(9))\n"
      "for name, member in HTTPStatus.__members__.items():\n"
      "    print('name', member.value, name, sep=chr(9))\n"
      "    print('phrase', member.value, member.phrase, sep=chr(9))\n"
      "\" 2>/dev/null";
  FILE *pipe = popen(command.c_str(), "r");
  if (!pipe) {
    skip("cannot run " + std::string(PYTHON3));
    return;
  }
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0)
    out.append(buf, n);
  if (pclose(pipe) != 0 || out.empty()) {
    skip(std::string(PYTHON3) + " is absent or has no http.HTTPStatus");
    return;
  }
  std::istringstream lines(out);
  std::string line, version = "?";
  int checked = 0;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string kind, code, value;
    std::getline(fields, kind, '\t');
    std::getline(fields, code, '\t');
    std::getline(fields, value);
    if (kind == "version") {
      version = code;
      continue;
    }
    INFO("Python " << version << ": " << kind << " \"" << value << "\" is " << code);
    const httpstatus *want = httpstatus_from_code(std::stoi(code));
    CHECK(want != nullptr);
    CHECK((kind == "name" ? by_name(value) : by_phrase(value)) == want);
    checked++;
  }
  INFO("Python " << version);
  CHECK(checked > 0);
}
