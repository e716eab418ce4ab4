# What the toolchain files cmake/toolchain-*.cmake share: a Debian cross
# compiler for HTTPSTATUS_CROSS_TRIPLE, whose programs CMake and ctest run
# under qemu-user (HTTPSTATUS_CROSS_QEMU), with the target's libraries
# from Debian's cross packages in /usr/<triple> (make test-cross).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_C_COMPILER ${HTTPSTATUS_CROSS_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${HTTPSTATUS_CROSS_TRIPLE}-g++)
set(CMAKE_CROSSCOMPILING_EMULATOR
    ${HTTPSTATUS_CROSS_QEMU} -L /usr/${HTTPSTATUS_CROSS_TRIPLE})
# Programs (Python, gperf, sh) and the header-only Catch2 are the host's:
# no CMAKE_FIND_ROOT_PATH, and tests/CMakeLists.txt takes Catch2's header
# alone rather than Debian's host-built libCatch2WithMain.
