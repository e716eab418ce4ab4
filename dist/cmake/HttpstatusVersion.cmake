# httpstatus_read_version(<header> <variable>)
#
# Sets <variable> to the version the header's three lines
#   #define HTTPSTATUS_VERSION_MAJOR 0   (then _MINOR, _PATCH)
# give, "0.1.0": the version is written once, in the public header, and
# both the source tree's build and the release tarball's read it here,
# before project().
function(httpstatus_read_version header variable)
  file(STRINGS ${header} version_lines
       REGEX "^#define HTTPSTATUS_VERSION_(MAJOR|MINOR|PATCH) [0-9]+$")
  string(REGEX REPLACE "[^;]* ([0-9]+)(;|$)" "\\1." version "${version_lines}")
  string(REGEX REPLACE "\\.$" "" version "${version}")
  if(NOT version MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "${header}: no HTTPSTATUS_VERSION_MAJOR, _MINOR and _PATCH lines")
  endif()
  set(${variable} ${version} PARENT_SCOPE)
endfunction()
