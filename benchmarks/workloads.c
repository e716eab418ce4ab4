/* The benchmark's workloads, 10,000 inputs each, built at run time from the
 * library's keys: hits (every key equally often, shuffled), hot short and
 * hot long (the shortest key, then the longest, every time; for codes, the
 * lowest and the highest),
 * misses (random bytes of the keys' alphabet at key lengths; for codes,
 * unregistered three-digit numbers), near misses (a key with one byte or
 * digit changed) and a 50/50 mix of hits and misses. */
#define _POSIX_C_SOURCE 199309L /* measure.h: clock_gettime */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"
#include "workloads.h"

const char *const workload_names[WORKLOADS] = {"hits",   "hot short",   "hot long",
                                               "misses", "near misses", "50/50 mix"};

static void shuffle_codes(int *v, size_t n) {
  for (size_t i = n - 1; i > 0; i--) {
    size_t j = bench_random_below(i + 1);
    int t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

static void shuffle_texts(struct text_input *v, size_t n) {
  for (size_t i = n - 1; i > 0; i--) {
    size_t j = bench_random_below(i + 1);
    struct text_input t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

/* httpstatus_at() is in code order: bench_entry[i]->code is the i-th code. */
static int code_at(size_t i) { return bench_entry[i]->code; }

void build_code_inputs(int in[WORKLOADS][INPUTS]) {
  for (size_t i = 0; i < INPUTS; i++) {
    int code;
    in[HITS][i] = code_at(i % HTTPSTATUS_COUNT);
    in[HOT_SHORT][i] = code_at(0);
    in[HOT_LONG][i] = code_at(HTTPSTATUS_COUNT - 1);
    do /* three digits, like the codes */
      code = 100 + (int)bench_random_below(900);
    while (httpstatus_from_code(code));
    in[MISSES][i] = code;
    do { /* one digit of a code changed */
      int digits[3], at = (int)bench_random_below(3), was;
      code = code_at(bench_random_below(HTTPSTATUS_COUNT));
      digits[0] = code / 100, digits[1] = code / 10 % 10, digits[2] = code % 10;
      was = digits[at];
      while (digits[at] == was)
        digits[at] = (int)bench_random_below(10);
      code = digits[0] * 100 + digits[1] * 10 + digits[2];
    } while (code < 100 || httpstatus_from_code(code));
    in[NEAR_MISSES][i] = code;
  }
  shuffle_codes(in[HITS], INPUTS);
  for (size_t i = 0; i < INPUTS; i++)
    in[MIXED][i] = (bench_random() & 1) ? in[HITS][i] : in[MISSES][i];
}

/* Every input gets a heap block of exactly its own length, without a NUL,
 * as input read from outside may come: a strategy that reads past its
 * input gains nothing from it, and AddressSanitizer reports it. */
static const char *copy_text(const char *s, size_t n) {
  char *copy = bench_must(malloc(n ? n : 1));
  memcpy(copy, s, n);
  return copy;
}

static struct text_input input_of(const char *text) {
  return (struct text_input){copy_text(text, strlen(text)), strlen(text)};
}

/* Writes every byte the texts use, in byte order, into out[256]; returns
 * how many. */
static size_t alphabet_of(const char **texts, size_t count, char *out) {
  size_t n = 0;
  for (unsigned c = 1; c < 256; c++)
    for (size_t i = 0; i < count; i++)
      if (strchr(texts[i], (int)c)) {
        out[n++] = (char)c;
        break;
      }
  out[n] = '\0';
  return n;
}

/* texts: the hits, as given to the lookups; reference tells a miss from a
 * hit. The misses take their bytes from the hits' alphabet. */
static void fill_text_inputs(struct text_input in[WORKLOADS][INPUTS],
                             const char **texts, size_t count, text_lookup reference) {
  char alphabet[256], buffer[FOLDED_MAX + 1];
  size_t alphabet_len = alphabet_of(texts, count, alphabet);
  size_t shortest = 0, longest = 0;
  struct text_input hot_short, hot_long;
  for (size_t i = 1; i < count; i++) {
    if (strlen(texts[i]) < strlen(texts[shortest]))
      shortest = i;
    if (strlen(texts[i]) > strlen(texts[longest]))
      longest = i;
  }
  hot_short = input_of(texts[shortest]);
  hot_long = input_of(texts[longest]);
  for (size_t i = 0; i < INPUTS; i++) {
    const char *hit = texts[i % count];
    size_t n;
    in[HITS][i] = input_of(hit);
    in[HOT_SHORT][i] = hot_short;
    in[HOT_LONG][i] = hot_long;
    do { /* random bytes of the keys' alphabet, at a key's length */
      n = strlen(texts[bench_random_below(count)]);
      for (size_t j = 0; j < n; j++)
        buffer[j] = alphabet[bench_random_below(alphabet_len)];
    } while (reference(buffer, n));
    in[MISSES][i] = (struct text_input){copy_text(buffer, n), n};
    do { /* a key with one byte changed */
      const char *key = texts[bench_random_below(count)];
      size_t at;
      n = strlen(key);
      memcpy(buffer, key, n);
      at = bench_random_below(n);
      while (buffer[at] == key[at])
        buffer[at] = alphabet[bench_random_below(alphabet_len)];
    } while (reference(buffer, n));
    in[NEAR_MISSES][i] = (struct text_input){copy_text(buffer, n), n};
  }
  shuffle_texts(in[HITS], INPUTS);
  for (size_t i = 0; i < INPUTS; i++)
    in[MIXED][i] = (bench_random() & 1) ? in[HITS][i] : in[MISSES][i];
}

void build_text_inputs(struct text_input in[WORKLOADS][INPUTS],
                       const struct bench_key *keys, size_t count,
                       text_lookup reference) {
  const char **texts = bench_must(malloc(count * sizeof *texts));
  for (size_t i = 0; i < count; i++)
    texts[i] = keys[i].text;
  fill_text_inputs(in, texts, count, reference);
  free(texts);
}

/* The texts, lower-cased, as the forgiving lookups' inputs; frees texts. */
static void fill_lowered(struct text_input in[WORKLOADS][INPUTS], const char **texts,
                         size_t count, text_lookup reference) {
  for (size_t i = 0; i < count; i++) {
    size_t n = strlen(texts[i]);
    char *lower = bench_must(malloc(n + 1));
    for (size_t j = 0; j <= n; j++) /* the NUL too */
      lower[j] = texts[i][j] >= 'A' && texts[i][j] <= 'Z'
                     ? (char)(texts[i][j] - 'A' + 'a')
                     : texts[i][j];
    texts[i] = lower;
  }
  fill_text_inputs(in, texts, count, reference); /* copies every text it uses */
  for (size_t i = 0; i < count; i++)
    free((void *)texts[i]);
  free(texts);
}

void build_find_inputs(struct text_input in[WORKLOADS][INPUTS], text_lookup reference) {
  const char **texts =
      bench_must(malloc((names_key_count + phrases_key_count) * sizeof *texts));
  size_t n = 0;
  for (size_t i = 0; i < names_key_count; i++)
    texts[n++] = names_keys[i].text;
  for (size_t i = 0; i < phrases_key_count; i++)
    texts[n++] = phrases_keys[i].text;
  fill_lowered(in, texts, n, reference);
}

void build_unofficial_inputs(struct text_input in[WORKLOADS][INPUTS],
                             text_lookup reference) {
  size_t count = httpstatus_unofficial_count();
  const char **texts = bench_must(malloc(2 * count * sizeof *texts));
  for (size_t i = 0; i < count; i++) {
    texts[2 * i] = httpstatus_unofficial_at(i)->name;
    texts[2 * i + 1] = httpstatus_unofficial_at(i)->phrase;
  }
  fill_lowered(in, texts, 2 * count, reference);
}
