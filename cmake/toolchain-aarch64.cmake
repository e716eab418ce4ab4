# Cross build for 64-bit ARM, little-endian (make test-cross).
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(HTTPSTATUS_CROSS_TRIPLE aarch64-linux-gnu)
set(HTTPSTATUS_CROSS_QEMU qemu-aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/cross-debian.cmake)
