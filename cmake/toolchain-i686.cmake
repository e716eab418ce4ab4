# Cross build for 32-bit x86: 32-bit size_t and pointers (make test-cross).
set(CMAKE_SYSTEM_PROCESSOR i686)
set(HTTPSTATUS_CROSS_TRIPLE i686-linux-gnu)
set(HTTPSTATUS_CROSS_QEMU qemu-i386)
include(${CMAKE_CURRENT_LIST_DIR}/cross-debian.cmake)
