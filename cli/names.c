/* What other ecosystems call an entry: --names, the JSON members and --to,
 * all read from httpstatus_identifier. */
#include "names.h"
#include "print.h"

#include <string.h>

int ecosystem_named(const char *name) {
  for (size_t i = 0; i < httpstatus_ecosystem_count(); i++)
    if (strcmp(httpstatus_ecosystem_name((enum httpstatus_ecosystem)i), name) == 0)
      return (int)i;
  return -1;
}

void print_names_text(FILE *out, const struct httpstatus *e) {
  for (size_t k = 0; k < httpstatus_ecosystem_count(); k++) {
    enum httpstatus_ecosystem eco = (enum httpstatus_ecosystem)k;
    const char *ident = httpstatus_identifier(e, eco, 0);
    if (ident == NULL)
      continue;
    fprintf(out, "  %s:", httpstatus_ecosystem_name(eco));
    for (size_t i = 0; ident != NULL; ident = httpstatus_identifier(e, eco, ++i))
      fprintf(out, "%s%s%s", i == 0 ? " " : ", ", httpstatus_ecosystem_qualifier(eco),
              ident);
    fputc('\n', out);
  }
}

static void print_url(FILE *out, const char *key, const char *url) {
  fprintf(out, ",\"%s\":", key);
  if (url)
    print_json_string(out, url, strlen(url));
  else
    fputs("null", out);
}

void print_names_members(FILE *out, const struct httpstatus *e) {
  const char *sep = "";
  fputs(",\"identifiers\":{", out);
  for (size_t k = 0; k < httpstatus_ecosystem_count(); k++) {
    enum httpstatus_ecosystem eco = (enum httpstatus_ecosystem)k;
    const char *ident = httpstatus_identifier(e, eco, 0), *name;
    if (ident == NULL)
      continue;
    name = httpstatus_ecosystem_name(eco);
    fputs(sep, out);
    print_json_string(out, name, strlen(name));
    fputs(":[", out);
    for (size_t i = 0; ident != NULL; ident = httpstatus_identifier(e, eco, ++i)) {
      if (i > 0)
        fputc(',', out);
      print_json_string(out, ident, strlen(ident));
    }
    fputc(']', out);
    sep = ",";
  }
  fputc('}', out);
  print_url(out, "spec_url", e->spec_url);
  print_url(out, "mdn_url", e->mdn_url);
}

int print_translation(FILE *out, FILE *err, const struct httpstatus *e, int eco) {
  const char *ident = httpstatus_identifier(e, (enum httpstatus_ecosystem)eco, 0);
  if (ident == NULL) {
    fprintf(err, "httpstatus: %s has no name for %d %s\n",
            httpstatus_ecosystem_name((enum httpstatus_ecosystem)eco), e->code,
            e->phrase);
    return 0;
  }
  fprintf(out, "%s%s\n", httpstatus_ecosystem_qualifier((enum httpstatus_ecosystem)eco),
          ident);
  return 1;
}
