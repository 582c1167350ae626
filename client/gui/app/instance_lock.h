// One client per database. Two programs writing the same file would each show a roster, an
// exam and a progress that the other changes behind its back; a second start on the same
// database is refused, while another database (another training room's file) opens normally.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <wx/defs.h>  // wx/snglinst.h needs wxUSE_SNGLINST_CHECKER defined first
#include <wx/snglinst.h>

namespace tqm::gui {

// "tqm-trainer-<16 hex digits>.lock": a hash of the database's canonical path, so that two
// spellings of one file (relative, with "..", through a symbolic link) give the same name.
std::string instanceLockName(const std::filesystem::path& database);

class InstanceLock {
  public:
    // Takes the lock of `database`, kept as a file in `lockFolder` (created when missing) for
    // as long as this object lives.
    InstanceLock(const std::filesystem::path& database, const std::filesystem::path& lockFolder);

    // True when another running program holds the lock of the same database.
    bool anotherIsRunning() const;

  private:
    std::unique_ptr<wxSingleInstanceChecker> checker_;
};

// Where the locks live: the user's data folder (beside the default database) when it is known,
// otherwise the database's own folder.
std::filesystem::path instanceLockFolder(const std::filesystem::path& database);

}  // namespace tqm::gui
