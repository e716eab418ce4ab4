# cmake -DMANIFEST=<install_manifest.txt> -DCREATED_DIRS=<file> -P uninstall.cmake
#
# Removes every file in MANIFEST, then every directory listed in
# CREATED_DIRS (those the install created) and every directory below one of
# them that held an installed file, deepest first, each only if it is
# empty: a directory something else has put a file in stays.
if(NOT EXISTS "${MANIFEST}")
  message(FATAL_ERROR "${MANIFEST} not found: nothing was installed from this build")
endif()
file(STRINGS "${MANIFEST}" files)
set(created)
if(EXISTS "${CREATED_DIRS}")
  file(STRINGS "${CREATED_DIRS}" created)
  list(FILTER created INCLUDE REGEX "^/.") # absolute, never the root
endif()

set(dirs ${created})
foreach(file IN LISTS files)
  if(EXISTS "${file}" OR IS_SYMLINK "${file}")
    message(STATUS "Removing ${file}")
    file(REMOVE "${file}")
  endif()
  get_filename_component(dir "${file}" DIRECTORY)
  foreach(created_dir IN LISTS created)
    # Directories between the file and a created directory were created
    # with it (an installed directory tree).
    string(FIND "${dir}/" "${created_dir}/" at)
    if(at EQUAL 0)
      while(NOT dir STREQUAL created_dir)
        list(APPEND dirs "${dir}")
        get_filename_component(dir "${dir}" DIRECTORY)
      endwhile()
      break()
    endif()
  endforeach()
endforeach()

list(REMOVE_DUPLICATES dirs)
list(SORT dirs ORDER DESCENDING) # a child sorts after its parent
foreach(dir IN LISTS dirs)
  file(GLOB entries "${dir}/*" "${dir}/.*")
  if(IS_DIRECTORY "${dir}" AND NOT entries)
    message(STATUS "Removing empty directory ${dir}")
    file(REMOVE_RECURSE "${dir}") # empty: checked above
  endif()
endforeach()
file(REMOVE "${CREATED_DIRS}")
