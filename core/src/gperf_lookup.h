/* The lookup over the tables gperf/postprocess.py makes of gperf's output:
 * the length test, the compare and the table reads. Shared by the library
 * (core/src/httpstatus.c, core/src/unofficial.c) and the scaling study,
 * which builds the same tables over synthetic keys. Before including it,
 * the includer defines struct httpstatus, in whose size the generated
 * offsets are counted; after it, the generated tables, and with
 * DEFINE_MATCH the function its lookups use. */
#ifndef GPERF_LOOKUP_H
#define GPERF_LOOKUP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The width of the generated tables' key rows (gperf/postprocess.py). */
#define KEY_WIDTH 32

static uint64_t load64(const char *p) {
  uint64_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

static uint32_t load32(const char *p) {
  uint32_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

static uint16_t load16(const char *p) {
  uint16_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

/* HTTPSTATUS_NO_SIMD: the portable compare of every target without SSE2,
 * so that it is built and tested on x86-64 too (tests/README.md). */
#if defined(__SSE2__) && !defined(HTTPSTATUS_NO_SIMD)
#define GPERF_LOOKUP_SSE2
#include <emmintrin.h>

/* Byte by byte, 0xff where the 16 bytes at a and b agree. */
static __m128i same16(const char *a, const char *b) {
  return _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)a),
                        _mm_loadu_si128((const __m128i *)(const void *)b));
}
#endif

/* entry when the len bytes at s are the key whose row is row, else NULL,
 * for 2 <= len <= 32 (the generated tables check their keys' lengths). A
 * row holds a key shorter than 16 bytes as it is, zero-padded, and a
 * longer one as its first 16 bytes then its last 16 (gperf/postprocess.py):
 * two loads of s per size class, overlapping in the middle rather than
 * reading past s + len, each compared with the row at an offset that does
 * not depend on the length, so from 16 bytes both halves of the row are
 * aligned and SSE2 compares them in place. Each class chooses the result
 * itself: a shared "differ" flag costs every class instructions to
 * normalise it. */
static inline const struct httpstatus *
if_same(const char *s, const char *row, size_t len, const struct httpstatus *entry) {
  if (len >= 8) {
    if (len >= 16)
#ifdef GPERF_LOOKUP_SSE2
      return _mm_movemask_epi8(_mm_and_si128(same16(s, row),
                                             same16(s + len - 16, row + 16))) == 0xffff
                 ? entry
                 : NULL;
#else
      return ((load64(s) ^ load64(row)) | (load64(s + 8) ^ load64(row + 8)) |
              (load64(s + len - 16) ^ load64(row + 16)) |
              (load64(s + len - 8) ^ load64(row + 24))) == 0
                 ? entry
                 : NULL;
#endif
    return ((load64(s) ^ load64(row)) |
            (load64(s + len - 8) ^ load64(row + len - 8))) == 0
               ? entry
               : NULL;
  }
  if (len >= 4)
    return ((load32(s) ^ load32(row)) |
            (load32(s + len - 4) ^ load32(row + len - 4))) == 0
               ? entry
               : NULL;
  return ((load16(s) ^ load16(row)) | (load16(s + len - 2) ^ load16(row + len - 2))) ==
                 0
             ? entry
             : NULL;
}

/* entry when the len bytes at s spell the key of a table marked ANY_CASE
 * (gperf/postprocess.py) whose row is row and mask mask, else NULL, for
 * 2 <= len <= 32: the text matches where, with each '_' made ' ' and each
 * byte ORed with the mask's (0x20 where the key has a letter, else 0), it
 * is the key, so a capital matches its small letter and '_' matches ' ',
 * and nothing else changes. The row holds the key's first and last w
 * bytes side by side, w the widest of 16, 8, 4 and 2 the key holds: each
 * size class gathers the text's two ends into one 16-byte block (two,
 * from 16 bytes) and compares it whole. */
#ifdef GPERF_LOOKUP_SSE2
static inline int spelled16(__m128i text, const char *row, const char *mask) {
  __m128i underscores = _mm_cmpeq_epi8(text, _mm_set1_epi8('_'));
  text = _mm_xor_si128(text, _mm_and_si128(underscores, _mm_set1_epi8('_' ^ ' ')));
  text = _mm_or_si128(text, _mm_loadu_si128((const __m128i *)(const void *)mask));
  return _mm_movemask_epi8(
      _mm_cmpeq_epi8(text, _mm_loadu_si128((const __m128i *)(const void *)row)));
}

