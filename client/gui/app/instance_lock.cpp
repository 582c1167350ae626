#include "app/instance_lock.h"

#include <system_error>

#include "base/sha256.h"
#include "store/data_directory.h"

namespace tqm::gui {

namespace fs = std::filesystem;

std::string instanceLockName(const fs::path& database) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(fs::absolute(database, error), error);
    if (error) canonical = database.lexically_normal();
    return "tqm-trainer-" + sha256Hex(canonical.string()).substr(0, 16) + ".lock";
}

InstanceLock::InstanceLock(const fs::path& database, const fs::path& lockFolder) {
    std::error_code ignored;
    fs::create_directories(lockFolder, ignored);
    checker_ = std::make_unique<wxSingleInstanceChecker>(
        wxString::FromUTF8(instanceLockName(database)), wxString::FromUTF8(lockFolder.string()));
}

bool InstanceLock::anotherIsRunning() const {
    return checker_->IsAnotherRunning();
}

fs::path instanceLockFolder(const fs::path& database) {
    if (const auto data = store::userDataDirectory()) return *data / "tqm-trainer";
    std::error_code error;
    const fs::path absolute = fs::absolute(database, error);
    return error ? fs::current_path(error) : absolute.parent_path();
}

}  // namespace tqm::gui
