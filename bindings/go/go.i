/* Package swig (internal/swig in the module): the shared interface with
 * Go's typemaps, generated at build time with cgo. Only the httpstatus
 * package above it uses it. */
%module swig

/* Text arguments: SWIG's own string-and-length typemaps take a Go string. */
%apply (char *STRING, size_t LENGTH) { (const char *s, size_t len),
                                      (const char *text, size_t text_len) };

/* A NULL string (class_name of CLASS_NONE, say) is Go's "": SWIG's own
 * typemap would hand NULL to memcpy, which UBSan rightly rejects. */
%typemap(out, fragment="AllocateString") const char * %{
  $result = Swig_AllocateString($1 ? (char *)$1 : "", $1 ? strlen((char *)$1) : 0);
%}

%include "../httpstatus.i"
