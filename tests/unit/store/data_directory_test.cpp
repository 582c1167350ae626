// The default place of the database, from the environment of a Linux account.
#include <catch2/catch.hpp>

#include <map>

#include "store/data_directory.h"

using tqm::store::defaultDatabasePath;

namespace {

tqm::store::EnvironmentLookup environment(std::map<std::string, std::string> variables) {
    return [variables](const char* name) {
        const auto found = variables.find(name);
        return found == variables.end() ? std::string() : found->second;
    };
}

}  // namespace

#if !defined(_WIN32) && !defined(__APPLE__)
TEST_CASE("the database lives under XDG_DATA_HOME when it is an absolute path") {
    CHECK(
        defaultDatabasePath(environment({{"XDG_DATA_HOME", "/data/wang"}, {"HOME", "/home/wang"}}))
            ->generic_string() == "/data/wang/tqm-trainer/tqm.db");
}

TEST_CASE("without an absolute XDG_DATA_HOME the database lives under ~/.local/share") {
    CHECK(defaultDatabasePath(environment({{"HOME", "/home/wang"}}))->generic_string() ==
          "/home/wang/.local/share/tqm-trainer/tqm.db");
    CHECK(defaultDatabasePath(environment({{"XDG_DATA_HOME", "data"}, {"HOME", "/home/wang"}}))
              ->generic_string() == "/home/wang/.local/share/tqm-trainer/tqm.db");
}

TEST_CASE("without HOME or XDG_DATA_HOME there is no default database") {
    CHECK_FALSE(defaultDatabasePath(environment({})).has_value());
}
#endif
