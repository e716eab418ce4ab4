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
/* The length from which same() compares 8-byte words, and on which LOOKUP
 * branches first (LONG in gperf/postprocess.py). */
#define LONG_LENGTH 8

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
/* The generated tables' rows start 16-byte aligned, for SSE2's compare. */
#define TABLES_ALIGNED __attribute__((aligned(16)))
#else
#define TABLES_ALIGNED
static uint64_t load64(const char *p) {
  uint64_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

#endif

/* The compare of the len bytes at s, 8 <= len <= 32, with the key whose
 * row is row, SAME_LONG when they are the same: four 8-byte loads, at 0,
 * second, third and len - 8 (the offsets gperf/postprocess.py tabulates by
 * length, middle()), cover the input without reading past s + len, and the
 * row holds the key's bytes at the same offsets (key_row). From 16 bytes
 * that row is the key's first 16 bytes and its last 16. Every length from
 * 8 takes the same instructions, so shuffled inputs mispredict no branch
 * between sizes: on an Intel Xeon a branch between 8-15 and 16-32 bytes
 * cost NAME hits 2.7 ns in 5.7. */
static inline uint64_t compared_long(const char *s, const char *row, size_t second,
                                     size_t third, size_t len) {
  const char *last = s + len - 8;
#ifdef GPERF_LOOKUP_SSE2
  __m128i head = _mm_castps_si128(
      _mm_loadh_pi(_mm_castsi128_ps(_mm_loadl_epi64((const __m128i *)(const void *)s)),
                   (const __m64 *)(const void *)(s + second)));
  __m128i rest = _mm_castps_si128(_mm_loadh_pi(
      _mm_castsi128_ps(_mm_loadl_epi64((const __m128i *)(const void *)(s + third))),
      (const __m64 *)(const void *)last));
  return (unsigned)_mm_movemask_epi8(_mm_and_si128(
      _mm_cmpeq_epi8(head, _mm_load_si128((const __m128i *)(const void *)row)),
      _mm_cmpeq_epi8(rest, _mm_load_si128((const __m128i *)(const void *)(row + 16)))));
#else
  return (load64(s) ^ load64(row)) | (load64(s + second) ^ load64(row + 8)) |
         (load64(s + third) ^ load64(row + 16)) | (load64(last) ^ load64(row + 24));
#endif
}

/* What compared_long gives for a key that matches. */
#ifdef GPERF_LOOKUP_SSE2
#define SAME_LONG 0xffffu
#else
#define SAME_LONG 0u
#endif

/* Whether the len bytes at s are the key whose row is row, for 2 <= len
 * <= 32 (the generated tables check their keys' lengths): compared_long
 * from 8 bytes; below, the key as it is in its row, compared as two
 * overlapping loads of 4 or 2 bytes. second and third are the table's,
 * read only from 8 bytes (NULL will do below). */
static inline int same(const char *s, const char *row, const unsigned char *second,
                       const unsigned char *third, size_t len) {
  if (len >= LONG_LENGTH)
    return compared_long(s, row, second[len], third[len], len) == SAME_LONG;
  if (len >= 4)
    return ((load32(s) ^ load32(row)) |
            (load32(s + len - 4) ^ load32(row + len - 4))) == 0;
  return ((load16(s) ^ load16(row)) | (load16(s + len - 2) ^ load16(row + len - 2))) ==
         0;
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

/* The entry at a byte offset from the array entries. */
#define ENTRY_AT(entries, offset)                                                      \
  ((const struct httpstatus *)(const void *)((const char *)(entries) + (offset)))
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
 * and one function for both layouts, cost httpstatus_find a hit 1
 * instruction). */
#define DEFINE_MATCH(name, entries)                                                    \
  static inline MAYBE_UNUSED const struct httpstatus *name##_0(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      const unsigned char *second, const unsigned char *third, size_t hash,            \
      const char *s, size_t len) {                                                     \
    (void)bases;                                                                       \
    (void)shift;                                                                       \
    if (lengths[hash] != (unsigned char)len ||                                         \
        !same(s, keys[hash], second, third, len))                                      \
      return NULL;                                                                     \
    return ENTRY_AT(entries, entry_offsets[hash]);                                     \
  }                                                                                    \
  static inline MAYBE_UNUSED const struct httpstatus *name##_1(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      const unsigned char *second, const unsigned char *third, size_t hash,            \
      const char *s, size_t len) {                                                     \
    size_t at = displaced_slot(bases, shift, hash);                                    \
    if (lengths[at] != (unsigned char)len || !same(s, keys[at], second, third, len))   \
      return NULL;                                                                     \
    return ENTRY_AT(entries, entry_offsets[at]);                                       \
  }

/* DEFINE_MATCH_SELECT(name, entries) defines name_0() and name_1() as
 * DEFINE_MATCH does, without a branch on whether the input is a key: a
 * position whose length differs reads position 0's entry and key instead
 * (the hash may reach past the last key's position, and every table has a
 * position 0) and the result is made NULL (if_equal), so only the length's size
 * class steers a branch and a mix of hits and misses mispredicts no more
 * than either; a miss pays the whole compare. The benchmark's "library
 * (select)": benchmarks/README.md says why the library keeps DEFINE_MATCH. */
