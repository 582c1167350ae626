// GCC 12 with -fsanitize=address,undefined warns that std::regex internals (used by Catch2's
// matchers, compiled into this file with the test runner) may be used uninitialized: a false
// positive in the standard library, not in the tests.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
