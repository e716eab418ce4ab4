# Run by the install script before it installs anything (see
# HttpstatusUninstall.cmake): adds to HTTPSTATUS_CREATED_DIRS_FILE every
# directory this install is about to create. The destinations are read from
# the install scripts themselves, following their include() chain from
# HTTPSTATUS_INSTALL_SCRIPT, so a new install() rule is covered unasked.
set(scripts "${HTTPSTATUS_INSTALL_SCRIPT}")
set(created)
while(scripts)
  list(POP_FRONT scripts script)
  file(READ "${script}" text)
  string(REGEX MATCHALL "include\\(\"[^\"]*cmake_install\\.cmake\"\\)" includes "${text}")
  foreach(include IN LISTS includes)
    string(REGEX REPLACE "^include\\(\"(.*)\"\\)$" "\\1" included "${include}")
    list(APPEND scripts "${included}")
  endforeach()
  string(REGEX MATCHALL "DESTINATION \"[^\"]*\"" destinations "${text}")
  foreach(destination IN LISTS destinations)
    string(REGEX REPLACE "^DESTINATION \"(.*)\"$" "\\1" dir "${destination}")
    string(CONFIGURE "${dir}" dir) # ${CMAKE_INSTALL_PREFIX}, set by now
    set(dir "$ENV{DESTDIR}${dir}")
    # Every missing ancestor is created too (mkdir -p).
    while(IS_ABSOLUTE "${dir}" AND NOT IS_DIRECTORY "${dir}")
      list(APPEND created "${dir}")
      get_filename_component(dir "${dir}" DIRECTORY)
    endwhile()
  endforeach()
endwhile()
# Added to, not replaced: a second install finds the directories the first
# one created, and they are still to be removed. Those gone since are
# forgotten.
if(EXISTS "${HTTPSTATUS_CREATED_DIRS_FILE}")
  file(STRINGS "${HTTPSTATUS_CREATED_DIRS_FILE}" recorded)
  foreach(dir IN LISTS recorded)
    if(IS_DIRECTORY "${dir}")
      list(APPEND created "${dir}")
    endif()
  endforeach()
endif()
list(FILTER created EXCLUDE REGEX "^$")
list(REMOVE_DUPLICATES created)
list(SORT created)
list(JOIN created "\n" lines)
file(WRITE "${HTTPSTATUS_CREATED_DIRS_FILE}" "${lines}\n")
