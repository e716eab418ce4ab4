/* Builds cmph's functions (CHD, BDZ) over a key list; BBHash's are built
 * in bbhash.cpp, its library being C++. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "perfect_hash.h"
#include "shared.h"

struct perfect_hash bbhash_build(const char *const *texts, const size_t *lens,
                                 size_t n);

static struct perfect_hash cmph_build(CMPH_ALGO algo, const char *const *texts,
                                      const size_t *lens, size_t n) {
  /* cmph's vector adapter reads NUL-terminated keys */
  char **copies = bench_must(malloc(n * sizeof *copies));
  cmph_io_adapter_t *source;
  cmph_config_t *config;
  cmph_t *built;
  struct perfect_hash h;
  for (size_t i = 0; i < n; i++) {
    copies[i] = bench_must(malloc(lens[i] + 1));
    memcpy(copies[i], texts[i], lens[i]);
    copies[i][lens[i]] = '\0';
  }
  source = bench_must(cmph_io_vector_adapter(copies, (cmph_uint32)n));
  config = bench_must(cmph_config_new(source));
  cmph_config_set_algo(config, algo);
  built = cmph_new(config);
  if (built == NULL) {
    fprintf(stderr, "benchmark: cmph could not build %s over %zu keys\n",
            cmph_names[algo], n);
    exit(1);
  }
  h.bytes = cmph_packed_size(built);
  h.function = bench_must(malloc(h.bytes));
  cmph_pack(built, h.function);
  cmph_destroy(built);
  cmph_config_destroy(config);
  cmph_io_vector_adapter_destroy(source);
  for (size_t i = 0; i < n; i++)
    free(copies[i]);
  free(copies);
  return h;
}

struct perfect_hash perfect_hash_build(enum perfect_hash_kind kind,
                                       const char *const *texts, const size_t *lens,
                                       size_t n) {
  struct perfect_hash h =
      kind == PERFECT_HASH_CHD   ? cmph_build(CMPH_CHD, texts, lens, n)
      : kind == PERFECT_HASH_BDZ ? cmph_build(CMPH_BDZ, texts, lens, n)
                                 : bbhash_build(texts, lens, n);
  h.count = n;
  h.position = bench_must(malloc((n ? n : 1) * sizeof *h.position));
  memset(h.position, 0xff, (n ? n : 1) * sizeof *h.position);
  h.bytes += n * sizeof *h.position;
  for (size_t i = 0; i < n; i++) {
    size_t number = kind == PERFECT_HASH_BBHASH ? bbhash_number(&h, texts[i], lens[i])
                                                : cmph_number(&h, texts[i], lens[i]);
    if (number >= n || h.position[number] != UINT32_MAX) {
      fprintf(stderr, "benchmark: the perfect hash gives key %zu of %zu number %zu\n",
              i, n, number);
      exit(1);
    }
    h.position[number] = (uint32_t)i;
  }
  return h;
}
