# Cross build for 64-bit IBM Z, big-endian (make test-cross).
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(HTTPSTATUS_CROSS_TRIPLE s390x-linux-gnu)
set(HTTPSTATUS_CROSS_QEMU qemu-s390x)
include(${CMAKE_CURRENT_LIST_DIR}/cross-debian.cmake)