#define DEFINE_MATCH_SELECT(name, entries)                                             \
  static inline MAYBE_UNUSED const struct httpstatus *name##_0(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      const unsigned char *second, const unsigned char *third, size_t hash,            \
      const char *s, size_t len) {                                                     \
    (void)bases;                                                                       \
    (void)shift;                                                                       \
    return selected(entries, entry_offsets, keys, lengths[hash], hash, second, third,  \
                    s, len);                                                           \
  }                                                                                    \
  static inline MAYBE_UNUSED const struct httpstatus *name##_1(                        \
      const unsigned char *lengths, const unsigned short *entry_offsets,               \
      const unsigned short *bases, unsigned shift, const char(*keys)[KEY_WIDTH],       \
      const unsigned char *second, const unsigned char *third, size_t hash,            \
      const char *s, size_t len) {                                                     \
    size_t slot = displaced_slot(bases, shift, hash);                                  \
    return selected(entries, entry_offsets, keys, lengths[slot], slot, second, third,  \
                    s, len);                                                           \
  }
/* value where a equals b, else 0, without a branch. Of the C, gcc 12
 * makes a branch (from a conditional) or setcc, neg and and (from a mask):
 * 5 instructions more a NAME hit than the compare and conditional move
 * clang makes, which on x86-64 the asm writes out for gcc. */
static inline MAYBE_UNUSED uintptr_t if_equal(uint64_t a, uint64_t b, uintptr_t value) {
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
  __asm__("cmp %2, %1\n\tcmovne %3, %0"
          : "+r"(value)
          : "r"(a), "re"(b), "r"((uintptr_t)0)
          : "cc");
  return value;
#else
  return value & (0 - (uintptr_t)(a == b));
#endif
}

static inline MAYBE_UNUSED const struct httpstatus *
selected(const struct httpstatus *entries, const unsigned short *entry_offsets,
         const char (*keys)[KEY_WIDTH], size_t length, size_t slot,
         const unsigned char *second, const unsigned char *third, const char *s,
         size_t len) {
  size_t at = if_equal(length, len, slot);
  uintptr_t entry = (uintptr_t)ENTRY_AT(entries, entry_offsets[at]);
  if (len >= LONG_LENGTH) /* known where LOOKUP inlines it */
    entry = if_equal(compared_long(s, keys[at], second[len], third[len], len),
                     SAME_LONG, entry);
  else
    entry = if_equal((uintptr_t)same(s, keys[at], second, third, len), 1, entry);
  return (const struct httpstatus *)if_equal(length, len, entry);
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

/* The entry of an ANY_CASE table whose key s[0..len) spells (if_spelled),
 * or NULL, in either layout; its offsets count from the array entries. */
#define LOOKUP_SPELLED(table, entries, s, len)                                         \
  (LENGTH_FITS(table, len)                                                             \
       ? spelled_match(table##_lengths, table##_entries, table##_keys, table##_masks,  \
                       entries, SLOT(table, table##_hash(&table##_tables, s, len)), s, \
                       len)                                                            \
       : NULL)
static inline MAYBE_UNUSED const struct httpstatus *
spelled_match(const unsigned char *lengths, const unsigned short *entry_offsets,
              const char (*keys)[KEY_WIDTH], const char (*masks)[KEY_WIDTH],
              const struct httpstatus *entries, size_t at, const char *s, size_t len) {
  if (lengths[at] != (unsigned char)len) /* bounded by LENGTH_FITS */
    return NULL;
  return if_spelled(s, keys[at], masks[at], len, ENTRY_AT(entries, entry_offsets[at]));
}

/* The tables of table (gperf/postprocess.py's struct), at an address the
 * compiler must keep in a register: without the empty asm, gcc computes
 * each table's address apart (a lea each), 4 instructions a NAME hit. */
static inline MAYBE_UNUSED const void *one_base(const void *tables) {
#ifdef __GNUC__
  __asm__("" : "+r"(tables));
#endif
  return tables;
}
#define TABLES(table) ((const struct table##_tables *)one_base(&table##_tables))
/* A dense table has no bases; its match ignores what it is given. */
#define BASES_0(tables) ((tables)->entries)
#define BASES_1(tables) ((tables)->bases)

/* The entry of table whose key is s[0..len), or NULL, found by match, a
 * function DEFINE_MATCH defined for the table's array; LENGTH_FITS first.
 * The size class is decided first, in two copies of the call, so that in
 * each the compiler drops the hash's and the compare's own tests of it;
 * the short one has no middle loads. */
#define LOOKUP(match, table, s, len) LOOKUP_IN(match, table, table##_DISPLACED, s, len)
#define LOOKUP_IN(match, table, displaced, s, len)                                     \
  LOOKUP_BY(match, table, displaced, s, len)
#define LOOKUP_BY(match, table, displaced, s, len)                                     \
  ((len) >= LONG_LENGTH ? LOOKUP_CALL(match, table, displaced, TABLES(table)->second,  \
                                      TABLES(table)->third, s, len)                    \
                        : LOOKUP_CALL(match, table, displaced, NULL, NULL, s, len))
#define LOOKUP_CALL(match, table, displaced, second, third, s, len)                    \
  match##_##displaced(TABLES(table)->lengths, TABLES(table)->entries,                  \
                      BASES_##displaced(TABLES(table)), table##_BLOCK_SHIFT,           \
                      TABLES(table)->keys, second, third,                              \
                      table##_hash(TABLES(table), s, len), s, len)

#endif