static inline const struct httpstatus *if_spelled(const char *s, const char *row,
                                                  const char *mask, size_t len,
                                                  const struct httpstatus *entry) {
  __m128i text;
  if (len >= 16)
    return (spelled16(_mm_loadu_si128((const __m128i *)(const void *)s), row, mask) &
            spelled16(_mm_loadu_si128((const __m128i *)(const void *)(s + len - 16)),
                      row + 16, mask + 16)) == 0xffff
               ? entry
               : NULL;
  if (len >= 8)
    text = _mm_unpacklo_epi64(
        _mm_loadl_epi64((const __m128i *)(const void *)s),
        _mm_loadl_epi64((const __m128i *)(const void *)(s + len - 8)));
  else if (len >= 4)
    text = _mm_unpacklo_epi32(_mm_cvtsi32_si128((int)load32(s)),
                              _mm_cvtsi32_si128((int)load32(s + len - 4)));
  else
    text = _mm_cvtsi32_si128(
        (int)((uint32_t)load16(s) | (uint32_t)load16(s + len - 2) << 16));
  return spelled16(text, row, mask) == 0xffff ? entry : NULL;
}
#else
static inline const struct httpstatus *if_spelled(const char *s, const char *row,
                                                  const char *mask, size_t len,
                                                  const struct httpstatus *entry) {
  char text[KEY_WIDTH] = {0};
  size_t width = len >= 16 ? 16 : len >= 8 ? 8 : len >= 4 ? 4 : 2;
  memcpy(text, s, width);
  memcpy(text + width, s + len - width, width);
  for (size_t i = 0; i < KEY_WIDTH; i++)
    if (((text[i] == '_' ? ' ' : text[i]) | mask[i]) != row[i])
      return NULL;
  return entry;
}
#endif

/* A table uses one of the two functions DEFINE_MATCH defines, and
 * displaced_slot only if displaced; clang warns of the others in a
 * single-file build (the amalgamation). */
#ifdef __GNUC__
#define MAYBE_UNUSED __attribute__((unused))
#else
#define MAYBE_UNUSED
#endif

/* The length test every lookup makes before hashing, so the hash reads
 * only bytes the input has and its value stays within the padded rows. */
#define LENGTH_FITS(table, len)                                                        \
  ((size_t)(len)-table##_MIN_WORD_LENGTH <=                                            \
   (size_t)(table##_MAX_WORD_LENGTH - table##_MIN_WORD_LENGTH))

/* DEFINE_MATCH(name, entries) defines name_0() and name_1(): the entry
 * whose key is s[0..len), given its hash value, from the tables of
 * gperf/postprocess.py, whose offsets count bytes from the array entries:
 * name_0 for tables with a position per hash value, name_1 for displaced
 * ones, which find it through bases (LOOKUP picks by the table's
 * DISPLACED). A position's entry and key are read only once its length
 * matches, as only keys' positions have one; the length is compared as a
 * byte, which LENGTH_FITS has made it, so the compare reads the table in
 * place. One function per array and layout, with the array's name in its
 * body rather than passed to it: gcc then lays the lookups out as if the
 * code were written in place (passing the array, or a flag for the layout,
 * cost NAME hits of 8 to 15 bytes a jump; the position computed by LOOKUP,
 * and one function of six parameters for both layouts, cost
 * httpstatus_find a hit 1 instruction). */
#define DEFINE_MATCH(name, entries)                                                    \
  static inline MAYBE_UNUSED const struct httpstatus *name##_0(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      size_t hash, const char *s, size_t len) {                                        \
    (void)bases;                                                                       \
    (void)shift;                                                                       \
    if (lengths[hash] != (unsigned char)len)                                           \
      return NULL;                                                                     \
    return if_same(s, keys[hash], len, ENTRY_AT(entries, entry_offsets[hash]));        \
  }                                                                                    \
  static inline MAYBE_UNUSED const struct httpstatus *name##_1(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      size_t hash, const char *s, size_t len) {                                        \
    size_t at = displaced_slot(bases, shift, hash);                                    \
    if (lengths[at] != (unsigned char)len)                                             \
      return NULL;                                                                     \
    return if_same(s, keys[at], len, ENTRY_AT(entries, entry_offsets[at]));            \
  }

