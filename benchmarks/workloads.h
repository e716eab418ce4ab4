/* The benchmark's workloads: the inputs every strategy of a kind of lookup
 * is timed on, built at run time from the library's keys. */
#ifndef BENCH_WORKLOADS_H
#define BENCH_WORKLOADS_H

#include <stddef.h>

#include "strategies.h"

enum { INPUTS = 10000 }; /* per workload */

enum workload { HITS, HOT_SHORT, HOT_LONG, MISSES, NEAR_MISSES, MIXED, WORKLOADS };
extern const char *const workload_names[WORKLOADS];

/* Each fills every workload's inputs; call them in this order, as the
 * inputs come from one reproducible random sequence. */
void build_code_inputs(int in[WORKLOADS][INPUTS]);
/* The table's keys; `reference` tells a miss from a hit. */
void build_text_inputs(struct text_input in[WORKLOADS][INPUTS],
                       const struct bench_key *keys, size_t count,
                       text_lookup reference);
/* httpstatus_find's: every NAME and phrase, lower-cased. */
void build_find_inputs(struct text_input in[WORKLOADS][INPUTS], text_lookup reference);
/* httpstatus_unofficial_find's: every unofficial NAME and phrase, lower-cased. */
void build_unofficial_inputs(struct text_input in[WORKLOADS][INPUTS],
                             text_lookup reference);

#endif
