/* Eight threads call every lookup over every key and a set of bad inputs,
 * round after round, and compare each answer with the one a single thread
 * got before they started. Built under ThreadSanitizer by `make tsan`, it
 * also shows that the library keeps no mutable state.
 *   test_threads [ROUNDS]   (default 100) */
/* pthread_barrier_t is POSIX.1-2001. */
#define _POSIX_C_SOURCE 200112L

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle.h"

#define THREADS 8
#define MAX_INPUTS 4096
#define FIRST_CODE (-1000)
#define LAST_CODE 1000

struct input {
  char *text; /* NULL is one of the inputs */
  size_t len;
};

struct answers {
  const struct httpstatus *by_name, *by_phrase, *found;
};

static struct input inputs[MAX_INPUTS];
static struct answers expected[MAX_INPUTS];
static size_t input_count;
static const struct httpstatus *expected_by_code[LAST_CODE - FIRST_CODE + 1];
static const struct httpstatus *expected_at_extremes[2];
static long rounds = 100;
static pthread_barrier_t start;
static size_t wrong_in_thread[THREADS];

/* Each input is copied to a buffer of exactly its length, so a sanitizer
 * sees any read past its end. */
static void add_bytes(const char *bytes, size_t len) {
  char *copy = NULL;
  if (input_count == MAX_INPUTS) {
    fputs("too many inputs\n", stderr);
    exit(1);
  }
  if (bytes) {
    copy = malloc(len ? len : 1);
    if (copy == NULL)
      abort();
    memcpy(copy, bytes, len);
  }
  inputs[input_count].text = copy;
  inputs[input_count].len = len;
  input_count++;
}

static void add_text(const char *text) { add_bytes(text, strlen(text)); }

static void add_inputs(void) {
  static const char huge_fill[] = "NOT_FOUND ";
  struct oracle_key key;
  const struct httpstatus *e;
  char text[512];
  char *huge;
  size_t huge_len = 1 << 16;

  for (size_t i = 0; oracle_key_at(i, &key); i++) {
    size_t len = strlen(key.text);
    if (len >= sizeof text)
      abort(); /* the data's texts are far shorter */
    add_text(key.text);
    /* The same text in lower case, and cut one byte short. */
    for (size_t j = 0; j <= len; j++)
      text[j] = (key.text[j] >= 'A' && key.text[j] <= 'Z')
                    ? (char)(key.text[j] - 'A' + 'a')
                    : key.text[j];
    add_text(text);
    add_bytes(key.text, len - 1);
  }
  for (size_t i = 0; (e = httpstatus_at(i)) != NULL; i++) {
    snprintf(text, sizeof text, "%d", e->code);
    add_text(text);
    snprintf(text, sizeof text, "  %d %s\n", e->code, e->name);
    add_text(text);
  }

  /* Bad input: none, empty, blank, embedded NUL, bytes >= 0x80 (not
   * UTF-8), punctuation, numbers out of range, a code and a name that
   * disagree, and a 64 KiB text. */
  add_bytes(NULL, 0);
  add_bytes(NULL, 12);
  add_bytes("", 0);
  add_text(" \t\r\n");
  add_bytes("NOT\0FOUND", 9);
  add_bytes("Not Found\0", 10);
  add_text("\xff\xfe\x80");
  add_text("Not Found\xc3\x28");
  add_text("Not.Found");
  add_text("-1");
  add_text("0");
  add_text("0404");
  add_text("4040");
  add_text("99999999999999999999");
  add_text("404 OK");
  huge = malloc(huge_len);
  if (huge == NULL)
    abort();
  for (size_t i = 0; i < huge_len; i++)
    huge[i] = huge_fill[i % (sizeof huge_fill - 1)];
  add_bytes(huge, huge_len);
  free(huge);
}

static struct answers answers_for(const struct input *in) {
  struct answers a;
  a.by_name = httpstatus_from_name(in->text, in->len);
  a.by_phrase = httpstatus_from_phrase(in->text, in->len);
  a.found = httpstatus_find(in->text, in->len);
  return a;
}

