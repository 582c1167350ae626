// One client per database: a second program on the same database file is told so; one on
// another database is not.
#include <catch2/catch.hpp>

#include <chrono>

#include <sys/wait.h>
#include <unistd.h>

#include "app/instance_lock.h"
#include "gui_session.h"

using tqm::gui::InstanceLock;
using tqm::gui::instanceLockName;
namespace fs = std::filesystem;

namespace {

fs::path freshFolder(const std::string& name) {
    const fs::path folder =
        fs::temp_directory_path() /
        ("tqm-lock-" + name + "-" +
         std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(folder / "data");
    return folder;
}

}  // namespace

TEST_CASE("the lock's name is the same for every spelling of one database file") {
    const fs::path folder = freshFolder("name");
    const std::string name = instanceLockName(folder / "data" / "tqm.db");
    CHECK(name.size() == std::string("tqm-trainer-").size() + 16 + std::string(".lock").size());
    CHECK(name.starts_with("tqm-trainer-"));
    CHECK(instanceLockName(folder / "data" / ".." / "data" / "tqm.db") == name);
    CHECK(instanceLockName(folder / "data" / "other.db") != name);
    fs::remove_all(folder);
}

// The first client is another process, as it is in use: a lock is the program's, and a
// program does not count itself as another.
TEST_CASE("a second client on the same database sees the first, one on another database does not") {
    tqm::gui::test::startWx();
    const fs::path folder = freshFolder("running");
    const fs::path locks = folder / "locks";
    const fs::path database = folder / "data" / "tqm.db";
    int locked[2];
    int release[2];
    REQUIRE(pipe(locked) == 0);
    REQUIRE(pipe(release) == 0);
    const pid_t first = fork();
    REQUIRE(first >= 0);
    if (first == 0) {
        {
            InstanceLock lock(database, locks);
            char byte = lock.anotherIsRunning() ? 'n' : 'y';
            if (write(locked[1], &byte, 1) != 1) _exit(2);
            if (read(release[0], &byte, 1) != 1) _exit(3);
        }
        _exit(0);
    }
    char answer = 0;
    REQUIRE(read(locked[0], &answer, 1) == 1);
    REQUIRE(answer == 'y');
    {
        InstanceLock second(folder / "data" / ".." / "data" / "tqm.db", locks);
        CHECK(second.anotherIsRunning());
        InstanceLock elsewhere(folder / "data" / "room-2.db", locks);
        CHECK_FALSE(elsewhere.anotherIsRunning());
    }
    const char go = 'x';
    REQUIRE(write(release[1], &go, 1) == 1);
    int status = 0;
    REQUIRE(waitpid(first, &status, 0) == first);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // Once the first has closed, the database is free again.
    InstanceLock later(database, locks);
    CHECK_FALSE(later.anotherIsRunning());
    for (int fd : {locked[0], locked[1], release[0], release[1]}) close(fd);
    fs::remove_all(folder);
}
