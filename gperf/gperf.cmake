# httpstatus_gperf(<table> <input.gperf> <output.c>)
#
# Turns one generated keyword file into a perfect-hash lookup, included by
# core/src/httpstatus.c. Every option is given here, on the command line, so
# the three tables (names, phrases, forgiving) are built alike:
#
#   --language=ANSI-C        prototypes, for -Wall -Wextra -Wpedantic.
#   --struct-type            each keyword carries its entry's position.
#   --omit-struct-type       struct httpstatus_slot is defined once, in
#                            httpstatus.c, not in each table.
#   --compare-lengths        a length table: input is pointer and length,
#                            never NUL-terminated, so compare the length
#                            first, then memcmp; no strcmp over the input.
#                            inline-compare.cmake then points that memcmp
#                            at an inline compare of overlapping words.
#   --readonly-tables        every table const: no mutable global state.
#   --pic                    keywords are offsets into a string pool, not
#                            pointers: no relocations in the shared library.
#   --initializer-suffix=,0  empty slots are written in full ({-1,0}), so
#                            -Wmissing-field-initializers stays quiet.
#   --multiple-iterations=64 gperf tries 64 orders of its search and keeps
#                            the smallest table: a denser table is a better
#                            cache fit, at a build cost of milliseconds.
#   --*-name, --constants-prefix
#                            every symbol and macro is prefixed with the
#                            table's name, so all three live in one
#                            translation unit.
#
# Never --seven-bit: it would index the tables with bytes >= 0x80 unchecked.
# The key positions are gperf's own choice (no -k): it picks the fewest
# positions that tell the keys apart, and a data change re-picks them.
function(httpstatus_gperf table input output)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${GPERF_EXECUTABLE}
      --language=ANSI-C
      --struct-type --omit-struct-type
      --compare-lengths
      --readonly-tables
      --pic
      --initializer-suffix=,0
      --multiple-iterations=64
      --lookup-function-name=${table}_lookup
      --hash-function-name=${table}_hash
      --string-pool-name=${table}_pool
      --word-array-name=${table}_slots
      --length-table-name=${table}_lengths
      --constants-prefix=${table}_
      --output-file=${output}
      ${input}
    COMMAND ${CMAKE_COMMAND} -DFILE=${output}
      -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/inline-compare.cmake
    DEPENDS ${input} ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
      ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/inline-compare.cmake
    COMMENT "gperf: ${table} table"
    VERBATIM)
endfunction()
