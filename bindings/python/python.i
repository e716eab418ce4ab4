/* The CPython extension httpstatus._httpstatus_core: the shared interface
 * with Python's typemaps, built with SWIG's -builtin (the structs become
 * native types, the functions module functions). httpstatus/__init__.py
 * builds the idiomatic layer on top. */
%module httpstatus_core

/* A code must be an int (bool included, as int's subclass), as for
 * Python's own integer parameters: 404.0 and "404" raise TypeError. An
 * int beyond 64 bits finds nothing instead of raising OverflowError. */
%typemap(in) long long code
%{ {
  int overflow;
  if (!PyLong_Check($input)) {
    PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                 Py_TYPE($input)->tp_name);
    SWIG_fail;
  }
  $1 = PyLong_AsLongLongAndOverflow($input, &overflow);
  if (overflow)
    $1 = LLONG_MAX;
} %}
%typemap(typecheck) long long code = long long;

/* Text is a str or bytes; a str goes to C as its UTF-8 bytes, so any
 * non-ASCII text finds nothing. A str that has no UTF-8 form (a lone
 * surrogate) cannot name a status either: it goes to C as NULL, which
 * matches nothing, rather than raising. Anything else is a TypeError. */
%typemap(in) (const char *s, size_t len), (const char *text, size_t text_len)
%{ if (PyUnicode_Check($input)) {
    Py_ssize_t size;
    $1 = ($1_ltype)PyUnicode_AsUTF8AndSize($input, &size);
    if ($1 == NULL) {
      PyErr_Clear();
      size = 0;
    }
    $2 = (size_t)size;
  } else if (PyBytes_Check($input)) {
    $1 = ($1_ltype)PyBytes_AS_STRING($input);
    $2 = (size_t)PyBytes_GET_SIZE($input);
  } else {
    PyErr_Format(PyExc_TypeError, "argument must be str or bytes, not %.200s",
                 Py_TYPE($input)->tp_name);
    SWIG_fail;
  } %}

%include "../httpstatus.i"
