// What the command-line tool's tests share: running the tool, and what its
// output should say, computed from the library's own fields.
#ifndef HTTPSTATUS_TEST_CLI_HELPERS_HPP
#define HTTPSTATUS_TEST_CLI_HELPERS_HPP

#include "httpstatus.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace cli_test {

struct Run {
  std::string out; // stdout and stderr (their order varies: stdout is buffered)
  int status;      // exit status
};

// Runs a shell command line; args are given already quoted.
inline Run run(const std::string &command) {
  Run r{"", -1};
  FILE *p = popen(("( " + command + " ) 2>&1").c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    r.out.append(buf, n);
  const int wait_status = pclose(p);
  REQUIRE(WIFEXITED(wait_status));
  r.status = WEXITSTATUS(wait_status);
  return r;
}

// The tool's path, quoted for the shell, after the emulator that runs it
// in a cross build.
inline std::string tool() {
  return std::string(HTTPSTATUS_CLI_EMULATOR) + " '" + HTTPSTATUS_CLI + "'";
}

// Standard input is empty unless the test says otherwise: with no query,
// the tool reads it (it is not a terminal).
inline Run cli(const std::string &args) {
  return run(tool() + " " + args + " </dev/null");
}

// Runs the tool with input on standard input.
inline Run cli_with_input(const std::string &input, const std::string &args) {
  return run("printf '" + input + "' | " + tool() + " " + args);
}

// Runs the tool and hands its stdout to a Python program.
inline Run cli_into_python(const std::string &args, const std::string &program) {
  return run(tool() + " " + args + " </dev/null 2>/dev/null | '" + PYTHON3 + "' -c \"" +
             program + "\"");
}

// The options a help text lists: the start of each line that begins with
// two spaces and a dash, up to the two spaces before its description.
inline std::vector<std::string> help_options(const std::string &help) {
  std::vector<std::string> options;
  size_t start = 0;
  for (size_t end; (end = help.find('\n', start)) != std::string::npos;
       start = end + 1) {
    const std::string line = help.substr(start, end - start);
    if (line.compare(0, 3, "  -") == 0)
      options.push_back(line.substr(2, line.find("  ", 2) - 2));
  }
  return options;
}

inline size_t count_lines(const std::string &s) {
  size_t n = 0;
  for (char c : s)
    n += c == '\n';
  return n;
}

inline std::vector<std::string> lines_of(const std::string &s) {
  std::vector<std::string> lines;
  size_t start = 0, end;
  while ((end = s.find('\n', start)) != std::string::npos) {
    lines.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The codes that start each line of the text output, in order.
inline std::vector<int> codes_of(const std::string &s) {
  std::vector<int> codes;
  for (const std::string &line : lines_of(s))
    codes.push_back(std::stoi(line));
  return codes;
}

inline std::string flags_of(const httpstatus *e) {
  std::string flags;
  for (unsigned bit = 1; bit <= e->flags; bit <<= 1)
    if (e->flags & bit)
      flags += std::string(flags.empty() ? "" : ",") +
               httpstatus_flag_name((httpstatus_flag)bit);
  return flags;
}

// Every field of an entry, as the Python programs below print them.
inline std::string fields_of(const httpstatus *e) {
  return std::to_string(e->code) + "|" + e->name + "|" + e->phrase + "|" +
         e->description + "|" + e->spec + "|" + httpstatus_class_name(e->status_class) +
         "|" + httpstatus_registry_name(e->registry) + "|" + e->origin + "|" +
         flags_of(e);
}

// A Python function printing an object's fields as fields_of() does.
inline std::string print_fields() {
  return "def fields(o):\n"
         "    return '|'.join(map(str, (o['code'], o['name'], o['phrase'], "
         "o['description'], o['spec'], o['class'], o['registry'], o['origin'], "
         "','.join(o['properties']))))\n";
}

// Every entry --list shows: registered ones and unofficial meanings, in
// code order, a registered entry before the unofficial meanings of its code.
inline std::vector<const httpstatus *> every_entry() {
  std::vector<const httpstatus *> entries;
  size_t j = 0;
  for (size_t i = 0; i < httpstatus_count(); i++) {
    for (; j < httpstatus_unofficial_count() &&
           httpstatus_unofficial_at(j)->code < httpstatus_at(i)->code;
         j++)
      entries.push_back(httpstatus_unofficial_at(j));
    entries.push_back(httpstatus_at(i));
  }
  for (; j < httpstatus_unofficial_count(); j++)
    entries.push_back(httpstatus_unofficial_at(j));
  return entries;
}

template <typename Keep> inline std::vector<int> codes_where(Keep keep) {
  std::vector<int> codes;
  for (const httpstatus *e : every_entry())
    if (keep(e))
      codes.push_back(e->code);
  return codes;
}

// An entry's line of text output, from the library's fields: the bracket
// holds the NAME, the registry status unless permanent (with the origin when
// unofficial), and the properties with spaces for underscores.
inline std::string line_of(const httpstatus *e) {
  std::string bracket = e->name;
  const char *sep = "; ";
  if (e->registry == HTTPSTATUS_REGISTRY_UNOFFICIAL) {
    bracket += std::string("; unofficial, ") + e->origin;
    sep = ", ";
  } else if (e->registry != HTTPSTATUS_REGISTRY_PERMANENT) {
    bracket += std::string("; ") + httpstatus_registry_name(e->registry);
    sep = ", ";
  }
  for (unsigned bit = 1; bit <= e->flags; bit <<= 1)
    if (e->flags & bit) {
      std::string flag = httpstatus_flag_name((httpstatus_flag)bit);
      for (char &c : flag)
        c = c == '_' ? ' ' : c;
      bracket += sep + flag;
      sep = ", ";
    }
  return std::to_string(e->code) + " " + e->phrase + " - " + e->description + " (" +
         e->spec + ") [" + bracket + "]\n";
}

// The meanings of an unregistered code, as the text output shows them.
inline std::string meanings_of(int code) {
  std::string text;
  for (size_t i = 0; i < httpstatus_unofficial_count(); i++) {
    const httpstatus *u = httpstatus_unofficial_at(i);
    if (u->code == code)
      text += std::to_string(code) + " " + u->phrase + " - " + u->description + " (" +
              u->spec + ") [" + u->name + "; unofficial, " + u->origin + "]\n";
  }
  return text;
}

} // namespace cli_test

#endif
