// 考勤表: everyone on the roster against every day of the class. A right click on a cell offers
// the four marks and 清除 to correct it; each correction goes through the core at once.
#pragma once

#include <functional>
#include <optional>

#include <wx/grid.h>
#include <wx/panel.h>

#include "learn/learner_workspace.h"
#include "reports/class_file.h"

namespace tqm::gui {

class AttendanceGrid : public wxPanel {
  public:
    AttendanceGrid(wxWindow* parent, LearnerWorkspace& workspace, std::function<void()> changed);

    void show(const reports::ClassFile* file);
    // Sets (or, with nothing, clears) the mark of the trainee in `row` on the class's day
    // `dayIndex`, as the cell's menu does.
    void correct(int row, std::size_t dayIndex, std::optional<training::Attendance> mark);
    wxGrid* grid() const { return grid_; }

  private:
    void offerMarks(wxGridEvent& event);

    LearnerWorkspace& workspace_;
    std::function<void()> changed_;
    std::optional<reports::ClassFile> file_;
    wxGrid* grid_ = nullptr;
};

}  // namespace tqm::gui
