/* Package swig (internal/swig in the module): the shared interface with
 * Go's typemaps, generated at build time with cgo. Only the httpstatus
 * package above it uses it. */
%module swig

/* Text arguments: SWIG's own string-and-length typemaps take a Go string. */
%apply (char *STRING, size_t LENGTH) { (const char *s, size_t len),
                                      (const char *text, size_t text_len) };

%include "../httpstatus.i"
