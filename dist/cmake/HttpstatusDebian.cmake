# include(HttpstatusDebian): the Debian packages, built by `cpack -G DEB` from
# a build configured with CMAKE_INSTALL_PREFIX=/usr (dist/make-deb.sh does
# it all). One package per install component:
#   libhttpstatus<major>  libraries    the shared library
#   libhttpstatus-dev     development  header, static library, .so link,
#                                      pkg-config file and CMake package
#   httpstatus            cli          the command (and its man page and
#                                      completion, when the tree has them)
set(HTTPSTATUS_DEB_MAINTAINER "httpstatus maintainers <maintainers@httpstatus.invalid>"
    CACHE STRING "The Maintainer field of the Debian packages")
set(HTTPSTATUS_DEB_RELEASE 1 CACHE STRING "The Debian revision of the packages")
set(lib_package libhttpstatus${PROJECT_VERSION_MAJOR})
set(deb_version ${PROJECT_VERSION}-${HTTPSTATUS_DEB_RELEASE})

# Every package carries its copyright and changelog, as Debian requires.
# Dated by the release tree's files, which carry the release's time.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
file(TIMESTAMP ${PROJECT_SOURCE_DIR}/httpstatus.c release_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(doc ${PROJECT_BINARY_DIR}/debian)
file(MAKE_DIRECTORY ${doc})
file(WRITE ${doc}/changelog.Debian
"httpstatus (${deb_version}) unstable; urgency=medium

  * Release ${PROJECT_VERSION}, built from the release tarball.

 -- ${HTTPSTATUS_DEB_MAINTAINER}  ${release_date}
")
execute_process(COMMAND ${GZIP_EXECUTABLE} -9nf ${doc}/changelog.Debian
                COMMAND_ERROR_IS_FATAL ANY)
# The machine-readable copyright format, with LICENSE's text as Expat's.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE license_text)
string(REGEX MATCH "Copyright [^\n]*" copyright_line "${license_text}")
string(REGEX REPLACE "^Copyright (\\(c\\) )?" "" copyright_holder "${copyright_line}")
string(FIND "${license_text}" "${copyright_line}" at)
string(LENGTH "${copyright_line}" length)
math(EXPR at "${at} + ${length}")
string(SUBSTRING "${license_text}" ${at} -1 license_text)
string(STRIP "${license_text}" license_text)
# Indented one space; a blank line is written " .".
string(REPLACE "\n\n" "\n.\n" license_text "${license_text}")
string(REPLACE "\n" "\n " license_text " ${license_text}")
file(WRITE ${doc}/copyright
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: httpstatus

Files: *
Copyright: ${copyright_holder}
License: Expat
${license_text}
")
set(components libraries development cli)
set(packages ${lib_package} libhttpstatus-dev httpstatus)
foreach(component package IN ZIP_LISTS components packages)
  install(FILES ${doc}/copyright ${doc}/changelog.Debian.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_VERBATIM_VARIABLES ON) # the descriptions hold quotes
# Each package's description starts with its own synopsis: no common one.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_NAME httpstatus)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE ${HTTPSTATUS_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # name_version-revision_arch.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${HTTPSTATUS_DEB_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SOURCE httpstatus)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Install with DESTDIR, so that the pkg-config file's prefix is /usr, not
# CPack's staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${components})
# Dependencies from dpkg-shlibdeps; the library's shlibs file lets
# packages built against it have theirs found the same way.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")

set(CPACK_DEBIAN_LIBRARIES_PACKAGE_NAME ${lib_package})
set(CPACK_DEBIAN_LIBRARIES_PACKAGE_SECTION libs)
# ldconfig runs through libc-bin's trigger, as Debian wants. (CPack adds a
# postinst and a postrm that call ldconfig as well, for any library under
# /usr/lib: lintian warns of it, and the second call does no harm.)
file(WRITE ${doc}/triggers "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_LIBRARIES_PACKAGE_CONTROL_EXTRA ${doc}/triggers)
set(CPACK_COMPONENT_LIBRARIES_DESCRIPTION
"library of every HTTP status code, found in constant time
httpstatus knows every registered HTTP status code: its name, phrase,
description, specification, class, registry status and properties. Codes,
names and phrases, current or old, are found in constant time; nothing is
allocated and there is no global state.
.
This package holds the shared library.")

set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libhttpstatus-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "${lib_package} (= ${deb_version})")
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
"library of every HTTP status code, found in constant time (development)
httpstatus knows every registered HTTP status code: its name, phrase,
description, specification, class, registry status and properties.
.
This package holds the header, the static library, the pkg-config file and
the CMake package.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME httpstatus)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION web)
set(CPACK_COMPONENT_CLI_DESCRIPTION
"look up HTTP status codes from the command line
httpstatus prints the name, phrase, description and specification of HTTP
status codes given as a code (404), a name (not_found) or a phrase (\"Not
Found\"), as text or JSON, and lists every code of a class.")

include(CPack)