/* DEFINE_MATCH_SELECT(name, entries) defines name_0() and name_1() as
 * DEFINE_MATCH does, without a branch on whether the input is a key: a
 * position whose length differs reads position 0's entry and key instead
 * (every table has them, and rows are padded) and the result is masked
 * to NULL. Only if_same's size classes branch, on the length alone, so a
 * mix of hits and misses mispredicts no more than either; a miss pays the
 * whole compare. */
#define DEFINE_MATCH_SELECT(name, entries)                                             \
  static inline MAYBE_UNUSED const struct httpstatus *name##_0(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      size_t hash, const char *s, size_t len) {                                        \
    uintptr_t fits = (uintptr_t)(lengths[hash] == len);                                \
    size_t at = hash & (size_t)(0 - fits);                                             \
    (void)bases;                                                                       \
    (void)shift;                                                                       \
    return MASKED(if_same(s, keys[at], len, ENTRY_AT(entries, entry_offsets[at])),     \
                  fits);                                                               \
  }                                                                                    \
  static inline MAYBE_UNUSED const struct httpstatus *name##_1(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      size_t hash, const char *s, size_t len) {                                        \
    size_t slot = displaced_slot(bases, shift, hash);                                  \
    uintptr_t fits = (uintptr_t)(lengths[slot] == len);                                \
    size_t at = slot & (size_t)(0 - fits);                                             \
    return MASKED(if_same(s, keys[at], len, ENTRY_AT(entries, entry_offsets[at])),     \
                  fits);                                                               \
  }

/* The position of hash value hash in a displaced table (gperf/postprocess.py):
 * its block's base plus its place in the block of 2**shift hash values. */
static inline MAYBE_UNUSED size_t displaced_slot(const unsigned short *bases,
                                                 unsigned shift, size_t hash) {
  return bases[hash >> shift] + (hash & (((size_t)1 << shift) - 1));
}
/* The same for any table, by its DISPLACED: for code that reads the
 * tables itself. */
#define SLOT(table, hash) SLOT_IN(table, table##_DISPLACED, hash)
#define SLOT_IN(table, displaced, hash) SLOT_BY(table, displaced, hash)
#define SLOT_BY(table, displaced, hash) SLOT_##displaced(table, hash)
#define SLOT_0(table, hash) (hash)
#define SLOT_1(table, hash) displaced_slot(table##_bases, table##_BLOCK_SHIFT, hash)

/* The entry at a byte offset from the array entries. */
#define ENTRY_AT(entries, offset)                                                      \
  ((const struct httpstatus *)(const void *)((const char *)(entries) + (offset)))
/* entry where fits is 1, NULL where it is 0, without a branch. */
#define MASKED(entry, fits)                                                            \
  ((const struct httpstatus *)((uintptr_t)(entry) & (0 - (fits))))

/* The entry of an ANY_CASE table whose key s[0..len) spells (if_spelled),
 * or NULL, in either layout; its offsets count from the array entries. */
#define LOOKUP_SPELLED(table, entries, s, len)                                         \
  (LENGTH_FITS(table, len)                                                             \
       ? spelled_match(table##_lengths, table##_entries, table##_keys, table##_masks,  \
                       entries, SLOT(table, table##_hash(s, len)), s, len)             \
       : NULL)
static inline MAYBE_UNUSED const struct httpstatus *
spelled_match(const unsigned char *lengths, const unsigned short *entry_offsets,
              const char (*keys)[KEY_WIDTH], const char (*masks)[KEY_WIDTH],
              const struct httpstatus *entries, size_t at, const char *s, size_t len) {
  if (lengths[at] != (unsigned char)len) /* bounded by LENGTH_FITS */
    return NULL;
  return if_spelled(s, keys[at], masks[at], len, ENTRY_AT(entries, entry_offsets[at]));
}

/* The entry of table whose key is s[0..len), or NULL, found by match, a
 * function DEFINE_MATCH defined for the table's array; LENGTH_FITS first. */
#define LOOKUP(match, table, s, len) LOOKUP_IN(match, table, table##_DISPLACED, s, len)
#define LOOKUP_IN(match, table, displaced, s, len)                                     \
  LOOKUP_BY(match, table, displaced, s, len)
#define LOOKUP_BY(match, table, displaced, s, len)                                     \
  match##_##displaced(table##_lengths, table##_entries, table##_bases,                 \
                      table##_BLOCK_SHIFT, table##_keys, table##_hash(s, len), s, len)

#endif
