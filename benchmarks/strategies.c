/* The registry: the one list of the benchmark's strategies, by the names
 * the results show, the library first. Where each is implemented:
 *
 *   library                      core/, the function under test
 *   library (select)             select_strategies.c: the library's NAME
 *                                and phrase lookups with the other match
 *   switch, two-level table, binary search, linear scan, empty (codes)
 *                                code_strategies.c, from HTTPSTATUS_MAP
 *   switch length, switch length+first, trie
 *                                generate_strategies.py writes them for
 *                                each table from its keyword file
 *   gperf default                generate_strategies.py writes the keyword
 *                                files; the gperf-defaults rule in
 *                                CMakeLists.txt runs gperf on them
 *   binary search, linear scan, FNV-1a open addr., hsearch_r, empty (texts)
 *                                text_strategies.c, built at start-up
 *   cmph CHD, cmph BDZ, BBHash   perfect_hash_strategies.c over
 *                                perfect_hash.c and bbhash.cpp, built at
 *                                start-up
 *   every forgiving strategy     text_strategies.c (folded_*): the folding
 *                                loop, then the same strategy over the
 *                                forgiving table's keys
 *
 * report.py reads the results by name: "library", "empty (loop only)", and
 * "switch length" and "switch length+first", which its targets compare the
 * library with; it also maps each kind (named in bench.c) to its library
 * function; sizes.py maps every strategy's name to its objects and
 * symbols. Renaming one of these means renaming it there too. */
#include "strategies.h"

const struct httpstatus *bench_entry[HTTPSTATUS_COUNT];

void init_strategies(void) {
  for (size_t i = 0; i < HTTPSTATUS_COUNT; i++)
    bench_entry[i] = httpstatus_at(i);
  init_code_tables();
  init_text_tables();
  init_hashed_tables();
  init_select_tables();
}

const struct strategy code_strategies[] = {{"library", httpstatus_from_code, NULL},
                                           {"switch", code_switch, NULL},
                                           {"two-level table", code_two_level, NULL},
                                           {"binary search", code_binary, NULL},
                                           {"linear scan", code_linear, NULL},
                                           {"empty (loop only)", code_empty, NULL},
                                           {NULL, NULL, NULL}};

/* The same list for every table after the library; `table` names the
 * functions' prefix. */
#define OTHER_TEXT_STRATEGIES(table)                                                   \
  {"gperf default", NULL, table##_gperf_default},                                      \
      {"switch length", NULL, table##_switch_length},                                  \
      {"switch length+first", NULL, table##_switch_first},                             \
      {"trie", NULL, table##_trie}, {"binary search", NULL, table##_binary},           \
      {"linear scan", NULL, table##_linear}, {"FNV-1a open addr.", NULL, table##_fnv}, \
      {"hsearch_r", NULL, table##_hsearch}, {"cmph CHD", NULL, table##_chd},           \
      {"cmph BDZ", NULL, table##_bdz}, {"BBHash", NULL, table##_bbhash},               \
      {"empty (loop only)", NULL, text_empty}, {                                       \
    NULL, NULL, NULL                                                                   \
  }
/* NAME and phrase also race the library's other match (select_strategies.c). */
const struct strategy name_strategies[] = {{"library", NULL, httpstatus_from_name},
                                           {"library (select)", NULL, names_select},
                                           OTHER_TEXT_STRATEGIES(names)};
const struct strategy phrase_strategies[] = {{"library", NULL, httpstatus_from_phrase},
                                             {"library (select)", NULL, phrases_select},
                                             OTHER_TEXT_STRATEGIES(phrases)};
const struct strategy find_strategies[] = {{"library", NULL, httpstatus_find},
                                           OTHER_TEXT_STRATEGIES(folded)};
#undef OTHER_TEXT_STRATEGIES

/* Lookups without a rival here: the library and the loop's own cost. */
const struct strategy unofficial_strategies[] = {
    {"library", NULL, httpstatus_unofficial_find},
    {"empty (loop only)", NULL, text_empty},
    {NULL, NULL, NULL}};
const struct strategy suggest_strategies[] = {{"library", NULL, httpstatus_suggest},
                                              {"empty (loop only)", NULL, text_empty},
                                              {NULL, NULL, NULL}};
