# httpstatus_install_pkgconfig(<template> [COMPONENT <component>])
#
# Installs httpstatus.pc into <libdir>/pkgconfig, written at install time
# from <template>, so that its prefix is the one installed to (including
# `cmake --install --prefix`), spelt out in full: pkg-config then prints
# -I/usr/local/include, never a path through lib/pkgconfig/../.. .
# The template's @CMAKE_INSTALL_PREFIX@ is that prefix; its other @VARS@
# are filled in now.
function(httpstatus_install_pkgconfig template)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "COMPONENT" "")
  set(component)
  if(arg_COMPONENT)
    set(component COMPONENT ${arg_COMPONENT})
  endif()
  set(configured ${PROJECT_BINARY_DIR}/httpstatus.pc.configured)
  set(pc ${PROJECT_BINARY_DIR}/httpstatus.pc)
  # Everything but the prefix now; the prefix is kept for install time.
  set(CMAKE_INSTALL_PREFIX_KEPT "@CMAKE_INSTALL_PREFIX@")
  file(READ ${template} text)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${template})
  string(REPLACE "@CMAKE_INSTALL_PREFIX@" "@CMAKE_INSTALL_PREFIX_KEPT@" text "${text}")
  string(CONFIGURE "${text}" text @ONLY)
  file(GENERATE OUTPUT ${configured} CONTENT "${text}")
  install(CODE "configure_file(\"${configured}\" \"${pc}\" @ONLY)" ${component})
  install(FILES ${pc} DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig ${component})
endfunction()
