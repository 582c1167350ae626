// The training classes as a virtual list: 期次, name, dates, place, people on the roster, the
// attendance rate of the days so far and the plan's hours. Each row is the class's file
// (reports/class_file.h), read once per refresh, so the details beside it need no second read.
#pragma once

#include <cstdint>
#include <vector>

#include <wx/listctrl.h>

#include "reports/class_file.h"
#include "store/database.h"

namespace tqm::gui {

class ClassList : public wxListCtrl {
  public:
    explicit ClassList(wxWindow* parent);

    // Reads every class of the database; keeps the selection on the same class when it is
    // still there.
    void load(store::Database& database);
    std::size_t classCount() const { return files_.size(); }
    const reports::ClassFile* selectedFile() const;
    const reports::ClassFile& fileAt(std::size_t row) const { return files_[row]; }
    // Selects the class (and sends the selection event); false when it is not listed.
    bool selectClass(std::int64_t classId);

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::vector<reports::ClassFile> files_;
};

}  // namespace tqm::gui
