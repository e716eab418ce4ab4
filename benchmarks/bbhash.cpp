// BBHash's functions for the benchmarks: the library is a C++ template,
// so its build and its lookup live here, behind perfect_hash.h's C
// interface. BBHash maps 64-bit numbers, so a text is first hashed to one
// (FNV-1a, 64 bits); the build checks that no two keys share that hash.
#include <BooPHF.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <vector>

#include "perfect_hash.h"

namespace {

using Function = boomphf::mphf<uint64_t, boomphf::SingleHashFunctor<uint64_t>>;

inline uint64_t text_hash(const char *s, size_t n) {
  uint64_t h = 14695981039346656037u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211u;
  return h;
}

} // namespace

extern "C" struct perfect_hash bbhash_build(const char *const *texts,
                                            const size_t *lens, size_t n) {
  std::vector<uint64_t> hashes(n);
  for (size_t i = 0; i < n; i++)
    hashes[i] = text_hash(texts[i], lens[i]);
  std::vector<uint64_t> sorted(hashes);
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    std::fprintf(stderr, "benchmark: two of %zu keys share a 64-bit hash\n", n);
    std::exit(1);
  }
  // one thread, BBHash's default gamma of 2, no files, no progress bar
  auto *function = new Function(n, hashes, 1, 2.0, false, false, 0);
  std::ostringstream saved;
  function->save(saved);
  struct perfect_hash h;
  h.function = function;
  h.bytes = saved.str().size();
  return h;
}

extern "C" size_t bbhash_number(const struct perfect_hash *h, const char *s, size_t n) {
  return static_cast<Function *>(h->function)->lookup(text_hash(s, n));
}
