// Catch2's main, for cross builds, where Debian's prebuilt one is the
// host's (tests/CMakeLists.txt).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
