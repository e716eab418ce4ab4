// The tables of tests/reference/, read the same way by every test that
// compares the library with them.
#ifndef HTTPSTATUS_REFERENCE_TABLE_HPP
#define HTTPSTATUS_REFERENCE_TABLE_HPP

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace reference {

using Row = std::vector<std::string>;

// The rows of the table under "## heading" in tests/reference/file,
// without its header: "| a | b |" gives {"a", "b"}.
inline std::vector<Row> table(const std::string &file, const std::string &heading) {
  const std::string path = std::string(HTTPSTATUS_TRANSCRIPTION_DIR) + "/" + file;
  std::ifstream in(path);
  INFO(path);
  REQUIRE(in.good());
  std::vector<Row> rows;
  std::string line;
  bool in_section = false;
  int table_lines = 0;
  while (std::getline(in, line)) {
    if (line.compare(0, 3, "## ") == 0) {
      in_section = line == "## " + heading;
      continue;
    }
    if (!in_section || line.compare(0, 1, "|") != 0) {
      if (table_lines > 0)
        break; // the first table of the section is the one
      continue;
    }
    if (table_lines++ < 2)
      continue; // the header and its |---| line
    Row row;
    const std::string inner = line.substr(2, line.size() - 4); // "| " .. " |"
    size_t start = 0, bar;
    while ((bar = inner.find(" | ", start)) != std::string::npos) {
      row.push_back(inner.substr(start, bar - start));
      start = bar + 3;
    }
    row.push_back(inner.substr(start));
    rows.push_back(row);
  }
  INFO(heading);
  REQUIRE(!rows.empty());
  return rows;
}

} // namespace reference

#endif
