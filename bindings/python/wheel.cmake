# The wheel, built offline from a staged directory that the release tree
# ships as python/: the layer, the stub, setup.py and pyproject.toml (the
# version filled in), the SWIG wrapper this build generated and the
# amalgamation. So building or installing it needs a C compiler and
# setuptools, no SWIG, gperf or libhttpstatus.
set(wheel_stage ${CMAKE_CURRENT_BINARY_DIR}/wheel-stage)
set(pyproject ${CMAKE_CURRENT_BINARY_DIR}/pyproject.toml)
configure_file(pyproject.toml.in ${pyproject} @ONLY)
set(wheel_sources ${layer} ${stub} ${CMAKE_CURRENT_SOURCE_DIR}/setup.py ${HTTPSTATUS_AMALGAMATION})
add_custom_command(
  OUTPUT ${wheel_stage}/pyproject.toml
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${wheel_stage}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${wheel_stage}/httpstatus ${wheel_stage}/src
  COMMAND ${CMAKE_COMMAND} -E copy ${layer} ${stub} ${wheel_stage}/httpstatus
  COMMAND ${CMAKE_COMMAND} -E copy ${HTTPSTATUS_AMALGAMATION} ${wheel_stage}/src
  COMMAND ${CMAKE_COMMAND} -E copy ${wrapper} ${wheel_stage}/src/httpstatus_wrap.c
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/setup.py ${wheel_stage}
  # Last: it is the output, so it is the newest file of the directory.
  COMMAND ${CMAKE_COMMAND} -E copy ${pyproject} ${wheel_stage}
  DEPENDS ${wheel_sources} ${pyproject} ${wrapper} httpstatus_python
  COMMENT "Staging the Python package"
  VERBATIM)
add_custom_target(httpstatus_wheel_stage ALL DEPENDS ${wheel_stage}/pyproject.toml)
add_dependencies(httpstatus_wheel_stage amalgamation)
httpstatus_release_package(python ${wheel_stage} ${wheel_stage}/pyproject.toml httpstatus_wheel_stage)

# `make wheel`: Debian's setuptools and wheel, offline, in a copy of the
# stage (setuptools writes build/ and *.egg-info next to its sources).
set(wheel_dir ${CMAKE_CURRENT_BINARY_DIR})
set(wheel_stamp ${CMAKE_CURRENT_BINARY_DIR}/wheel.stamp)
add_custom_command(
  OUTPUT ${wheel_stamp}
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/build_wheel.sh ${HTTPSTATUS_PYTHON_EXECUTABLE}
          ${wheel_stage} ${wheel_dir} ${PROJECT_VERSION}
  COMMAND ${CMAKE_COMMAND} -E touch ${wheel_stamp}
  DEPENDS build_wheel.sh ${wheel_stage}/pyproject.toml
  COMMENT "Building the Python wheel"
  VERBATIM)
add_custom_target(httpstatus_wheel ALL DEPENDS ${wheel_stamp})
add_dependencies(httpstatus_wheel httpstatus_wheel_stage)

add_test(NAME python_wheel_install
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/tests/wheel_install.sh
          ${HTTPSTATUS_PYTHON_EXECUTABLE} ${wheel_dir} ${PROJECT_VERSION} ${wheel_stage})
add_test(NAME python_install_and_use
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/install_and_use.sh)
set_tests_properties(python_install_and_use PROPERTIES ENVIRONMENT
  "BUILD_DIR=${PROJECT_BINARY_DIR};CMAKE=${CMAKE_COMMAND};PYTHON=${HTTPSTATUS_PYTHON_EXECUTABLE};PYTHON_SITE_DIR=${HTTPSTATUS_PYTHON_SITE_DIR}")
