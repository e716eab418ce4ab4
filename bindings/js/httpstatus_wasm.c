/* What the JavaScript layer needs from the library, as WebAssembly exports
 * of plain numbers: the entries, field by field, read once when the layer
 * loads; the three lookups that need the C core (find, suggest,
 * unofficial_find), which read their text from an input area the layer
 * writes and answer with the entry's position; the names the library
 * gives classes, registries, flags and ecosystems; and the identifiers each
 * ecosystem gives an entry. Compiled with the amalgamation by
 * emcc into a standalone module with no imports (CMakeLists.txt). */
#include "httpstatus.h"

#include <limits.h>

#define EXPORT(name) __attribute__((export_name(name)))

/* The tables the layer reads: registered entries, unofficial meanings, old
 * NAMEs and old phrases. */
enum table { REGISTERED, UNOFFICIAL, OLD_NAMES, OLD_PHRASES };

/* The fields of an entry, in the order the layer asks for them. */
enum field {
  CODE,
  STATUS_CLASS,
  REGISTRY,
  FLAGS,
  NAME,
  PHRASE,
  DESCRIPTION,
  SPEC,
  ORIGIN,
  SPEC_URL,
  MDN_URL,
  STATUS_LINE
};

/* An old NAME or old phrase and the code it resolves to. */
struct alias {
  int code;
  const char *text;
};

/* A terminating {0, NULL} keeps each array valid when its map is empty. */
static const struct alias old_names[] = {
#define OLD_NAME_(code, OLD_NAME, NAME) {code, #OLD_NAME},
    HTTPSTATUS_OLD_NAME_MAP(OLD_NAME_)
#undef OLD_NAME_
        {0, NULL}};
static const struct alias old_phrases[] = {
#define OLD_PHRASE_(code, phrase) {code, phrase},
    HTTPSTATUS_OLD_PHRASE_MAP(OLD_PHRASE_)
#undef OLD_PHRASE_
        {0, NULL}};
#define ALIASES(array) (sizeof array / sizeof array[0] - 1)

EXPORT("count") unsigned count(int table) {
  switch (table) {
  case REGISTERED: return (unsigned)httpstatus_count();
  case UNOFFICIAL: return (unsigned)httpstatus_unofficial_count();
  case OLD_NAMES: return (unsigned)ALIASES(old_names);
  case OLD_PHRASES: return (unsigned)ALIASES(old_phrases);
  default: return 0;
  }
}

static const struct httpstatus *entry_at(int table, unsigned index) {
  return table == REGISTERED   ? httpstatus_at(index)
         : table == UNOFFICIAL ? httpstatus_unofficial_at(index)
                               : NULL;
}

static const struct alias *alias_at(int table, unsigned index) {
  if (index >= count(table))
    return NULL;
  return table == OLD_NAMES     ? &old_names[index]
         : table == OLD_PHRASES ? &old_phrases[index]
                                : NULL;
}

/* A number field (CODE .. FLAGS) of entry index of a table; -1 when there
 * is none. An alias has a CODE only. */
EXPORT("number_field") int number_field(int table, unsigned index, int field) {
  const struct httpstatus *e = entry_at(table, index);
  const struct alias *a = alias_at(table, index);
  if (a != NULL)
    return field == CODE ? a->code : -1;
  if (e == NULL)
    return -1;
  switch (field) {
  case CODE: return e->code;
  case STATUS_CLASS: return (int)e->status_class;
  case REGISTRY: return (int)e->registry;
  case FLAGS: return (int)e->flags;
  default: return -1;
  }
}

/* A text field (NAME .. STATUS_LINE) of entry index of a table, as the address
 * of a NUL-terminated string; 0 when there is none. An alias has a NAME
 * only: its text. */
EXPORT("text_field") const char *text_field(int table, unsigned index, int field) {
  const struct httpstatus *e = entry_at(table, index);
  const struct alias *a = alias_at(table, index);
  if (a != NULL)
    return field == NAME ? a->text : NULL;
  if (e == NULL)
    return NULL;
  switch (field) {
  case NAME: return e->name;
  case PHRASE: return e->phrase;
  case DESCRIPTION: return e->description;
  case SPEC: return e->spec;
  case ORIGIN: return e->origin;
  case SPEC_URL: return e->spec_url;
  case MDN_URL: return e->mdn_url;
  case STATUS_LINE: return httpstatus_status_line(e);
  default: return NULL;
  }
}

EXPORT("class_of") int class_of(int code) { return (int)httpstatus_class_of(code); }

EXPORT("class_name") const char *class_name(int status_class) {
  return httpstatus_class_name((enum httpstatus_class)status_class);
}

EXPORT("registry_name") const char *registry_name(int registry) {
  return httpstatus_registry_name((enum httpstatus_registry)registry);
}

EXPORT("flag_name") const char *flag_name(unsigned flag) {
  return httpstatus_flag_name((enum httpstatus_flag)flag);
}

EXPORT("ecosystem_count") unsigned ecosystem_count(void) {
  return (unsigned)httpstatus_ecosystem_count();
}

EXPORT("ecosystem_name") const char *ecosystem_name(int eco) {
  return httpstatus_ecosystem_name((enum httpstatus_ecosystem)eco);
}

EXPORT("ecosystem_qualifier") const char *ecosystem_qualifier(int eco) {
  return httpstatus_ecosystem_qualifier((enum httpstatus_ecosystem)eco);
}

/* The i-th identifier eco gives entry index of a table; 0 past the last. */
EXPORT("identifier")
const char *identifier(int table, unsigned index, int eco, unsigned i) {
  return httpstatus_identifier(entry_at(table, index), (enum httpstatus_ecosystem)eco,
                               i);
}

EXPORT("version") const char *version(void) { return httpstatus_version(); }

/* The input area: free memory from the end of the module's data and stack
 * (the linker's __heap_base) on, grown on demand, since httpstatus_find
 * accepts text of any length (white space and separators are skipped). */
extern unsigned char __heap_base;
#define PAGE 65536u

/* The address where the layer writes len bytes of text, growing memory
 * when they do not fit; 0 when memory cannot grow that far. The layer must
 * take a fresh view of memory after each call, as growing replaces it. */
EXPORT("input") unsigned char *input(unsigned len) {
  unsigned long start = (unsigned long)&__heap_base;
  unsigned long have = (unsigned long)__builtin_wasm_memory_size(0) * PAGE;
  if (len > UINT_MAX - start - PAGE)
    return NULL;
  if (start + len > have &&
      __builtin_wasm_memory_grow(0, (start + len - have + PAGE - 1) / PAGE) ==
          (size_t)-1)
    return NULL;
  return &__heap_base;
}

/* Each lookup reads len bytes of the input area and returns the position
 * of the entry it finds (in httpstatus_at or httpstatus_unofficial_at
 * order), or -1. */
EXPORT("find") int find(unsigned len) {
  const struct httpstatus *e = httpstatus_find((const char *)&__heap_base, len);
  return e ? (int)(e - httpstatus_at(0)) : -1;
}

EXPORT("suggest") int suggest(unsigned len) {
  const struct httpstatus *e = httpstatus_suggest((const char *)&__heap_base, len);
  return e ? (int)(e - httpstatus_at(0)) : -1;
}

EXPORT("unofficial_find") int unofficial_find(unsigned len) {
  const struct httpstatus *e =
      httpstatus_unofficial_find((const char *)&__heap_base, len);
  return e ? (int)(e - httpstatus_unofficial_at(0)) : -1;
}
