# include(HttpstatusUninstall): an `uninstall` target that removes every file
# the last install wrote (install_manifest.txt) and every directory an
# install created, once it is empty. Include it before any install() rule:
# the record of created directories must be taken before the first file is
# installed.
set(HTTPSTATUS_CREATED_DIRS_FILE ${PROJECT_BINARY_DIR}/install_created_dirs.txt)
install(CODE "
  set(HTTPSTATUS_INSTALL_SCRIPT \"${PROJECT_BINARY_DIR}/cmake_install.cmake\")
  set(HTTPSTATUS_CREATED_DIRS_FILE \"${HTTPSTATUS_CREATED_DIRS_FILE}\")
  include(\"${CMAKE_CURRENT_LIST_DIR}/record-created-dirs.cmake\")"
  ALL_COMPONENTS)
add_custom_target(uninstall
  COMMAND ${CMAKE_COMMAND}
    -DMANIFEST=${PROJECT_BINARY_DIR}/install_manifest.txt
    -DCREATED_DIRS=${HTTPSTATUS_CREATED_DIRS_FILE}
    -P ${CMAKE_CURRENT_LIST_DIR}/uninstall.cmake
  COMMENT "Removing what the last install installed"
  VERBATIM)
