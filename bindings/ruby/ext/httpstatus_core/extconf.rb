# Builds the raw extension from the gem's sources: the SWIG wrapper
# (generated when the gem was built) and the C library itself, whose
# lookup tables httpstatus.c includes.
require "mkmf"

$CFLAGS << " -std=c99"
# names.c, phrases.c and forgiving.c are included by httpstatus.c, not
# compiled on their own.
$srcs = %w[httpstatus_wrap.c httpstatus.c unofficial.c suggest.c]
create_makefile("httpstatus_core")
