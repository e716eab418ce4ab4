/* The Ruby extension httpstatus_core: the shared interface with Ruby's
 * typemaps. lib/httpstatus.rb builds the idiomatic layer on top. */
%module httpstatus_core

%{
#include <ruby/encoding.h>
%}

/* Ruby class names are capitalised. */
%rename(Status) httpstatus;
%rename(Alias) httpstatus_alias;

/* A code must be an Integer. A Bignum is far outside int range, so it
 * finds nothing (SWIG's default would raise TypeError for it). */
%typemap(in) long long code
%{ if (!RB_INTEGER_TYPE_P($input))
    rb_raise(rb_eTypeError, "no implicit conversion of %s into Integer",
             rb_obj_classname($input));
  $1 = RB_FIXNUM_P($input) ? (long long)FIX2LONG($input) : LLONG_MAX; %}

/* Text must be a String (no implicit conversion, as for Integer codes);
 * its bytes and length go to C as they are. */
%typemap(in) (const char *s, size_t len), (const char *text, size_t text_len)
%{ if (!RB_TYPE_P($input, T_STRING))
    rb_raise(rb_eTypeError, "no implicit conversion of %s into String",
             rb_obj_classname($input));
  $1 = RSTRING_PTR($input);
  $2 = (size_t)RSTRING_LEN($input); %}

/* The library's strings are ASCII: hand them out as frozen UTF-8 strings
 * (SWIG's default is a mutable ASCII-8BIT string), deduplicated. */
%typemap(out) const char *
%{ $result = $1 ? rb_enc_interned_str_cstr($1, rb_utf8_encoding()) : Qnil; %}
%typemap(varout) const char *
%{ $result = $1 ? rb_enc_interned_str_cstr($1, rb_utf8_encoding()) : Qnil; %}

/* The library keeps no state and the extension only reads static data:
 * its methods may run in any Ractor. */
%init %{
  rb_ext_ractor_safe(true);
%}

%include "../httpstatus.i"
