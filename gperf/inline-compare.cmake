# cmake -DFILE=<gperf output> -P inline-compare.cmake
#
# gperf's lookups compare the candidate key with a call to memcmp, tested
# only against zero. This points that call at httpstatus_keys_differ, an
# inline compare defined in core/src/httpstatus.c, which saves the call.
# Editing gperf's output, rather than redefining memcmp around it, keeps the
# standard library's names untouched.
file(READ "${FILE}" text)
string(REPLACE "!memcmp (" "!httpstatus_keys_differ (" edited "${text}")
if(edited STREQUAL text)
  message(FATAL_ERROR "${FILE}: gperf's memcmp call not found; "
                      "update gperf/inline-compare.cmake for this gperf")
endif()
file(WRITE "${FILE}" "${edited}")