/* Counts the answers that differ from the expected ones in
 * wrong_in_thread[*thread_number]. */
static void *hammer(void *thread_number) {
  size_t wrong = 0;
  pthread_barrier_wait(&start);
  for (long round = 0; round < rounds; round++) {
    for (size_t i = 0; i < input_count; i++) {
      struct answers a = answers_for(&inputs[i]);
      wrong += a.by_name != expected[i].by_name;
      wrong += a.by_phrase != expected[i].by_phrase;
      wrong += a.found != expected[i].found;
    }
    for (int code = FIRST_CODE; code <= LAST_CODE; code++)
      wrong += httpstatus_from_code(code) != expected_by_code[code - FIRST_CODE];
    wrong += httpstatus_from_code(INT_MIN) != expected_at_extremes[0];
    wrong += httpstatus_from_code(INT_MAX) != expected_at_extremes[1];
    for (size_t i = 0; i <= httpstatus_count(); i++) {
      const struct httpstatus *e = httpstatus_at(i);
      wrong += e != NULL && (httpstatus_from_code(e->code) != e ||
                             httpstatus_class_of(e->code) != e->status_class);
    }
  }
  wrong_in_thread[*(const int *)thread_number] = wrong;
  return NULL;
}

int main(int argc, char **argv) {
  pthread_t threads[THREADS];
  int thread_numbers[THREADS];
  size_t wrong = 0, keys_found = 0;

  if (argc > 1 && (rounds = strtol(argv[1], NULL, 10)) <= 0) {
    fputs("usage: test_threads [ROUNDS > 0]\n", stderr);
    return 2;
  }
  add_inputs();
  /* The single-threaded pass is checked against the linear-scan
   * reference: agreeing with a wrong answer would prove nothing. */
  for (size_t i = 0; i < input_count; i++) {
    const struct input *in = &inputs[i];
    expected[i] = answers_for(in);
    oracle_expect_same("httpstatus_from_name", in->text, in->len, expected[i].by_name,
                       oracle_from_name(in->text, in->len));
    oracle_expect_same("httpstatus_from_phrase", in->text, in->len,
                       expected[i].by_phrase, oracle_from_phrase(in->text, in->len));
    oracle_expect_same("httpstatus_find", in->text, in->len, expected[i].found,
                       oracle_find(in->text, in->len));
    keys_found += expected[i].found != NULL;
  }
  for (int code = FIRST_CODE; code <= LAST_CODE; code++) {
    expected_by_code[code - FIRST_CODE] = httpstatus_from_code(code);
    oracle_expect_same("httpstatus_from_code", &code, sizeof code,
                       expected_by_code[code - FIRST_CODE], oracle_from_code(code));
  }
  expected_at_extremes[0] = httpstatus_from_code(INT_MIN);
  expected_at_extremes[1] = httpstatus_from_code(INT_MAX);
  if (expected_at_extremes[0] != NULL || expected_at_extremes[1] != NULL) {
    fputs("httpstatus_from_code found INT_MIN or INT_MAX\n", stderr);
    return 1;
  }

  pthread_barrier_init(&start, NULL, THREADS);
  for (int t = 0; t < THREADS; t++) {
    thread_numbers[t] = t;
    if (pthread_create(&threads[t], NULL, hammer, &thread_numbers[t]) != 0) {
      fputs("cannot start a thread\n", stderr);
      return 1;
    }
  }
  for (int t = 0; t < THREADS; t++) {
    pthread_join(threads[t], NULL);
    wrong += wrong_in_thread[t];
  }
  pthread_barrier_destroy(&start);

  printf("%d threads x %ld rounds over %zu inputs (%zu found) and %d codes: "
         "%zu wrong answers\n",
         THREADS, rounds, input_count, keys_found, LAST_CODE - FIRST_CODE + 3, wrong);
  for (size_t i = 0; i < input_count; i++)
    free(inputs[i].text);
  return wrong == 0 ? 0 : 1;
}
