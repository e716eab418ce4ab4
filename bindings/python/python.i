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
    PyErr_Format(PyExc_TypeError, "$symname() argument must be str or bytes, not %.200s",
                 Py_TYPE($input)->tp_name);
    SWIG_fail;
  } %}

%include "../httpstatus.i"

/* find, suggest and unofficial_find of the layer: each one C call that
 * answers with the layer's own member or meaning at the position the C
 * library found, so a lookup costs no Python frame. The layer hands its
 * tables over once, at import (the one mutable state here, written before
 * any lookup can run). */
%{
static PyObject *httpstatus_python_members;  /* HTTPStatus, httpstatus_at order */
static PyObject *httpstatus_python_meanings; /* httpstatus_unofficial_at order */

static PyObject *httpstatus_python_set_tables(PyObject *members, PyObject *meanings) {
  if (!PyTuple_Check(members) || !PyTuple_Check(meanings)) {
    PyErr_SetString(PyExc_TypeError, "the tables must be tuples");
    return NULL;
  }
  Py_INCREF(members);
  Py_INCREF(meanings);
  Py_XDECREF(httpstatus_python_members);
  Py_XDECREF(httpstatus_python_meanings);
  httpstatus_python_members = members;
  httpstatus_python_meanings = meanings;
  Py_RETURN_NONE;
}

static PyObject *httpstatus_python_answer(PyObject *table, long position) {
  PyObject *found = Py_None;
  if (table == NULL) {
    PyErr_SetString(PyExc_RuntimeError, "import httpstatus, not its raw module");
    return NULL;
  }
  if (position >= 0 && position < PyTuple_GET_SIZE(table))
    found = PyTuple_GET_ITEM(table, position);
  Py_INCREF(found);
  return found;
}

static PyObject *httpstatus_python_find(const char *text, size_t text_len) {
  return httpstatus_python_answer(httpstatus_python_members,
                                  httpstatus_find_index(text, text_len));
}

static PyObject *httpstatus_python_suggest(const char *text, size_t text_len) {
  return httpstatus_python_answer(httpstatus_python_members,
                                  httpstatus_suggest_index(text, text_len));
}

static PyObject *httpstatus_python_unofficial_find(const char *text, size_t text_len) {
  return httpstatus_python_answer(httpstatus_python_meanings,
                                  httpstatus_unofficial_find_index(text, text_len));
}
%}
%feature("docstring") httpstatus_python_find
"find(text) -> HTTPStatus or None: the member that text typed by a person or
pasted from a log means (\"not found\", \"404\", \"Payload-Too-Large\",
\"HTTP/1.1 404 Not Found\"); text is a str or bytes.";
%feature("docstring") httpstatus_python_suggest
"suggest(text) -> HTTPStatus or None: the member that text find rejects most
likely meant, from a typo (\"not fund\") or a distinctive fragment (\"teapot\").";
%feature("docstring") httpstatus_python_unofficial_find
"unofficial_find(text) -> UnofficialStatus or None: find's rules over the
unofficial meanings (\"client closed request\", \"499\").";
%rename(find) httpstatus_python_find;
%rename(suggest) httpstatus_python_suggest;
%rename(unofficial_find) httpstatus_python_unofficial_find;
PyObject *httpstatus_python_set_tables(PyObject *members, PyObject *meanings);
PyObject *httpstatus_python_find(const char *text, size_t text_len);
PyObject *httpstatus_python_suggest(const char *text, size_t text_len);
PyObject *httpstatus_python_unofficial_find(const char *text, size_t text_len);
