# httpstatus_gperf(<table> <input.gperf> <output.c>)
#
# Turns one generated keyword file into the tables of a perfect-hash lookup,
# included by core/src/httpstatus.c or core/src/unofficial.c. gperf finds
# the hash function; gperf/postprocess.py keeps that function and replaces
# gperf's lookup with the tables the library's own lookup reads (see that
# script). Every option is given here, on the command line, so the
# tables (names, phrases, spelled, forgiving, unofficial_spelled,
# unofficial_folded, identifier_stems) are built alike:
#
#   --language=ANSI-C        prototypes, for -Wall -Wextra -Wpedantic.
#   --struct-type --omit-struct-type
#                            each keyword carries its entry's position;
#                            the keyword file's struct stays out of the C.
#   --readonly-tables        every table const: no mutable global state.
#   --pic                    keywords are named by their hash value in
#                            gperf's string pool, which postprocess.py reads.
#   --multiple-iterations=64 gperf tries 64 orders of its search and keeps
#                            the smallest table: a denser table is a better
#                            cache fit, at a build cost of milliseconds.
#   --*-name, --constants-prefix
#                            every symbol and macro is prefixed with the
#                            table's name, so tables can share a
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
      --readonly-tables
      --pic
      --multiple-iterations=64
      --lookup-function-name=${table}_lookup
      --hash-function-name=${table}_hash
      --string-pool-name=${table}_pool
      --constants-prefix=${table}_
      --output-file=${output}.gperf-output
      ${input}
    COMMAND Python3::Interpreter ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/postprocess.py
      ${table} ${output}.gperf-output ${output}
    DEPENDS ${input} ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
      ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/postprocess.py
    BYPRODUCTS ${output}.gperf-output
    COMMENT "gperf: ${table} table"
    VERBATIM)
endfunction()
